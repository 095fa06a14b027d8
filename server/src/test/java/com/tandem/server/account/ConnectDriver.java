package com.tandem.server.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a browser over plain HTTP: signs in to Tandem, clicks Connect and goes through the
 * emulator's sign-in and consent pages, stopping at the redirect back to Tandem.
 */
final class ConnectDriver {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FLOW = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"");
  private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

  private final String tandem;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  ConnectDriver(int port) {
    this.tandem = "http://localhost:" + port;
  }

  /** Signs in to Tandem with a session, as the login form does. */
  ConnectDriver signIn(String username, String password) {
    String page = get(tandem + "/login").body();
    HttpResponse<String> r =
        post(
            tandem + "/login",
            "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + csrf(page));
    if (!r.headers().firstValue("Location").orElse("").matches(".*/$")) {
      throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.headers().map());
    }
    return this;
  }

  /** Clicks Connect for a user; returns the identity platform's authorize URL. */
  HttpResponse<String> connect(long userId) {
    return get(tandem + "/connect/microsoft?userId=" + userId);
  }

  /**
   * Signs in at the emulator and answers the consent page; returns the Redirect URI with the code
   * (or error) and state.
   */
  String authorize(String authorizeUrl, String login, String password, boolean accept) {
    HttpResponse<String> signInPage = get(authorizeUrl);
    String page = signInPage.body();
    if (signInPage.statusCode() == 302) {
      return signInPage.headers().firstValue("Location").orElseThrow();
    }
    String action = absolute(authorizeUrl, group(ACTION, page));
    HttpResponse<String> afterSignIn =
        post(
            action,
            "flow="
                + enc(group(FLOW, page))
                + "&step=signin&login="
                + enc(login)
                + "&passwd="
                + enc(password));
    if (afterSignIn.statusCode() == 302) {
      return afterSignIn.headers().firstValue("Location").orElseThrow();
    }
    String consent = afterSignIn.body();
    HttpResponse<String> decided =
        post(
            action,
            "flow="
                + enc(group(FLOW, consent))
                + "&step=consent&decision="
                + (accept ? "accept" : "cancel"));
    return decided
        .headers()
        .firstValue("Location")
        .orElseThrow(() -> new AssertionError("no redirect after consent: " + decided.body()));
  }

  /** Connects the user's account end to end; returns the callback page. */
  HttpResponse<String> connectFully(long userId, String login, String password) {
    String authorize = connect(userId).headers().firstValue("Location").orElseThrow();
    return get(authorize(authorize, login, password, true));
  }

  /**
   * Posts a back-office form from {@code pagePath} to {@code actionPath}, with the page's CSRF
   * token.
   */
  HttpResponse<String> submit(String pagePath, String actionPath, String form) {
    String page = get(tandem + pagePath).body();
    String csrf = "_csrf=" + enc(csrf(page));
    return post(tandem + actionPath, form.isEmpty() ? csrf : form + "&" + csrf);
  }

  /** A back-office page's HTML. */
  String page(String path) {
    return get(tandem + path).body();
  }

  HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  HttpResponse<String> post(String url, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String csrf(String page) {
    return group(CSRF, page);
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no " + pattern + " in " + text);
    }
    return m.group(1).replace("&amp;", "&");
  }

  private static String absolute(String base, String action) {
    return URI.create(base).resolve(action).toString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
