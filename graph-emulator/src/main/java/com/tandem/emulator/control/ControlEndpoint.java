package com.tandem.emulator.control;

import com.tandem.emulator.EmulatorControl;
import com.tandem.emulator.Fault;
import com.tandem.emulator.Seed;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP control API under {@code /_emulator/} (JSON in and out). */
public final class ControlEndpoint {
  private final EmulatorControl control;

  /** An endpoint driving {@code control}. */
  public ControlEndpoint(EmulatorControl control) {
    this.control = control;
  }

  /** Answers a control request; bad input gets 400 with the reason. */
  public ApiResponse handle(ApiRequest request) {
    try {
      ApiResponse r = route(request, request.segments(1), request.method());
      return r != null ? r : error(404, "NotFound", "No such control operation.");
    } catch (IllegalArgumentException e) {
      return error(400, "BadRequest", e.getMessage());
    } catch (RuntimeException e) {
      return error(400, "BadRequest", "Invalid request: " + e.getClass().getSimpleName());
    }
  }

  private ApiResponse route(ApiRequest request, List<String> s, String method) {
    String path = String.join("/", s);
    JsonNode body = method.equals("GET") || method.equals("DELETE") ? Json.object() : json(request);
    switch (method + " " + path) {
      case "POST reset":
        control.reset();
        return ok();
      case "POST tenants":
        control.addTenant(required(body, "id"));
        return created();
      case "POST faults":
        control.injectFault(Json.MAPPER.treeToValue(body, Fault.class));
        return created();
      case "DELETE faults":
        control.clearFaults();
        return ok();
      case "POST delta-tokens/expire":
        control.expireDeltaTokens();
        return ok();
      case "PUT limits":
        control.limits(
            body.path("concurrentRequestsPerMailbox").asInt(4),
            body.path("requestsPerTenMinutesPerMailbox").asInt(10_000));
        return ok();
      case "POST clock/advance":
        control.advanceClock(Duration.ofSeconds(body.path("seconds").asLong(0)));
        return ApiResponse.json(
            200, Json.object().put("now", control.clock().instant().toString()));
      case "GET clock":
        return ApiResponse.json(
            200, Json.object().put("now", control.clock().instant().toString()));
      case "GET requests":
        return requests(request);
      default:
        break;
    }
    if (s.size() == 3 && s.get(0).equals("tenants") && method.equals("POST")) {
      if (s.get(2).equals("users")) {
        String id = control.addUser(s.get(1), Json.MAPPER.treeToValue(body, Seed.User.class));
        return ApiResponse.json(201, Json.object().put("id", id));
      }
      if (s.get(2).equals("applications")) {
        control.addApplication(s.get(1), Json.MAPPER.treeToValue(body, Seed.Application.class));
        return created();
      }
    }
    if (s.size() == 5
        && s.get(0).equals("tenants")
        && s.get(2).equals("users")
        && method.equals("POST")) {
      switch (s.get(4)) {
        case "revoke-refresh-tokens":
          control.revokeRefreshTokens(s.get(1), s.get(3));
          return ok();
        case "revoke-consent":
          control.revokeConsent(s.get(1), s.get(3));
          return ok();
        case "messages":
          String id = control.deliver(s.get(1), s.get(3), body);
          return ApiResponse.json(201, Json.object().put("id", id));
        case "tokens":
          List<String> scopes = new ArrayList<>();
          body.path("scopes").forEach(x -> scopes.add(x.asString()));
          String token =
              control.delegatedToken(
                  s.get(1),
                  s.get(3),
                  body.path("clientId").asString("emulator"),
                  scopes.toArray(String[]::new));
          return ApiResponse.json(200, Json.object().put("access_token", token));
        default:
          return null;
      }
    }
    if (s.size() == 3
        && s.get(0).equals("subscriptions")
        && s.get(2).equals("lifecycle")
        && method.equals("POST")) {
      control.lifecycleNotification(s.get(1), required(body, "lifecycleEvent"));
      return ok();
    }
    return null;
  }

  private ApiResponse requests(ApiRequest request) {
    String mailbox = request.query().get("mailbox");
    if (mailbox == null) {
      throw new IllegalArgumentException("mailbox is required");
    }
    ObjectNode out = Json.object();
    out.put("mailbox", mailbox);
    ObjectNode counts = out.putObject("counts");
    long total = 0;
    for (var e : control.requestCounts(mailbox).entrySet()) {
      counts.put(e.getKey(), e.getValue());
      total += e.getValue();
    }
    out.put("total", total);
    return ApiResponse.json(200, out);
  }

  private static JsonNode json(ApiRequest request) {
    try {
      return request.body().length == 0 ? Json.object() : Json.MAPPER.readTree(request.body());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the body is not JSON");
    }
  }

  private static String required(JsonNode body, String name) {
    String v = Json.text(body, name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return v;
  }

  private static ApiResponse ok() {
    return ApiResponse.json(200, Json.object().put("ok", true));
  }

  private static ApiResponse created() {
    return ApiResponse.json(201, Json.object().put("ok", true));
  }

  private static ApiResponse error(int status, String code, String message) {
    ObjectNode body = Json.object();
    body.putObject("error").put("code", code).put("message", message == null ? code : message);
    return ApiResponse.json(status, body);
  }
}
