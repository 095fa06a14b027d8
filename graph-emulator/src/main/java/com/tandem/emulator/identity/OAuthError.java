package com.tandem.emulator.identity;

import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.Json;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.node.ObjectNode;

/** A token-endpoint error as the identity platform sends it. */
final class OAuthError extends RuntimeException {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  final int status;
  final String error;
  final int code;
  final String suberror;

  OAuthError(int status, String error, int code, String message, String suberror) {
    super(message, null, false, false);
    this.status = status;
    this.error = error;
    this.code = code;
    this.suberror = suberror;
  }

  static OAuthError invalidGrant(int code, String message) {
    return new OAuthError(400, "invalid_grant", code, message, null);
  }

  ApiResponse response(Clock clock) {
    String trace = Ids.guid();
    String correlation = Ids.guid();
    String stamp = STAMP.format(clock.instant());
    ObjectNode body = Json.object();
    body.put("error", error);
    body.put(
        "error_description",
        "AADSTS"
            + code
            + ": "
            + getMessage()
            + "\r\nTrace ID: "
            + trace
            + "\r\nCorrelation ID: "
            + correlation
            + "\r\nTimestamp: "
            + stamp);
    body.putArray("error_codes").add(code);
    body.put("timestamp", stamp);
    body.put("trace_id", trace);
    body.put("correlation_id", correlation);
    if (suberror != null) {
      body.put("suberror", suberror);
    }
    body.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
    return ApiResponse.json(status, body).header("Cache-Control", "no-store");
  }
}
