package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Problems;
import java.time.DayOfWeek;
import java.util.List;

/**
 * How often an event repeats, in Microsoft Graph's terms: the type, every {@code interval} units,
 * on which weekdays, day of month, month, and which week of the month ({@code index}).
 */
public record RecurrencePattern(
    Type type,
    int interval,
    List<DayOfWeek> daysOfWeek,
    Integer dayOfMonth,
    Integer month,
    Index index,
    DayOfWeek firstDayOfWeek) {

  /** The longest interval accepted. */
  public static final int MAX_INTERVAL = 99;

  /** The kinds of pattern, with their JSON names. */
  public enum Type {
    DAILY("daily"),
    WEEKLY("weekly"),
    ABSOLUTE_MONTHLY("absoluteMonthly"),
    RELATIVE_MONTHLY("relativeMonthly"),
    ABSOLUTE_YEARLY("absoluteYearly"),
    RELATIVE_YEARLY("relativeYearly");

    private final String json;

    Type(String json) {
      this.json = json;
    }

    /** The name used in JSON. */
    public String json() {
      return json;
    }
  }

  /** Which week of the month a relative pattern means, with their JSON names. */
  public enum Index {
    FIRST("first"),
    SECOND("second"),
    THIRD("third"),
    FOURTH("fourth"),
    LAST("last");

    private final String json;

    Index(String json) {
      this.json = json;
    }

    /** The name used in JSON. */
    public String json() {
      return json;
    }
  }

  public RecurrencePattern {
    daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
    firstDayOfWeek = firstDayOfWeek == null ? DayOfWeek.SUNDAY : firstDayOfWeek;
  }

  /** Every {@code interval} days. */
  public static RecurrencePattern daily(int interval) {
    return new RecurrencePattern(Type.DAILY, interval, List.of(), null, null, null, null);
  }

  /** Every {@code interval} weeks on the given days. */
  public static RecurrencePattern weekly(int interval, List<DayOfWeek> days) {
    return new RecurrencePattern(Type.WEEKLY, interval, days, null, null, null, null);
  }

  void check(String path, Problems problems) {
    if (type == null) {
      problems.add(path + ".type", "required");
      return;
    }
    if (interval < 1 || interval > MAX_INTERVAL) {
      problems.add(path + ".interval", "outOfRange", 1, MAX_INTERVAL);
    }
    boolean needsDays =
        type == Type.WEEKLY || type == Type.RELATIVE_MONTHLY || type == Type.RELATIVE_YEARLY;
    if (needsDays && daysOfWeek.isEmpty()) {
      problems.add(path + ".daysOfWeek", "required");
    }
    if (type == Type.ABSOLUTE_MONTHLY || type == Type.ABSOLUTE_YEARLY) {
      if (dayOfMonth == null) {
        problems.add(path + ".dayOfMonth", "required");
      }
      problems.range(path + ".dayOfMonth", dayOfMonth, 1, 31);
    }
    if (type == Type.ABSOLUTE_YEARLY || type == Type.RELATIVE_YEARLY) {
      if (month == null) {
        problems.add(path + ".month", "required");
      }
      problems.range(path + ".month", month, 1, 12);
    }
    if ((type == Type.RELATIVE_MONTHLY || type == Type.RELATIVE_YEARLY) && index == null) {
      problems.add(path + ".index", "required");
    }
  }
}
