package com.tandem.server.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Tandem as a process of its own ({@code target/tandem.jar}, the embedded H2 in a data folder),
 * which a test can kill with SIGKILL and start again on the same folder and port.
 */
final class TandemProcess implements AutoCloseable {

  static final String ADMIN_PASSWORD = "crash-admin-secret";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path jar;
  private final Path dataDir;
  private final int port;
  private Process process;
  private int starts;

  TandemProcess(Path jar, Path dataDir, int port) {
    this.jar = jar;
    this.dataDir = dataDir;
    this.port = port;
  }

  int port() {
    return port;
  }

  /** Starts the server and waits until it answers healthy. */
  void start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--tandem.data-dir=" + dataDir.toAbsolutePath());
    command.add("--tandem.sandbox.enabled=false");
    command.add("--tandem.admin-password=" + ADMIN_PASSWORD);
    command.add("--spring.main.banner-mode=off");
    command.add("--logging.level.root=WARN");
    command.add("--logging.level.com.tandem=INFO");
    try {
      Files.createDirectories(dataDir);
      Path log = dataDir.resolve("server-" + (++starts) + ".log");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!healthy()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Tandem ended on start; see " + dataDir);
      }
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("Tandem did not become healthy; see " + dataDir);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  /** Kills the process with SIGKILL, as a power cut or the OOM killer would, and waits for it. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean healthy() {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(uri("/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Calls the API as the administrator; throws {@link IOException} when no answer came (the server
   * was killed meanwhile), so that the caller knows the write may or may not have happened.
   */
  HttpResponse<String> call(String method, String path, String json) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Like {@link #call}, for a server that must answer. */
  HttpResponse<String> answer(String method, String path, String json) {
    try {
      return call(method, path, json);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
