package com.tandem.server.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A throw-away PostgreSQL server from zonky's embedded binaries. PostgreSQL refuses to run as root
 * (as CI and these machines do), so under root the same binaries are unpacked into a fresh folder
 * of the system's temporary folder (which {@code nobody} can reach, wherever the clone lies) and
 * run as {@code nobody} with {@code setpriv} (or {@code runuser}); otherwise zonky starts them
 * itself.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres zonky;
  private final Path root;
  private final int port;

  private EmbeddedPostgresServer(EmbeddedPostgres zonky, Path root, int port) {
    this.zonky = zonky;
    this.root = root;
    this.port = port;
  }

  /** Starts a server on a free port; close it when done. */
  public static EmbeddedPostgresServer start() {
    try {
      if (!runningAsRoot()) {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new EmbeddedPostgresServer(pg, null, pg.getPort());
      }
      return startAsNobody();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JDBC URL of the {@code postgres} database, user {@code postgres}, no password. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
  }

  @Override
  public void close() {
    try {
      if (zonky != null) {
        zonky.close();
      } else {
        run(asNobody(bin("pg_ctl"), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
        // Each start unpacks 100 MB; leave nothing behind.
        org.springframework.util.FileSystemUtils.deleteRecursively(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean runningAsRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  private static EmbeddedPostgresServer startAsNobody() throws IOException {
    // Under the system's temporary folder, not the build's: nobody must reach every folder above
    // it, and a clone in a folder only root may enter (a home folder, mktemp -d) keeps nobody out.
    Path root = Files.createTempDirectory("tandem-postgres-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    unpack(root);
    int port = freePort();
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(null, root, port);
    Path data = server.data();
    Files.createDirectories(data);
    run(List.of("chown", "-R", "nobody", data.toString()));
    run(
        server.asNobody(
            server.bin("initdb"),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF-8",
            "--locale=C",
            "-D",
            data.toString()));
    run(
        server.asNobody(
            server.bin("pg_ctl"),
            "-D",
            data.toString(),
            "-l",
            data.resolve("server.log").toString(),
            "-o",
            "-p " + port + " -h 127.0.0.1 -k " + data + " -F",
            "-w",
            "-t",
            "60",
            "start"));
    return server;
  }

  private Path data() {
    return root.resolve("data");
  }

  private String bin(String name) {
    return root.resolve("pg").resolve("bin").resolve(name).toString();
  }

  private List<String> asNobody(String... command) {
    List<String> full = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      full.addAll(
          List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    } else {
      full.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    full.addAll(List.of(command));
    return full;
  }

  private static void unpack(Path root) throws IOException {
    String arch = System.getProperty("os.arch");
    String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
    Path target = root.resolve("pg");
    try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", machine);
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("Archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (var dirs = Files.walk(target)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("Failed: " + String.join(" ", command) + "\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted: " + command.get(0), e);
    }
  }
}
