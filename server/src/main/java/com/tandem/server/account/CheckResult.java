package com.tandem.server.account;

import java.util.List;

/**
 * What Check Connection found: each line a plain sentence.
 *
 * @param ok true when everything Tandem needs works
 * @param working what works
 * @param problems what is missing or broken
 */
public record CheckResult(boolean ok, List<String> working, List<String> problems) {
  /** Copies the lists. */
  public CheckResult {
    working = List.copyOf(working);
    problems = List.copyOf(problems);
  }
}
