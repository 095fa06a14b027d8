package com.tandem.engine.tasks;

import com.tandem.engine.fields.Body;
import com.tandem.engine.fields.Canonical;
import com.tandem.engine.reconcile.SyncFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A task's synced fields in the CRM's vocabulary.
 *
 * @param subject the subject (To Do title)
 * @param description the description (To Do body)
 * @param dueDate the due date, or null
 * @param startDate the start date, or null
 * @param status the status
 * @param priority the priority
 * @param reminderAt when to remind, or null for no reminder
 * @param completedAt when it was completed, or null
 */
public record TaskFields(
    String subject,
    Body description,
    LocalDate dueDate,
    LocalDate startDate,
    TaskStatus status,
    TaskPriority priority,
    Instant reminderAt,
    Instant completedAt)
    implements SyncFields<TaskFields> {

  /** Checks the required fields; a missing description is empty. */
  public TaskFields {
    Objects.requireNonNull(subject, "subject == null");
    description = description == null ? Body.empty() : description;
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(priority, "priority == null");
  }

  /** An open, normal-priority task with only a subject. */
  public static TaskFields of(String subject) {
    return new TaskFields(
        subject, Body.empty(), null, null, TaskStatus.OPEN, TaskPriority.NORMAL, null, null);
  }

  /** This task with another subject. */
  public TaskFields withSubject(String newSubject) {
    return new TaskFields(
        newSubject, description, dueDate, startDate, status, priority, reminderAt, completedAt);
  }

  /** This task with another description. */
  public TaskFields withDescription(Body newDescription) {
    return new TaskFields(
        subject, newDescription, dueDate, startDate, status, priority, reminderAt, completedAt);
  }

  /** This task with another due date. */
  public TaskFields withDueDate(LocalDate newDueDate) {
    return new TaskFields(
        subject, description, newDueDate, startDate, status, priority, reminderAt, completedAt);
  }

  /** This task with another status. */
  public TaskFields withStatus(TaskStatus newStatus) {
    return new TaskFields(
        subject, description, dueDate, startDate, newStatus, priority, reminderAt, completedAt);
  }

  /** This task with another priority. */
  public TaskFields withPriority(TaskPriority newPriority) {
    return new TaskFields(
        subject, description, dueDate, startDate, status, newPriority, reminderAt, completedAt);
  }

  @Override
  public SortedMap<String, String> canonicalFields() {
    SortedMap<String, String> fields = new TreeMap<>();
    fields.put("subject", Canonical.text(subject));
    fields.put("description", description.canonical());
    fields.put("dueDate", Canonical.value(dueDate));
    fields.put("startDate", Canonical.value(startDate));
    fields.put("status", status.name());
    fields.put("priority", priority.name());
    fields.put("reminderAt", Canonical.instant(reminderAt));
    fields.put("completedAt", Canonical.instant(completedAt));
    return fields;
  }

  @Override
  public TaskFields withFieldsOf(TaskFields other, Set<String> names) {
    return new TaskFields(
        names.contains("subject") ? other.subject : subject,
        names.contains("description") ? other.description : description,
        names.contains("dueDate") ? other.dueDate : dueDate,
        names.contains("startDate") ? other.startDate : startDate,
        names.contains("status") ? other.status : status,
        names.contains("priority") ? other.priority : priority,
        names.contains("reminderAt") ? other.reminderAt : reminderAt,
        names.contains("completedAt") ? other.completedAt : completedAt);
  }

  @Override
  public String matchKey() {
    return Canonical.text(subject).toLowerCase(Locale.ROOT) + "|" + Canonical.value(dueDate);
  }
}
