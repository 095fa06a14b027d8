package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Microsoft To Do task as Graph reads and writes it; absent properties are null.
 *
 * @param etag {@code @odata.etag}, for {@code If-Match}
 * @param id the task's id (it changes when the task moves to another list)
 * @param title the title
 * @param body the description
 * @param categories the category names
 * @param importance low, normal or high
 * @param status the progress
 * @param isReminderOn whether a reminder is set
 * @param reminderDateTime when the reminder fires
 * @param dueDateTime when it is due
 * @param startDateTime when it starts
 * @param completedDateTime when it was completed
 * @param createdDateTime when it was created
 * @param lastModifiedDateTime when it was last modified
 * @param linkedResources links to other applications' items, such as the CRM record
 */
public record TodoTask(
    @JsonProperty("@odata.etag") String etag,
    String id,
    String title,
    ItemBody body,
    List<String> categories,
    Importance importance,
    TaskStatus status,
    @JsonProperty("isReminderOn") Boolean isReminderOn,
    DateTimeTimeZone reminderDateTime,
    DateTimeTimeZone dueDateTime,
    DateTimeTimeZone startDateTime,
    DateTimeTimeZone completedDateTime,
    Instant createdDateTime,
    Instant lastModifiedDateTime,
    List<LinkedResource> linkedResources) {

  /** Copies the lists so that the task stays immutable. */
  public TodoTask {
    categories = categories == null ? null : List.copyOf(categories);
    linkedResources = linkedResources == null ? null : List.copyOf(linkedResources);
  }

  /** A builder for a task to create, or for the properties to change in an update. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code externalId} of the first linked resource that has one: the CRM id for Tandem. */
  public Optional<String> externalId() {
    if (linkedResources == null) {
      return Optional.empty();
    }
    return linkedResources.stream()
        .map(LinkedResource::externalId)
        .filter(id -> id != null && !id.isBlank())
        .findFirst();
  }

  /** Builds the writable part of a task; unset properties are left out of the request. */
  public static final class Builder {
    private String title;
    private ItemBody body;
    private List<String> categories;
    private Importance importance;
    private TaskStatus status;
    private Boolean isReminderOn;
    private DateTimeTimeZone reminderDateTime;
    private DateTimeTimeZone dueDateTime;
    private DateTimeTimeZone startDateTime;
    private DateTimeTimeZone completedDateTime;
    private List<LinkedResource> linkedResources;

    private Builder() {}

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the description. */
    public Builder body(ItemBody body) {
      this.body = body;
      return this;
    }

    /** Sets the category names. */
    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    /** Sets the importance. */
    public Builder importance(Importance importance) {
      this.importance = importance;
      return this;
    }

    /** Sets the progress. */
    public Builder status(TaskStatus status) {
      this.status = status;
      return this;
    }

    /** Sets a reminder at a time, or switches it off with null. */
    public Builder reminder(DateTimeTimeZone when) {
      this.isReminderOn = when != null;
      this.reminderDateTime = when;
      return this;
    }

    /** Sets when it is due. */
    public Builder due(DateTimeTimeZone dueDateTime) {
      this.dueDateTime = dueDateTime;
      return this;
    }

    /** Sets when it starts. */
    public Builder start(DateTimeTimeZone startDateTime) {
      this.startDateTime = startDateTime;
      return this;
    }

    /** Sets when it was completed. */
    public Builder completed(DateTimeTimeZone completedDateTime) {
      this.completedDateTime = completedDateTime;
      return this;
    }

    /** Sets the links to other applications' items (only taken on create). */
    public Builder linkedResources(List<LinkedResource> linkedResources) {
      this.linkedResources = linkedResources;
      return this;
    }

    /** The task, with read-only properties left empty. */
    public TodoTask build() {
      return new TodoTask(
          null,
          null,
          title,
          body,
          categories,
          importance,
          status,
          isReminderOn,
          reminderDateTime,
          dueDateTime,
          startDateTime,
          completedDateTime,
          null,
          null,
          linkedResources);
    }
  }
}
