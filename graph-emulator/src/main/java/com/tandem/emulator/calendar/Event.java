package com.tandem.emulator.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** A stored event: a single instance or a series master with its exceptions. */
final class Event {
  private static final String OCCURRENCE_PREFIX = "AAMkAO";

  final String id;
  ObjectNode data;
  ZonedDateTime start;
  ZonedDateTime end;
  Recurrence recurrence;
  final Map<String, String> extended = new LinkedHashMap<>();
  final Map<LocalDate, ObjectNode> exceptions = new HashMap<>();
  final Set<LocalDate> cancelled = new HashSet<>();

  Event(String id) {
    this.id = id;
  }

  String changeKey() {
    return data.path("changeKey").asString();
  }

  /** The id Graph gives the occurrence of this series on {@code date}. */
  String occurrenceId(LocalDate date) {
    String raw = id + "|" + date;
    return OCCURRENCE_PREFIX
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The series id and date an occurrence id stands for, or null when it is not one. */
  static String[] parseOccurrenceId(String id) {
    if (!id.startsWith(OCCURRENCE_PREFIX)) {
      return null;
    }
    try {
      String raw =
          new String(
              Base64.getUrlDecoder().decode(id.substring(OCCURRENCE_PREFIX.length())),
              StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|");
      return parts.length == 2 ? parts : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
