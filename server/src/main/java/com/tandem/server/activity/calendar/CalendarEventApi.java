package com.tandem.server.activity.calendar;

import com.tandem.server.activity.ActivityAccess;
import com.tandem.server.activity.Paging;
import com.tandem.server.activity.ProblemMessages;
import com.tandem.server.activity.VersionedItemApi;
import com.tandem.server.directory.SignedInUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The REST API of a user's calendar events. */
@RestController
@RequestMapping("/api/v1/users/{userId}/calendar-events")
class CalendarEventApi extends VersionedItemApi<CalendarEventFields, CalendarEvent> {

  private final CalendarEvents events;

  CalendarEventApi(CalendarEvents events, ActivityAccess access, ProblemMessages messages) {
    super(events, access, messages, "calendar-events", "calendar event");
    this.events = events;
  }

  @GetMapping
  ObjectNode list(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    long user = user(me, userId);
    Paging page = Paging.of(offset, limit, messages);
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (start != null && end != null && end.isBefore(start)) {
      throw messages.invalidParameter("to", "endBeforeStart");
    }
    List<CalendarEvent> found = events.list(user, start, end, page.offset(), page.limit() + 1);
    return page.answer(found, EventJson::write);
  }

  @Override
  protected CalendarEventFields read(JsonNode body) {
    return EventJson.read(body);
  }

  @Override
  protected JsonNode write(CalendarEvent event) {
    return EventJson.write(event);
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
