package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tandem.graph.Events;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Outlook calendar event as Graph reads and writes it; absent properties are null.
 *
 * @param etag {@code @odata.etag}, {@code W/"<changeKey>"}, for {@code If-Match}
 * @param id the event's id (immutable when asked for)
 * @param changeKey the version, changed by every modification
 * @param createdDateTime when it was created
 * @param lastModifiedDateTime when it was last modified
 * @param transactionId the client's idempotency key, set on create
 * @param iCalUId the iCalendar UID, different for each occurrence
 * @param subject the title
 * @param body the description
 * @param bodyPreview the first characters of the body, read-only
 * @param start when it starts
 * @param end when it ends
 * @param isAllDay whether it lasts whole days
 * @param location where it takes place
 * @param attendees who is invited
 * @param organizer who organizes it, read-only here
 * @param recurrence how it repeats, for a series master
 * @param showAs how it shows in free/busy time
 * @param sensitivity who may see its details
 * @param importance how important it is
 * @param isReminderOn whether a reminder is set
 * @param reminderMinutesBeforeStart how long before the start the reminder fires
 * @param isCancelled whether the organizer cancelled it
 * @param type single instance, occurrence, exception or series master
 * @param seriesMasterId the series master's id, for occurrences and exceptions
 * @param categories the category names
 * @param singleValueExtendedProperties the extended properties asked for, such as the CRM id
 * @param originalStartTimeZone the zone the organizer chose for the start, read-only (the start
 *     itself comes in UTC unless asked otherwise)
 * @param originalEndTimeZone the zone the organizer chose for the end, read-only
 * @param originalStart for an occurrence or exception of a series, the start the pattern gave it
 * @param cancelledOccurrences for a series master read with them, its cancelled occurrences as
 *     {@code OID.<master id>.<original date>}
 * @param exceptionOccurrences for a series master read with them, its changed occurrences
 */
