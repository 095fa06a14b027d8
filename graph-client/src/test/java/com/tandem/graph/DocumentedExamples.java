package com.tandem.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads Microsoft's documented payloads in {@code shared/graph/examples}. */
final class DocumentedExamples {

  private DocumentedExamples() {}

  /** The folder, found by walking up from the working directory (CI clones next to shared/). */
  static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/graph/examples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/graph/examples not found above " + Path.of("").toAbsolutePath());
  }

  static String read(String name) {
    try {
      return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String name) {
    return read(name).getBytes(StandardCharsets.UTF_8);
  }

  static List<String> names() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
