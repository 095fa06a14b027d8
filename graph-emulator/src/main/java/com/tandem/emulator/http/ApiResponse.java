package com.tandem.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One answer: status, headers and a JSON body, a text body or none. */
public final class ApiResponse {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final JsonNode json;
  private final byte[] raw;
  private boolean dropConnection;

  private ApiResponse(int status, JsonNode json, byte[] raw, String contentType) {
    this.status = status;
    this.json = json;
    this.raw = raw;
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
  }

  /** A JSON answer. */
  public static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, body, null, "application/json; charset=utf-8");
  }

  /** An answer without a body. */
  public static ApiResponse empty(int status) {
    return new ApiResponse(status, null, null, null);
  }

  /** A text answer with a content type. */
  public static ApiResponse text(int status, String contentType, String body) {
    return new ApiResponse(status, null, body.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** Adds a header. */
  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Marks this answer to be dropped: the connection closes without it. */
  public ApiResponse drop() {
    this.dropConnection = true;
    return this;
  }

  /** Whether the connection is closed instead of answering. */
  public boolean dropped() {
    return dropConnection;
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** Headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** JSON body or null. */
  public JsonNode json() {
    return json;
  }

  /** The body bytes (empty when none). */
  public byte[] bytes() {
    if (json != null) {
      return Json.bytes(json);
    }
    return raw == null ? new byte[0] : raw;
  }
}