public record Event(
    @JsonProperty("@odata.etag") String etag,
    String id,
    String changeKey,
    Instant createdDateTime,
    Instant lastModifiedDateTime,
    String transactionId,
    @JsonProperty("iCalUId") String iCalUId,
    String subject,
    ItemBody body,
    String bodyPreview,
    DateTimeTimeZone start,
    DateTimeTimeZone end,
    @JsonProperty("isAllDay") Boolean isAllDay,
    Location location,
    List<Attendee> attendees,
    Recipient organizer,
    PatternedRecurrence recurrence,
    ShowAs showAs,
    Sensitivity sensitivity,
    Importance importance,
    @JsonProperty("isReminderOn") Boolean isReminderOn,
    Integer reminderMinutesBeforeStart,
    @JsonProperty("isCancelled") Boolean isCancelled,
    EventType type,
    String seriesMasterId,
    List<String> categories,
    List<SingleValueExtendedProperty> singleValueExtendedProperties,
    String originalStartTimeZone,
    String originalEndTimeZone,
    Instant originalStart,
    List<String> cancelledOccurrences,
    List<Event> exceptionOccurrences) {

  /** Copies the lists so that the event stays immutable. */
  public Event {
    attendees = attendees == null ? null : List.copyOf(attendees);
    cancelledOccurrences = cancelledOccurrences == null ? null : List.copyOf(cancelledOccurrences);
    exceptionOccurrences = exceptionOccurrences == null ? null : List.copyOf(exceptionOccurrences);
    categories = categories == null ? null : List.copyOf(categories);
    singleValueExtendedProperties =
        singleValueExtendedProperties == null ? null : List.copyOf(singleValueExtendedProperties);
  }

  /** A builder for an event to create, or for the properties to change in an update. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this event's writable properties, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.transactionId = transactionId;
    builder.subject = subject;
    builder.body = body;
    builder.start = start;
    builder.end = end;
    builder.isAllDay = isAllDay;
    builder.location = location;
    builder.attendees = attendees;
    builder.recurrence = recurrence;
    builder.showAs = showAs;
    builder.sensitivity = sensitivity;
    builder.importance = importance;
    builder.isReminderOn = isReminderOn;
    builder.reminderMinutesBeforeStart = reminderMinutesBeforeStart;
    builder.categories = categories;
    builder.properties = singleValueExtendedProperties;
    return builder;
  }

  /** The CRM id Tandem stamped on this event, when the event was read with it expanded. */
  public Optional<String> crmId() {
    return extendedProperty(Events.CRM_ID_PROPERTY);
  }

  /** The value of an extended property, matching its id without regard to case. */
  public Optional<String> extendedProperty(String propertyId) {
    if (singleValueExtendedProperties == null) {
      return Optional.empty();
    }
    return singleValueExtendedProperties.stream()
        .filter(property -> property.id().equalsIgnoreCase(propertyId))
        .map(SingleValueExtendedProperty::value)
        .findFirst();
  }

  /** Builds the writable part of an event; unset properties are left out of the request. */
  public static final class Builder {
    private String transactionId;
    private String subject;
    private ItemBody body;
    private DateTimeTimeZone start;
    private DateTimeTimeZone end;
    private Boolean isAllDay;
    private Location location;
    private List<Attendee> attendees;
    private PatternedRecurrence recurrence;
    private ShowAs showAs;
    private Sensitivity sensitivity;
    private Importance importance;
    private Boolean isReminderOn;
    private Integer reminderMinutesBeforeStart;
    private List<String> categories;
    private List<SingleValueExtendedProperty> properties;

    private Builder() {}

    /** Sets the idempotency key Graph remembers for creates. */
    public Builder transactionId(String transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /** Sets the title. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** Sets the description. */
    public Builder body(ItemBody body) {
      this.body = body;
      return this;
    }

    /** Sets the start and end together, checking that the end is not before the start. */
    public Builder time(DateTimeTimeZone start, DateTimeTimeZone end) {
      if (start != null
          && end != null
          && start.timeZone().equals(end.timeZone())
          && end.localDateTime().isBefore(start.localDateTime())) {
        throw new IllegalArgumentException("end " + end + " is before start " + start);
      }
      this.start = start;
      this.end = end;
      return this;
    }

    /** Sets whether the event lasts whole days. */
    public Builder allDay(Boolean isAllDay) {
      this.isAllDay = isAllDay;
      return this;
    }

    /** Sets where it takes place. */
    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    /** Sets who is invited. */
    public Builder attendees(List<Attendee> attendees) {
      this.attendees = attendees;
      return this;
    }

    /** Sets how it repeats. */
    public Builder recurrence(PatternedRecurrence recurrence) {
      this.recurrence = recurrence;
      return this;
    }

    /** Sets how it shows in free/busy time. */
    public Builder showAs(ShowAs showAs) {
      this.showAs = showAs;
      return this;
    }

    /** Sets who may see its details. */
    public Builder sensitivity(Sensitivity sensitivity) {
      this.sensitivity = sensitivity;
      return this;
    }

    /** Sets how important it is. */
    public Builder importance(Importance importance) {
      this.importance = importance;
      return this;
    }

    /** Sets a reminder some minutes before the start, or switches it off with null. */
    public Builder reminder(Integer minutesBeforeStart) {
      if (minutesBeforeStart != null && minutesBeforeStart < 0) {
        throw new IllegalArgumentException("minutesBeforeStart is negative");
      }
      this.isReminderOn = minutesBeforeStart != null;
      this.reminderMinutesBeforeStart = minutesBeforeStart;
      return this;
    }

    /** Sets the category names. */
    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    /** Adds a single-value extended property. */
    public Builder extendedProperty(String id, String value) {
      List<SingleValueExtendedProperty> all =
          properties == null ? new ArrayList<>() : new ArrayList<>(properties);
      all.removeIf(property -> property.id().equalsIgnoreCase(id));
      all.add(new SingleValueExtendedProperty(id, value));
      this.properties = all;
      return this;
    }

    /** The event, with read-only properties left empty. */
    public Event build() {
      return new Event(
          null,
          null,
          null,
          null,
          null,
          transactionId,
          null,
          subject,
          body,
          null,
          start,
          end,
          isAllDay,
          location,
          attendees,
          null,
          recurrence,
          showAs,
          sensitivity,
          importance,
          isReminderOn,
          reminderMinutesBeforeStart,
          null,
          null,
          null,
          categories,
          properties,
          null,
          null,
          null,
          null,
          null);
    }
  }
}
