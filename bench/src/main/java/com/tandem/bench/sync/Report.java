package com.tandem.bench.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's printed report: each line goes to the console at once and to a file at the end.
 */
final class Report {

  private final List<String> lines = new ArrayList<>();

  /** Adds a section heading. */
  void section(String title) {
    line("");
    line("== " + title);
  }

  /** Adds a formatted line (Locale.ROOT, so figures read the same everywhere). */
  void line(String format, Object... args) {
    String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    synchronized (lines) {
      lines.add(text);
    }
    System.out.println(text);
  }

  /** Adds a rate line: what, how many items, in how long, items per second. */
  double rate(String what, long items, double seconds) {
    double perSecond = seconds > 0 ? items / seconds : 0;
    line("  %-46s %6d items in %7.2f s = %8.0f items/s", what, items, seconds, perSecond);
    return perSecond;
  }

  /** Adds a ratio line against a baseline, with the target it is measured against. */
  void ratio(String what, double measured, double baseline, double target) {
    double ratio = baseline > 0 ? measured / baseline : 0;
    line(
        "  %-46s ratio %.2f (target >= %.2f: %s)",
        what, ratio, target, ratio >= target ? "met" : "NOT met");
  }

  /** Records that a piece could not be measured, and why, instead of a figure. */
  void notMeasured(String what, String why) {
    line("  NOT MEASURED %s: %s", what, why);
  }

  /** Writes every line so far to {@code file}. */
  void writeTo(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    synchronized (lines) {
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
  }
}
