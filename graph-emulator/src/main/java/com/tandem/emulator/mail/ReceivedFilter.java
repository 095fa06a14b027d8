package com.tandem.emulator.mail;

import com.tandem.emulator.http.GraphException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code $filter} Graph takes on messages by when they arrived: {@code receivedDateTime ge|gt
 * {time}} on a delta round (the only filter delta allows), and any of ge, gt, le, lt joined by
 * {@code and} on a folder's list.
 */
final class ReceivedFilter {

  private static final Pattern CLAUSE =
      Pattern.compile("(?i)\\s*receivedDateTime\\s+(ge|gt|le|lt)\\s+(\\S+)\\s*");

  private record Bound(String op, long millis) {
    boolean accepts(long at) {
      return switch (op) {
        case "ge" -> at >= millis;
        case "gt" -> at > millis;
        case "le" -> at <= millis;
        default -> at < millis;
      };
    }
  }

  private final List<Bound> bounds;

  private ReceivedFilter(List<Bound> bounds) {
    this.bounds = bounds;
  }

  /** A delta round's filter; 400 for anything but one lower bound on receivedDateTime. */
  static ReceivedFilter forDelta(String filter) {
    ReceivedFilter parsed = parse(filter);
    if (parsed.bounds.size() > 1
        || parsed.bounds.stream().anyMatch(b -> b.op.equals("le") || b.op.equals("lt"))) {
      throw unsupported(filter);
    }
    return parsed;
  }

  /** A list's filter; 400 for anything but bounds on receivedDateTime. */
  static ReceivedFilter forList(String filter) {
    return parse(filter);
  }

  /** The filter a delta token carries (0: none). */
  static ReceivedFilter of(long afterMillis, boolean strict) {
    return new ReceivedFilter(
        afterMillis == 0 ? List.of() : List.of(new Bound(strict ? "gt" : "ge", afterMillis)));
  }

  boolean any() {
    return !bounds.isEmpty();
  }

  long afterMillis() {
    return bounds.isEmpty() ? 0 : bounds.get(0).millis;
  }

  boolean strict() {
    return !bounds.isEmpty() && bounds.get(0).op.equals("gt");
  }

  boolean accepts(ObjectNode message) {
    if (bounds.isEmpty()) {
      return true;
    }
    long at = Instant.parse(message.path("receivedDateTime").asString()).toEpochMilli();
    return bounds.stream().allMatch(b -> b.accepts(at));
  }

  private static ReceivedFilter parse(String filter) {
    if (filter == null || filter.isBlank()) {
      return new ReceivedFilter(List.of());
    }
    List<Bound> bounds = new ArrayList<>();
    for (String clause : filter.split("(?i)\\s+and\\s+")) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        throw unsupported(filter);
      }
      try {
        long millis = OffsetDateTime.parse(m.group(2)).toInstant().toEpochMilli();
        bounds.add(new Bound(m.group(1).toLowerCase(Locale.ROOT), millis));
      } catch (DateTimeParseException e) {
        throw GraphException.badRequest(
            "BadRequest", "Invalid filter clause: " + m.group(2) + " is not a DateTimeOffset.");
      }
    }
    return new ReceivedFilter(bounds);
  }

  private static GraphException unsupported(String filter) {
    return GraphException.badRequest(
        "ErrorInvalidUrlQueryFilter",
        "The query filter contains one or more invalid nodes: " + filter);
  }
}
