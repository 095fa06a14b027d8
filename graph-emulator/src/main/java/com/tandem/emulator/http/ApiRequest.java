package com.tandem.emulator.http;

import java.net.URLDecoder;
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

  /** Percent-decodes a URL component ({@code +} as space). */
  public static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw GraphException.badRequest("BadRequest", "Malformed percent-encoding.");
    }
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
    if (s.startsWith("microsoft.graph.")) {
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
