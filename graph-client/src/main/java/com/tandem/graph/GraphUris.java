package com.tandem.graph;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Percent-encoding for Graph paths and queries (RFC 3986), and the same-origin rule for links. */
final class GraphUris {

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  // Path segments keep sub-delims, ':' and '@'; '/' must be encoded because Graph ids may hold it.
  private static final String SEGMENT_SAFE = UNRESERVED + "!$'()*,;=:@";
  // Query values additionally keep '/' and '?', but never '&', '=', '+' or '#'.
  private static final String QUERY_SAFE = UNRESERVED + "!$'()*,;:@/?";

  private GraphUris() {}

  static String segment(String value) {
    return encode(value, SEGMENT_SAFE);
  }

  static String queryValue(String value) {
    return encode(value, QUERY_SAFE);
  }

  /** Builds a query string from name/value pairs in the map's iteration order. */
  static String query(Map<String, String> parameters) {
    StringJoiner query = new StringJoiner("&");
    parameters.forEach((name, value) -> query.add(queryValue(name) + "=" + queryValue(value)));
    return query.toString();
  }

  /** Quotes a value as an OData string literal, doubling single quotes. */
  static String odataString(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** Whether a link returned by Graph points at the configured Graph origin. */
  static boolean sameOrigin(URI link, URI base) {
    return link.isAbsolute()
        && base.getScheme().equalsIgnoreCase(link.getScheme())
        && base.getHost().equalsIgnoreCase(String.valueOf(link.getHost()))
        && port(base) == port(link);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String encode(String value, String safe) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 128 && safe.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
