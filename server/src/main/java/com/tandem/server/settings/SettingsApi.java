package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The settings of the REST API (API.md, "Settings"): read resolved, change overrides, clear. */
@RestController
@RequestMapping("/api/v1/settings")
class SettingsApi {

  /** Far more than every key with the longest values; anything larger is refused unread. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final long MAX_DRAINED_BYTES = 32L * 1024 * 1024;
  private static final String MASK = "********";

  private final Settings settings;
  private final ChangeSettings change;
  private final SettingsAccess access;
  private final SettingsMessages messages;
  private final ObjectMapper json;

  SettingsApi(
      Settings settings,
      ChangeSettings change,
      SettingsAccess access,
      SettingsMessages messages,
      ObjectMapper json) {
    this.settings = settings;
    this.change = change;
    this.access = access;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/system")
  ResponseEntity<Map<String, Object>> system(@AuthenticationPrincipal SignedInUser user) {
    return read(access.system(user.actor()));
  }

  @GetMapping("/organizations/{orgId}")
  ResponseEntity<Map<String, Object>> organization(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long orgId) {
    return read(access.organization(user.actor(), orgId));
  }

  @GetMapping("/users/{userId}")
  ResponseEntity<Map<String, Object>> user(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    return read(access.user(user.actor(), userId));
  }

  @PatchMapping("/system")
  ResponseEntity<?> changeSystem(
      @AuthenticationPrincipal SignedInUser user,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      HttpServletRequest request)
      throws IOException {
    return patch(user.actor(), actor -> access.system(actor), ifMatch, request);
  }

  @PatchMapping("/organizations/{orgId}")
  ResponseEntity<?> changeOrganization(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long orgId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      HttpServletRequest request)
      throws IOException {
    return patch(user.actor(), actor -> access.organization(actor, orgId), ifMatch, request);
  }

  @PatchMapping("/users/{userId}")
  ResponseEntity<?> changeUser(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      HttpServletRequest request)
      throws IOException {
    return patch(user.actor(), actor -> access.user(actor, userId), ifMatch, request);
  }

  @DeleteMapping("/system/{key}")
  ResponseEntity<Map<String, Object>> clearSystem(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return clear(user.actor(), access.system(user.actor()), key, ifMatch);
  }

  @DeleteMapping("/organizations/{orgId}/{key}")
  ResponseEntity<Map<String, Object>> clearOrganization(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long orgId,
      @PathVariable String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return clear(user.actor(), access.organization(user.actor(), orgId), key, ifMatch);
  }

  @DeleteMapping("/users/{userId}/{key}")
  ResponseEntity<Map<String, Object>> clearUser(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return clear(user.actor(), access.user(user.actor(), userId), key, ifMatch);
  }

  private ResponseEntity<?> patch(
      Actor actor, Function<Actor, Scope> scopeOf, String ifMatch, HttpServletRequest request)
      throws IOException {
    Scope scope = scopeOf.apply(actor);
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      drain(request.getInputStream());
      return tooLarge();
    }
    JsonNode tree;
    try {
      tree = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(body);
    } catch (JacksonException e) {
      throw InvalidInputException.of("body", "body is not valid JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw InvalidInputException.of("body", "body must be a JSON object of keys and values");
    }
    Map<String, SettingInput> edits = new LinkedHashMap<>();
    tree.properties().forEach(e -> edits.put(e.getKey(), new SettingInput.Json(e.getValue())));
    try {
      change.apply(actor, scope, edits, ifMatch);
    } catch (SettingsRejected rejected) {
      throw messages.invalid(rejected);
    }
    return read(scope);
  }

  private ResponseEntity<Map<String, Object>> clear(
      Actor actor, Scope scope, String key, String ifMatch) {
    try {
      change.apply(actor, scope, Map.of(key, SettingInput.clear()), ifMatch);
    } catch (SettingsRejected rejected) {
      throw messages.invalid(rejected);
    }
    return read(scope);
  }

  private ResponseEntity<Map<String, Object>> read(Scope scope) {
    ResolvedSettings resolved = settings.resolve(scope);
    Map<String, Object> body = new LinkedHashMap<>();
    for (SettingKey<?> key : SettingKeys.ALL) {
      Map<String, Object> entry = new LinkedHashMap<>();
      if (key.isSecret()) {
        // Never decrypted here: the answer only says whether one is set.
        Source source = resolved.sourceOf(key);
        entry.put("value", source == Source.DEFAULT ? null : MASK);
        entry.put("source", source.name());
      } else {
        Resolved<?> value = resolved.get(key);
        entry.put("value", value.value() == null ? null : key.toJson(value.value()));
        entry.put("source", value.source().name());
      }
      body.put(key.name(), entry);
    }
    return ResponseEntity.ok()
        .eTag(change.etag(scope))
        .contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  private static ResponseEntity<?> tooLarge() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB.");
    problem.setTitle("Request body too large");
    problem.setProperty(
        "errors",
        java.util.List.of(
            Map.of(
                "field", "body", "message", "body is larger than " + MAX_BODY_BYTES + " bytes")));
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Reads the rest of a refused body so the client gets the answer instead of a reset. */
  private static void drain(InputStream in) throws IOException {
    long drained = 0;
    byte[] buffer = new byte[64 * 1024];
    int n;
    while (drained < MAX_DRAINED_BYTES && (n = in.read(buffer)) > 0) {
      drained += n;
    }
  }
}
