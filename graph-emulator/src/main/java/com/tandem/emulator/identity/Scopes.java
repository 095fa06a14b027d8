package com.tandem.emulator.identity;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Parsing requested scopes: Graph's prefix, OpenID scopes, one resource per request. */
final class Scopes {
  static final String GRAPH = "https://graph.microsoft.com/";
  static final Set<String> OIDC = Set.of("openid", "profile", "email", "offline_access");

  private Scopes() {}

  /** Graph permission names plus OIDC scopes; 400 invalid_scope on another resource. */
  static Set<String> parse(String scope) {
    Set<String> out = new LinkedHashSet<>();
    if (scope == null) {
      return out;
    }
    for (String s : scope.trim().split("\\s+")) {
      if (s.isEmpty()) {
        continue;
      }
      if (OIDC.contains(s.toLowerCase(Locale.ROOT))) {
        out.add(s.toLowerCase(Locale.ROOT));
      } else if (s.regionMatches(true, 0, GRAPH, 0, GRAPH.length())) {
        out.add(s.substring(GRAPH.length()));
      } else if (s.contains("://")) {
        throw new OAuthError(
            400,
            "invalid_scope",
            70011,
            "The provided value for the input parameter 'scope' is not valid. The scope "
                + s
                + " is not valid. Scopes of more than one resource were requested.",
            null);
      } else if (s.matches("[A-Za-z][A-Za-z.]*")) {
        out.add(s);
      } else {
        throw new OAuthError(
            400,
            "invalid_scope",
            70011,
            "The provided value for the input parameter 'scope' is not valid. The scope "
                + s
                + " is not valid.",
            null);
      }
    }
    return out;
  }

  /** The Graph permissions among {@code scopes}. */
  static Set<String> graphOnly(Set<String> scopes) {
    Set<String> out = new LinkedHashSet<>(scopes);
    out.removeAll(OIDC);
    return out;
  }
}
