package com.tandem.server.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.tandem.server.activity.ActivityTest;
import com.tandem.server.activity.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad calendar-event input gets a 400 problem naming the field, and changes nothing. */
@ActivityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class CalendarEventInputIT {

  public static final String VALID =
      """
      {"title": "Planning", "start": "2026-11-23T09:00:00", "end": "2026-11-23T10:00:00",
       "timeZone": "Europe/Berlin"}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  People people;

  @BeforeAll
  void people() {
    people = new People(jdbc);
  }

  void rejected(String json, String field, String messagePart) throws Exception {
    long before = rows();
    mvc.perform(
            post("/api/v1/users/" + people.user + "/calendar-events")
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString(messagePart)));
    assertThat(rows()).isEqualTo(before);
  }

  long rows() {
    return jdbc.sql(
            "SELECT (SELECT COUNT(*) FROM calendar_events WHERE user_id = ?)"
                + " + (SELECT COUNT(*) FROM activity_changes WHERE user_id = ?)")
        .params(people.user, people.user)
        .query(Long.class)
        .single();
  }

  @Test
  void anEndBeforeTheStartIsRefused() throws Exception {
    rejected(
        VALID.replace("2026-11-23T10:00:00", "2026-11-23T08:00:00"), "end", "before the start");
  }

  @Test
  void anUnknownTimeZoneIsRefused() throws Exception {
    rejected(VALID.replace("Europe/Berlin", "Mars/Olympus"), "timeZone", "IANA");
    rejected(VALID.replace("Europe/Berlin", "+02:00"), "timeZone", "IANA");
  }

  @Test
  void aHundredKilobyteTitleIsRefused() throws Exception {
    rejected(VALID.replace("Planning", "x".repeat(100 * 1024)), "title", "at most 255");
  }

  @Test
  void aMissingTitleIsRefused() throws Exception {
    rejected(VALID.replace("\"Planning\"", "\"  \""), "title", "required");
  }

  @Test
  void anOversizedDescriptionIsRefused() throws Exception {
    rejected(
        VALID.replace("{", "{\"description\": \"" + "d".repeat(65_537) + "\", "),
        "description",
        "at most");
  }

  @Test
  void tooManyAttendeesAreRefused() throws Exception {
    String attendee = "{\"email\": \"a@b.test\"}";
    String many = String.join(",", java.util.Collections.nCopies(501, attendee));
    rejected(VALID.replace("{", "{\"attendees\": [" + many + "], "), "attendees", "at most 500");
  }

  @Test
  void anAttendeeWithoutAnAddressIsRefused() throws Exception {
    rejected(
        VALID.replace("{", "{\"attendees\": [{\"email\": \"not an address\"}], "),
        "attendees[0].email",
        "e-mail");
  }

  @Test
  void valuesOfTheWrongTypeAreRefused() throws Exception {
    rejected(VALID.replace("\"Planning\"", "42"), "title", "string");
    rejected(VALID.replace("{", "{\"allDay\": \"yes\", "), "allDay", "true or false");
    rejected(VALID.replace("{", "{\"reminderMinutes\": 1.5, "), "reminderMinutes", "whole number");
    rejected(VALID.replace("2026-11-23T09:00:00", "next monday"), "start", "local date-time");
    rejected(VALID.replace("{", "{\"attendees\": \"everyone\", "), "attendees", "array");
  }

  @Test
  void unknownChoicesAndFieldsAreRefused() throws Exception {
    rejected(VALID.replace("{", "{\"showAs\": \"ASLEEP\", "), "showAs", "must be one of");
    rejected(VALID.replace("{", "{\"colour\": \"red\", "), "colour", "not a known field");
    rejected(
        VALID.replace(
            "{",
            "{\"recurrence\": {\"pattern\": {\"type\": \"hourly\"}, \"range\": {\"type\":"
                + " \"noEnd\", \"startDate\": \"2026-11-23\"}}, "),
        "recurrence.pattern.type",
        "absoluteMonthly");
    rejected(
        VALID.replace(
            "{",
            "{\"recurrence\": {\"pattern\": {\"type\": \"weekly\"}, \"range\": {\"type\":"
                + " \"noEnd\", \"startDate\": \"2026-11-23\"}}, "),
        "recurrence.pattern.daysOfWeek",
        "required");
  }

  @Test
  void malformedJsonIsRefused() throws Exception {
    rejected("{\"title\": \"Planning\", ", "body", "JSON");
    rejected("[1, 2]", "body", "JSON object");
  }

  @Test
  void aBadPatchChangesNothing() throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/users/" + people.user + "/calendar-events")
                    .with(people.as(people.user))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(VALID))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(
            patch("/api/v1/users/" + people.user + "/calendar-events/" + id)
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"end\": \"2026-11-22T10:00:00\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("end"));
    assertThat(
            jdbc.sql("SELECT version FROM calendar_events WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
