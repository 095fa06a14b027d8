package com.tandem.engine.calendar;

import com.tandem.engine.fields.GraphDateTime;
import java.util.Objects;

/**
 * An exception occurrence of an Outlook series (an item of {@code exceptionOccurrences}).
 *
 * @param originalStart the start the occurrence would have had, an ISO-8601 instant
 * @param start its start now
 * @param end its end now
 * @param subject its subject now
 * @param location its location's display name now
 */
public record GraphOccurrence(
    String originalStart, GraphDateTime start, GraphDateTime end, String subject, String location) {

  /** Checks the required parts. */
  public GraphOccurrence {
    Objects.requireNonNull(originalStart, "originalStart == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
  }
}
