package com.tandem.server.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium under Playwright for the browser tests. Where Chromium is missing the
 * tests are skipped, unless {@code TANDEM_REQUIRE_BROWSER} is set (as CI does): then they fail.
 */
public final class Chromium implements AutoCloseable {

  private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches a headless Chromium, or skips the calling test class where none is installed. */
  public static Chromium launch() {
    if (!Files.isExecutable(EXECUTABLE)) {
      String message = "Chromium is not installed at " + EXECUTABLE + " (apt-get install chromium)";
      if (System.getenv("TANDEM_REQUIRE_BROWSER") != null) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run")));
    return new Chromium(playwright, browser);
  }

  /** The running browser; open a fresh context per test. */
  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
