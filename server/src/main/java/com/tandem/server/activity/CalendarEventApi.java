package com.tandem.server.activity;

import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.NotFoundException;
import com.tandem.server.web.PreconditionFailedException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The REST API of a user's calendar events. */
@RestController
@RequestMapping("/api/v1/users/{userId}/calendar-events")
class CalendarEventApi {

  private final CalendarEvents events;
  private final ActivityAccess access;
  private final ProblemMessages messages;

  CalendarEventApi(CalendarEvents events, ActivityAccess access, ProblemMessages messages) {
    this.events = events;
    this.access = access;
    this.messages = messages;
  }

  @GetMapping
  ObjectNode list(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    long user = access.managedUser(me.actor(), userId);
    Paging page = Paging.of(offset, limit, messages);
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (start != null && end != null && end.isBefore(start)) {
      throw messages.invalidParameter("to", "endBeforeStart");
    }
    List<CalendarEvent> found = events.list(user, start, end, page.offset(), page.limit() + 1);
    return page.answer(found, EventJson::write);
  }

  @PostMapping
  ResponseEntity<JsonNode> create(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestBody JsonNode body) {
    long user = access.managedUser(me.actor(), userId);
    CalendarEvent created = checked(() -> events.create(user, EventJson.read(body), Origin.CRM));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/users/" + user + "/calendar-events/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(EventJson.write(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<JsonNode> get(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id) {
    CalendarEvent event = existing(access.managedUser(me.actor(), userId), id);
    return ResponseEntity.ok().eTag(IfMatch.etag(event.version())).body(EventJson.write(event));
  }

  @PutMapping("/{id}")
  ResponseEntity<JsonNode> replace(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long user = access.managedUser(me.actor(), userId);
    CalendarEvent current = existing(user, id);
    return write(user, current, ifMatch, body);
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<JsonNode> patch(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long user = access.managedUser(me.actor(), userId);
    CalendarEvent current = existing(user, id);
    return write(user, current, ifMatch, MergePatch.apply(EventJson.write(current), body));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long user = access.managedUser(me.actor(), userId);
    CalendarEvent current = existing(user, id);
    Long expected = IfMatch.expectedVersion(ifMatch, current::version);
    if (!checked(() -> events.delete(user, id, Origin.CRM, expected))) {
      throw new NotFoundException("No such calendar event.");
    }
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<JsonNode> write(
      long user, CalendarEvent current, String ifMatch, JsonNode body) {
    Long expected = IfMatch.expectedVersion(ifMatch, current::version);
    CalendarEvent updated =
        checked(
            () ->
                events
                    .update(user, current.id(), EventJson.read(body), Origin.CRM, expected)
                    .orElseThrow(() -> new NotFoundException("No such calendar event.")));
    return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(EventJson.write(updated));
  }

  private CalendarEvent existing(long user, String id) {
    return events
        .find(user, id)
        .orElseThrow(() -> new NotFoundException("No such calendar event."));
  }

  /** Runs a store call, turning its domain failures into the API's answers. */
  private <T> T checked(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidActivityException e) {
      throw messages.invalidInput(e);
    } catch (StaleVersionException e) {
      throw new PreconditionFailedException(
          "The calendar event has changed; its current version is " + e.currentVersion() + ".");
    }
  }

  /** A bound of the list: an ISO date-time with offset, or a date (its start in UTC). */
  private Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
          : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw messages.invalidParameter(name, "instant");
    }
  }
}
