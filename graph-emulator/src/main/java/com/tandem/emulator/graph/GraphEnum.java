package com.tandem.emulator.graph;

import com.tandem.emulator.http.GraphException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An enumeration of Graph's v1.0 schema with its members spelled as the CSDL's {@code EnumMember}
 * names. Graph reads enum values in request bodies in any letter case ({@code "Required"}, {@code
 * "HTML"}) and answers in the schema's spelling, so the emulator looks values up here and stores
 * what it finds.
 */
public final class GraphEnum {
  /** {@code attendeeType}. */
  public static final GraphEnum ATTENDEE_TYPE =
      new GraphEnum("attendeeType", "required", "optional", "resource");

  /** {@code bodyType}. */
  public static final GraphEnum BODY_TYPE = new GraphEnum("bodyType", "text", "html");

  /** {@code freeBusyStatus} (an event's {@code showAs}). */
  public static final GraphEnum FREE_BUSY_STATUS =
      new GraphEnum(
          "freeBusyStatus", "unknown", "free", "tentative", "busy", "oof", "workingElsewhere");

  /** {@code sensitivity}. */
  public static final GraphEnum SENSITIVITY =
      new GraphEnum("sensitivity", "normal", "personal", "private", "confidential");

  /** {@code importance}. */
  public static final GraphEnum IMPORTANCE = new GraphEnum("importance", "low", "normal", "high");

  /** {@code onlineMeetingProviderType}. */
  public static final GraphEnum ONLINE_MEETING_PROVIDER =
      new GraphEnum(
          "onlineMeetingProviderType",
          "unknown",
          "skypeForBusiness",
          "skypeForConsumer",
          "teamsForBusiness");

  /** {@code recurrencePatternType}. */
  public static final GraphEnum RECURRENCE_PATTERN_TYPE =
      new GraphEnum(
          "recurrencePatternType",
          "daily",
          "weekly",
          "absoluteMonthly",
          "relativeMonthly",
          "absoluteYearly",
          "relativeYearly");

  /** {@code dayOfWeek}. */
  public static final GraphEnum DAY_OF_WEEK =
      new GraphEnum(
          "dayOfWeek",
          "sunday",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday");

  /** {@code weekIndex}. */
  public static final GraphEnum WEEK_INDEX =
      new GraphEnum("weekIndex", "first", "second", "third", "fourth", "last");

  /** {@code recurrenceRangeType}. */
  public static final GraphEnum RECURRENCE_RANGE_TYPE =
      new GraphEnum("recurrenceRangeType", "endDate", "noEnd", "numbered");

  /** {@code locationType}. */
  public static final GraphEnum LOCATION_TYPE =
      new GraphEnum(
          "locationType",
          "default",
          "conferenceRoom",
          "homeAddress",
          "businessAddress",
          "geoCoordinates",
          "streetAddress",
          "hotel",
          "restaurant",
          "localBusiness",
          "postalAddress");

  /** {@code locationUniqueIdType}. */
  public static final GraphEnum LOCATION_UNIQUE_ID_TYPE =
      new GraphEnum(
          "locationUniqueIdType", "unknown", "locationStore", "directory", "private", "bing");

  /** {@code taskStatus}. */
  public static final GraphEnum TASK_STATUS =
      new GraphEnum(
          "taskStatus", "notStarted", "inProgress", "completed", "waitingOnOthers", "deferred");

  /** Every enumeration the emulator reads from request bodies. */
  public static final List<GraphEnum> ALL =
      List.of(
          ATTENDEE_TYPE,
          BODY_TYPE,
          FREE_BUSY_STATUS,
          SENSITIVITY,
          IMPORTANCE,
          ONLINE_MEETING_PROVIDER,
          RECURRENCE_PATTERN_TYPE,
          DAY_OF_WEEK,
          WEEK_INDEX,
          RECURRENCE_RANGE_TYPE,
          LOCATION_TYPE,
          LOCATION_UNIQUE_ID_TYPE,
          TASK_STATUS);

  private final String name;
  private final List<String> members;
  private final Map<String, String> byFoldedName = new HashMap<>();

  private GraphEnum(String name, String... members) {
    this.name = name;
    this.members = List.of(members);
    for (String m : members) {
      byFoldedName.put(m.toLowerCase(Locale.ROOT), m);
    }
  }

  /** The enumeration's name in the schema, e.g. {@code attendeeType}. */
  public String name() {
    return name;
  }

  /** The members in the schema's spelling and order. */
  public List<String> members() {
    return members;
  }

  /** The member {@code value} names in any letter case, or null when it names none. */
  public String canonical(String value) {
    return value == null ? null : byFoldedName.get(value.toLowerCase(Locale.ROOT));
  }

  /**
   * The member a JSON value names in any letter case; 400 with {@code code} and .NET's "Requested
   * value 'x' was not found." (the message Graph answers) when it is not a string naming a member.
   */
  public String read(JsonNode value, String code) {
    String found = value != null && value.isString() ? canonical(value.asString()) : null;
    if (found == null) {
      throw GraphException.badRequest(
          code, "Requested value '" + (value == null ? "" : value.asString()) + "' was not found.");
    }
    return found;
  }
}
