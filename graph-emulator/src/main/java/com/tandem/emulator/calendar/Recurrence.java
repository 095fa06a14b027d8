package com.tandem.emulator.calendar;

import com.tandem.emulator.graph.GraphEnum;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A {@code patternedRecurrence}: which dates a series occurs on. */
record Recurrence(
    String type,
    int interval,
    int month,
    int dayOfMonth,
    List<DayOfWeek> daysOfWeek,
    DayOfWeek firstDayOfWeek,
    String index,
    String rangeType,
    LocalDate startDate,
    LocalDate endDate,
    int numberOfOccurrences) {

  private static final List<String> INDEXES = GraphEnum.WEEK_INDEX.members();
  private static final int MAX_STEPS = 200_000;

  /**
   * Parses and checks a recurrence, its enum values in any letter case; 400 {@code
   * ErrorInvalidRequest} when malformed.
   */
  static Recurrence parse(JsonNode node, LocalDate defaultStart) {
    JsonNode p = node.path("pattern");
    JsonNode r = node.path("range");
    String type = GraphEnum.RECURRENCE_PATTERN_TYPE.canonical(Json.text(p, "type"));
    if (type == null) {
      throw invalid("The recurrence pattern type is not valid.");
    }
    int interval = p.path("interval").asInt(1);
    if (interval < 1 || interval > 99) {
      throw invalid("The recurrence interval must be between 1 and 99.");
    }
    List<DayOfWeek> days = new ArrayList<>();
    for (JsonNode d : p.path("daysOfWeek")) {
      days.add(day(d.asString()));
    }
    if ((type.equals("weekly") || type.startsWith("relative")) && days.isEmpty()) {
      throw invalid("daysOfWeek is required for a " + type + " pattern.");
    }
    String index =
        Json.text(p, "index") == null
            ? "first"
            : GraphEnum.WEEK_INDEX.canonical(Json.text(p, "index"));
    if (index == null) {
      throw invalid("The recurrence index is not valid.");
    }
    String rangeType =
        Json.text(r, "type") == null
            ? "noEnd"
            : GraphEnum.RECURRENCE_RANGE_TYPE.canonical(Json.text(r, "type"));
    if (rangeType == null) {
      throw invalid("The recurrence range type is not valid.");
    }
    LocalDate start = date(Json.text(r, "startDate"), defaultStart);
    LocalDate end = date(Json.text(r, "endDate"), null);
    if (rangeType.equals("endDate") && (end == null || end.isBefore(start))) {
      throw invalid("The recurrence range end date must not be before its start date.");
    }
    int count = r.path("numberOfOccurrences").asInt(0);
    if (rangeType.equals("numbered") && count < 1) {
      throw invalid("numberOfOccurrences must be at least 1 for a numbered range.");
    }
    String first = Json.text(p, "firstDayOfWeek");
    return new Recurrence(
        type,
        interval,
        p.path("month").asInt(start.getMonthValue()),
        p.path("dayOfMonth").asInt(start.getDayOfMonth()),
        List.copyOf(days),
        first == null ? DayOfWeek.SUNDAY : day(first),
        index,
        rangeType,
        start,
        end,
        count);
  }

  /** The recurrence as Graph answers it, with every pattern and range property filled in. */
  ObjectNode json(ZoneId zone) {
    ObjectNode out = Json.object();
    ObjectNode p = out.putObject("pattern");
    p.put("type", type);
    p.put("interval", interval);
    p.put("month", type.endsWith("Yearly") ? month : 0);
    p.put("dayOfMonth", type.startsWith("absolute") ? dayOfMonth : 0);
    ArrayNode days = p.putArray("daysOfWeek");
    daysOfWeek.forEach(d -> days.add(d.name().toLowerCase(Locale.ROOT)));
    p.put("firstDayOfWeek", firstDayOfWeek.name().toLowerCase(Locale.ROOT));
    p.put("index", index);
    ObjectNode range = out.putObject("range");
    range.put("type", rangeType);
    range.put("startDate", startDate.toString());
    range.put("endDate", endDate == null ? "0001-01-01" : endDate.toString());
    range.put("recurrenceTimeZone", Zones.windowsName(zone.getId()));
    range.put("numberOfOccurrences", numberOfOccurrences);
    return out;
  }

  /** The occurrence dates falling within {@code [from, to]}, in order. */
  List<LocalDate> dates(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate last = rangeType.equals("endDate") && endDate.isBefore(to) ? endDate : to;
    int counted = 0;
    List<LocalDate> candidates = new ArrayList<>();
    for (int step = 0; step < MAX_STEPS; step++) {
      candidates.clear();
      period(step, candidates);
      if (candidates.isEmpty() && step > 0 && periodStart(step).isAfter(last)) {
        return out;
      }
      for (LocalDate d : candidates) {
        if (d.isBefore(startDate)) {
          continue;
        }
        if (d.isAfter(last)) {
          return out;
        }
        counted++;
        if (rangeType.equals("numbered") && counted > numberOfOccurrences) {
          return out;
        }
        if (!d.isBefore(from)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private LocalDate periodStart(int step) {
    return switch (type) {
      case "daily" -> startDate.plusDays((long) step * interval);
      case "weekly" -> weekStart().plusWeeks((long) step * interval);
      case "absoluteMonthly", "relativeMonthly" ->
          startDate.withDayOfMonth(1).plusMonths((long) step * interval);
      default -> startDate.withDayOfYear(1).plusYears((long) step * interval);
    };
  }

  private LocalDate weekStart() {
    return startDate.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
  }

  private void period(int step, List<LocalDate> out) {
    LocalDate base = periodStart(step);
    switch (type) {
      case "daily" -> out.add(base);
      case "weekly" -> {
        for (int i = 0; i < 7; i++) {
          LocalDate d = base.plusDays(i);
          if (daysOfWeek.contains(d.getDayOfWeek())) {
            out.add(d);
          }
        }
      }
      case "absoluteMonthly" -> addDay(base, dayOfMonth, out);
      case "relativeMonthly" -> relative(base, out);
      case "absoluteYearly" -> addDay(base.withMonth(month), dayOfMonth, out);
      default -> relative(base.withMonth(month), out);
    }
  }

  private static void addDay(LocalDate monthStart, int day, List<LocalDate> out) {
    if (day <= monthStart.lengthOfMonth()) {
      out.add(monthStart.withDayOfMonth(day));
    }
  }

  private void relative(LocalDate monthStart, List<LocalDate> out) {
    LocalDate best = null;
    for (DayOfWeek dow : daysOfWeek) {
      LocalDate d;
      if (index.equals("last")) {
        d = monthStart.with(TemporalAdjusters.lastInMonth(dow));
      } else {
        d = monthStart.with(TemporalAdjusters.dayOfWeekInMonth(INDEXES.indexOf(index) + 1, dow));
      }
      if (best == null || (index.equals("last") ? d.isAfter(best) : d.isBefore(best))) {
        best = d;
      }
    }
    if (best != null && ChronoUnit.MONTHS.between(monthStart, best.withDayOfMonth(1)) == 0) {
      out.add(best);
    }
  }

  private static DayOfWeek day(String name) {
    try {
      return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw invalid("'" + name + "' is not a day of the week.");
    }
  }

  private static LocalDate date(String text, LocalDate fallback) {
    if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw invalid("'" + text + "' is not a date.");
    }
  }

  private static GraphException invalid(String message) {
    return GraphException.badRequest("ErrorInvalidRequest", message);
  }
}
