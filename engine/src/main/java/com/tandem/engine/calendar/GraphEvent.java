package com.tandem.engine.calendar;

import com.tandem.engine.fields.GraphBody;
import com.tandem.engine.fields.GraphDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An Outlook event's synced properties in Graph's vocabulary.
 *
 * @param subject the subject
 * @param body the body
 * @param start the start, in any zone Graph reported it in (often UTC)
 * @param end the end
 * @param originalStartTimeZone the zone the organizer chose for the start, or null
 * @param originalEndTimeZone the zone the organizer chose for the end, or null
 * @param isAllDay whether it is an all-day event
 * @param location {@code location.displayName}
 * @param attendees the attendees
 * @param isReminderOn whether a reminder is set
 * @param reminderMinutesBeforeStart the reminder's lead time
 * @param showAs {@code free}, {@code tentative}, {@code busy}, {@code oof}, {@code
 *     workingElsewhere} or {@code unknown}
 * @param sensitivity {@code normal}, {@code personal}, {@code private} or {@code confidential}
 * @param recurrence the series' pattern and range, or null
 * @param cancelledOccurrences cancelled occurrences: Graph's {@code OID.<id>.<yyyy-MM-dd>} values
 *     or bare {@code yyyy-MM-dd} dates
 * @param exceptionOccurrences the series' moved or edited occurrences
 */
public record GraphEvent(
    String subject,
    GraphBody body,
    GraphDateTime start,
    GraphDateTime end,
    String originalStartTimeZone,
    String originalEndTimeZone,
    boolean isAllDay,
    String location,
    List<GraphAttendee> attendees,
    boolean isReminderOn,
    int reminderMinutesBeforeStart,
    String showAs,
    String sensitivity,
    GraphRecurrence recurrence,
    List<String> cancelledOccurrences,
    List<GraphOccurrence> exceptionOccurrences) {

  /** Checks the required properties and copies the lists. */
  public GraphEvent {
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
    showAs = showAs == null ? "busy" : showAs;
    sensitivity = sensitivity == null ? "normal" : sensitivity;
    cancelledOccurrences =
        cancelledOccurrences == null ? List.of() : List.copyOf(cancelledOccurrences);
    exceptionOccurrences =
        exceptionOccurrences == null ? List.of() : List.copyOf(exceptionOccurrences);
  }
}
