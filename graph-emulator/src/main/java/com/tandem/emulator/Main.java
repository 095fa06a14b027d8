package com.tandem.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs the emulator standalone: {@code --port 8081 --seed seed.json [--save state.json]}. */
public final class Main {
  private Main() {}

  /** Starts the emulator and serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    int port = 8081;
    Path seedFile = null;
    Path saveFile = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--seed" -> seedFile = Path.of(args[++i]);
          case "--save" -> saveFile = Path.of(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (RuntimeException e) {
      System.err.println(
          "usage: java -jar graph-emulator.jar [--port 8081] [--seed seed.json]"
              + " [--save state.json]  ("
              + e.getMessage()
              + ")");
      System.exit(2);
      return;
    }
    Seed seed;
    try {
      seed = seedFile == null ? Seed.demo() : Seed.read(seedFile);
    } catch (RuntimeException e) {
      System.err.println("cannot read the seed " + seedFile + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    GraphEmulator emulator = GraphEmulator.start(port, seed);
    CountDownLatch stopped = new CountDownLatch(1);
    Path save = saveFile;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (save != null) {
                    try {
                      Files.writeString(save, emulator.control().snapshot().toJson());
                    } catch (IOException e) {
                      System.err.println("cannot save to " + save + ": " + e.getMessage());
                    }
                  }
                  emulator.close();
                  stopped.countDown();
                }));
    System.out.println("graph-emulator listening on " + emulator.baseUrl());
    stopped.await();
  }
}
