package com.tandem.emulator.identity;

import java.util.Collection;

/** The sign-in, consent and error pages: plain HTML forms. */
final class LoginPages {
  private LoginPages() {}

  static String signIn(String action, String flow, String loginHint, String error) {
    return page(
        "Sign in to your account",
        "<h1>Sign in</h1>"
            + (error == null
                ? ""
                : "<p id=\"error\" role=\"alert\" style=\"color:#a80000\">" + esc(error) + "</p>")
            + "<form method=\"post\" action=\""
            + esc(action)
            + "\">"
            + "<input type=\"hidden\" name=\"flow\" value=\""
            + esc(flow)
            + "\">"
            + "<input type=\"hidden\" name=\"step\" value=\"signin\">"
            + "<label for=\"login\">Email, phone, or Skype</label><br>"
            + "<input type=\"email\" id=\"login\" name=\"login\" autocomplete=\"username\" value=\""
            + esc(loginHint == null ? "" : loginHint)
            + "\" required><br>"
            + "<label for=\"passwd\">Password</label><br>"
            + "<input type=\"password\" id=\"passwd\" name=\"passwd\" autocomplete=\"current-password\"><br>"
            + "<button type=\"submit\" id=\"idSIButton9\">Sign in</button>"
            + "</form>");
  }

  static String consent(
      String action, String flow, String appName, String user, Collection<String> scopes) {
    StringBuilder list = new StringBuilder("<ul id=\"scopes\">");
    for (String s : scopes) {
      list.append("<li>").append(esc(s)).append("</li>");
    }
    list.append("</ul>");
    return page(
        "Permissions requested",
        "<h1>Permissions requested</h1>"
            + "<p>"
            + esc(appName)
            + " would like to access the account of "
            + esc(user)
            + ":</p>"
            + list
            + "<form method=\"post\" action=\""
            + esc(action)
            + "\">"
            + "<input type=\"hidden\" name=\"flow\" value=\""
            + esc(flow)
            + "\">"
            + "<input type=\"hidden\" name=\"step\" value=\"consent\">"
            + "<button type=\"submit\" name=\"decision\" value=\"accept\" id=\"idBtn_Accept\">Accept</button> "
            + "<button type=\"submit\" name=\"decision\" value=\"cancel\" id=\"idBtn_Back\">Cancel</button>"
            + "</form>");
  }

  static String error(String code, String message) {
    return page(
        "Sign in error",
        "<h1>Sorry, but we're having trouble signing you in.</h1><p id=\"error\">"
            + esc(code)
            + ": "
            + esc(message)
            + "</p>");
  }

  static String formPost(String redirectUri, java.util.Map<String, String> fields) {
    StringBuilder inputs = new StringBuilder();
    fields.forEach(
        (k, v) ->
            inputs
                .append("<input type=\"hidden\" name=\"")
                .append(esc(k))
                .append("\" value=\"")
                .append(esc(v))
                .append("\">"));
    return "<!DOCTYPE html><html><head><title>Working...</title></head>"
        + "<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\""
        + esc(redirectUri)
        + "\">"
        + inputs
        + "<noscript><button type=\"submit\">Continue</button>"
        + "</noscript></form></body></html>";
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + esc(title)
        + "</title></head><body style=\"font-family:sans-serif;max-width:28em;margin:3em auto\">"
        + "<p><strong>Microsoft identity platform (emulator)</strong></p>"
        + body
        + "</body></html>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
