package com.tandem.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One request as handlers see it, from the wire or from inside a {@code $batch}.
 *
 * @param method HTTP method
 * @param path decoded path without the query
 * @param rawPath the path as sent (for links)
 * @param query decoded query parameters ({@code %24select} becomes {@code $select})
 * @param headers headers, case-insensitive names
 * @param body the raw body
 */
public record ApiRequest(
    String method,
    String path,
    String rawPath,
    Map<String, String> query,
    Map<String, String> headers,
    byte[] body) {

  /** Builds a request from a raw target such as {@code /v1.0/me/events?$top=5}. */
  public static ApiRequest of(
      String method, String rawTarget, Map<String, String> headers, byte[] body) {
    int q = rawTarget.indexOf('?');
    String rawPath = q < 0 ? rawTarget : rawTarget.substring(0, q);
    String rawQuery = q < 0 ? null : rawTarget.substring(q + 1);
    Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseless.putAll(headers);
    return new ApiRequest(
        method.toUpperCase(),
        rawPath,
        rawPath,
        Collections.unmodifiableMap(parseQuery(rawQuery)),
        Collections.unmodifiableMap(caseless),
        body == null ? new byte[0] : body);
  }

  /**
   * The same request with query names matched in any letter case ({@code $Top}, {@code
   * StartDateTime}), as Graph reads them; the first of two names differing only in case wins.
   */
  public ApiRequest withQueryNamesInAnyCase() {
    Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    query.forEach(caseless::putIfAbsent);
    return new ApiRequest(
        method, path, rawPath, Collections.unmodifiableMap(caseless), headers, body);
  }

  /** Parses a form or query string. */
  public static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.putIfAbsent(name, value);
    }
    return query;
  }

  /**
   * Percent-decodes a URL component ({@code +} as space) as UTF-8. A {@code %} not followed by two
   * hex digits stands for itself, as Graph reads it; bytes that are not UTF-8 become U+FFFD.
   */
  public static String decode(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return text;
    }
    byte[] bytes = new byte[text.length() * 3];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int escaped = c == '%' ? hex(text, i + 1) : -1;
      if (escaped >= 0) {
        bytes[n++] = (byte) escaped;
        i += 2;
      } else if (c == '+') {
        bytes[n++] = ' ';
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        byte[] utf8 = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, bytes, n, utf8.length);
        n += utf8.length;
        i = end - 1;
      }
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  /** The byte two hex digits at {@code at} give, or -1. */
  private static int hex(String text, int at) {
    if (at + 1 >= text.length()) {
      return -1;
    }
    int hi = hexDigit(text.charAt(at));
    int lo = hexDigit(text.charAt(at + 1));
    return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
  }

  private static int hexDigit(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }

  /** The path split into decoded segments, with OData function-call parentheses removed. */
  public List<String> segments(int skip) {
    List<String> out = new ArrayList<>();
    String[] parts = rawPath.split("/");
    for (String part : parts) {
      if (!part.isEmpty()) {
        out.add(normalize(decodePath(part)));
      }
    }
    return out.subList(Math.min(skip, out.size()), out.size());
  }

  private static String decodePath(String part) {
    return decode(part.replace("+", "%2B"));
  }

  private static String normalize(String segment) {
    String s = segment;
    if (s.regionMatches(true, 0, "microsoft.graph.", 0, 16)) {
      s = s.substring("microsoft.graph.".length());
    }
    if (s.endsWith("()")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** A header value or null. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The body parsed as JSON (400 when not JSON). */
  public JsonNode json() {
    return Json.parse(body);
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
