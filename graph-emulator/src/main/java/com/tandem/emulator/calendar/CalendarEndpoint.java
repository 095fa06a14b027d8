package com.tandem.emulator.calendar;

import com.tandem.emulator.delta.DeltaPager;
import com.tandem.emulator.delta.DeltaToken;
import com.tandem.emulator.graph.GraphCall;
import com.tandem.emulator.graph.Mailbox;
import com.tandem.emulator.graph.Pages;
import com.tandem.emulator.graph.Permission;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /events}, {@code /calendarView}, {@code /calendarView/delta} of a user. */
public final class CalendarEndpoint {
  private static final Pattern ANY =
      Pattern.compile(
          "(?i)\\s*singleValueExtendedProperties/any\\(\\s*(\\w+)\\s*:\\s*\\1/id\\s+eq\\s+'((?:[^']|'')*)'"
              + "\\s+and\\s+\\1/value\\s+eq\\s+'((?:[^']|'')*)'\\s*\\)\\s*");
  private static final Set<String> NOT_IN_DELTA =
      Set.of("$select", "$filter", "$orderby", "$expand", "$search", "$top", "$skip");

  private final DeltaPager pager;

  /** An endpoint using {@code pager} for delta. */
  public CalendarEndpoint(DeltaPager pager) {
    this.pager = pager;
  }

  /** Handles a call whose path starts with events, calendarView or calendar. */
  public ApiResponse handle(GraphCall call) {
    List<String> rest = call.rest();
    int i = 0;
    if ("calendar".equals(call.seg(0))) {
      i = 1;
    } else if ("calendars".equals(call.seg(0))) {
      i = 2;
    }
    String kind = call.seg(i);
    String method = call.request().method();
    boolean write = !method.equals("GET");
    call.require(write ? Permission.CALENDAR_WRITE : Permission.CALENDAR_READ);
    Mailbox box = call.mailbox();
    Calendar cal = box.calendar();
    int n = rest.size() - i;
    synchronized (box) {
      if ("calendarView".equals(kind) && n == 1 && method.equals("GET")) {
        return calendarView(call, cal);
      }
      if ("calendarView".equals(kind) && n == 2 && "delta".equals(call.seg(i + 1))) {
        return delta(call, cal);
      }
      if (!"events".equals(kind)) {
        throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
      }
      if (n == 1) {
        return switch (method) {
          case "GET" -> list(call, cal);
          case "POST" ->
              ApiResponse.json(
                  201, EventView.of(call.request()).render(cal.create(call, call.body())));
          default -> throw call.unsupported();
        };
      }
      String id = call.seg(i + 1);
      Event event = cal.find(id);
      LocalDate occurrence = Calendar.occurrenceDate(event, id);
      if (n == 3 && "instances".equals(call.seg(i + 2)) && method.equals("GET")) {
        return instances(call, event);
      }
      if (n != 2) {
        throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
      }
      EventView view = EventView.of(call.request());
      return switch (method) {
        case "GET" -> ApiResponse.json(200, render(view, event, occurrence));
        case "PATCH" -> {
          cal.update(call, event, occurrence, call.body());
          yield ApiResponse.json(200, render(view, event, occurrence));
        }
        case "DELETE" -> {
          cal.delete(call, event, occurrence);
          yield ApiResponse.empty(204);
        }
        default -> throw call.unsupported();
      };
    }
  }

  private static ObjectNode render(EventView view, Event event, LocalDate occurrence) {
    return occurrence == null ? view.render(event) : view.occurrence(event, occurrence);
  }

  private static ApiResponse list(GraphCall call, Calendar cal) {
    EventView view = EventView.of(call.request());
    String filter = call.request().query().get("$filter");
    String[] any = null;
    if (filter != null && !filter.isBlank()) {
      Matcher m = ANY.matcher(filter);
      if (!m.matches()) {
        throw GraphException.badRequest(
            "ErrorInvalidUrlQueryFilter", "The query filter '" + filter + "' is not supported.");
      }
      any = new String[] {m.group(2).replace("''", "'"), m.group(3).replace("''", "'")};
    }
    List<Supplier<JsonNode>> items = new ArrayList<>();
    for (Event e : cal.events.values()) {
      if (any == null || ExtendedProperties.matches(e, any[0], any[1])) {
        items.add(() -> view.render(e));
      }
    }
    return Pages.lazy(call, items, 10);
  }

