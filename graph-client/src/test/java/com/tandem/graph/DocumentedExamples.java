package com.tandem.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

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
    String message =
        "Microsoft's documented examples shared/graph/examples were not found above "
            + Path.of("").toAbsolutePath()
            + "; these tests need the shared/ folder beside the clone";
    if (System.getenv("CI") != null || System.getenv("TANDEM_REQUIRE_SCHEMA") != null) {
      throw new IllegalStateException(message);
    }
    Assumptions.abort(message);
    return null;
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
