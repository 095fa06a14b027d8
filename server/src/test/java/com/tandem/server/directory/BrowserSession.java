package com.tandem.server.directory;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.testing.Chromium;

/** A signed-in back-office session in a fresh browser context. */
final class BrowserSession implements AutoCloseable {

  final BrowserContext context;
  final Page page;
  final String base;

  private BrowserSession(BrowserContext context, Page page, String base) {
    this.context = context;
    this.page = page;
    this.base = base;
  }

  static BrowserSession signIn(Chromium chromium, int port, String username, String password) {
    BrowserContext context = chromium.browser().newContext();
    Page page = context.newPage();
    String base = "http://localhost:" + port;
    page.navigate(base + "/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForURL(base + "/");
    return new BrowserSession(context, page, base);
  }

  void open(String path) {
    page.navigate(base + path);
  }

  @Override
  public void close() {
    context.close();
  }
}