  private static ApiResponse calendarView(GraphCall call, Calendar cal) {
    ZonedDateTime[] window = window(call, true);
    EventView view = EventView.of(call.request());
    List<Supplier<JsonNode>> items = new ArrayList<>();
    cal.view(window[0], window[1]).forEach(i -> items.add(() -> i.render(view)));
    return Pages.lazy(call, items, 10);
  }

  private static ApiResponse instances(GraphCall call, Event event) {
    ZonedDateTime[] window = window(call, true);
    List<Calendar.Instance> found = new ArrayList<>();
    if (event.recurrence != null) {
      Calendar.instances(event, window[0], window[1], found);
    }
    EventView view = EventView.of(call.request());
    List<Supplier<JsonNode>> items = new ArrayList<>();
    found.forEach(i -> items.add(() -> i.render(view)));
    return Pages.lazy(call, items, 10);
  }

  private ApiResponse delta(GraphCall call, Calendar cal) {
    for (String q : NOT_IN_DELTA) {
      if (call.request().query().containsKey(q)) {
        throw GraphException.badRequest(
            "ErrorInvalidUrlQuery",
            "The following parameters are not supported with change tracking over the"
                + " 'CalendarView' resource: '$orderby, $filter, $select, $expand, $search, $top'.");
      }
    }
    boolean continuing =
        call.request().query().containsKey("$skiptoken")
            || call.request().query().containsKey("$deltatoken");
    long from = 0;
    long to = 0;
    if (!continuing) {
      ZonedDateTime[] window = window(call, true);
      from = window[0].toInstant().toEpochMilli();
      to = window[1].toInstant().toEpochMilli();
    }
    DeltaToken token = pager.token(call.request(), "calendarView:" + call.owner().id(), from, to);
    EventView view = EventView.of(call.request()).forDelta();
    ZonedDateTime ws = Instant.ofEpochMilli(token.windowStart()).atZone(ZoneOffset.UTC);
    ZonedDateTime we = Instant.ofEpochMilli(token.windowEnd()).atZone(ZoneOffset.UTC);
    DeltaPager.Renderer renderer =
        (change, t, out) -> {
          if (change.removed()) {
            Event gone = (Event) change.tombstone();
            List<Calendar.Instance> found = new ArrayList<>();
            Calendar.instances(gone, ws, we, found);
            if (found.isEmpty()) {
              out.add(DeltaPager.removed("#microsoft.graph.event", gone.id));
            }
            for (Calendar.Instance i : found) {
              String id = i.date() == null ? gone.id : gone.occurrenceId(i.date());
              out.add(DeltaPager.removed("#microsoft.graph.event", id));
            }
            return;
          }
          Event e = cal.events.get(change.id());
          List<Calendar.Instance> found = new ArrayList<>();
          Calendar.instances(e, ws, we, found);
          for (Calendar.Instance i : found) {
            out.add(i.render(view));
          }
          if (!t.initial()) {
            if (e.recurrence == null && found.isEmpty()) {
              out.add(DeltaPager.removed("#microsoft.graph.event", e.id));
            }
            for (LocalDate d : e.cancelled) {
              out.add(DeltaPager.removed("#microsoft.graph.event", e.occurrenceId(d)));
            }
          }
        };
    return pager.page(
        call.request(),
        token,
        cal.log,
        renderer,
        call.selfLink(),
        DeltaPager.pageSize(call.request(), 100));
  }

  private static ZonedDateTime[] window(GraphCall call, boolean required) {
    String s = call.request().query().get("startDateTime");
    String e = call.request().query().get("endDateTime");
    if (s == null || e == null) {
      throw GraphException.badRequest(
          "ErrorInvalidParameter",
          "This request requires a time window specified by the query string parameters"
              + " StartDateTime and EndDateTime.");
    }
    return new ZonedDateTime[] {parse(s), parse(e)};
  }

  private static ZonedDateTime parse(String text) {
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw GraphException.badRequest(
            "ErrorInvalidParameter", "'" + text + "' is not a valid date and time.");
      }
    }
  }
}
