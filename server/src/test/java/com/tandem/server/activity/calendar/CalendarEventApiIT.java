package com.tandem.server.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.ResultActions;

@ActivityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarEventApiIT {

  static final String FULL_EVENT =
      """
      {"title": "Quarterly review", "description": "Numbers and plans",
       "start": "2026-11-23T09:00:00", "end": "2026-11-23T10:30:00", "timeZone": "Europe/Berlin",
       "allDay": false, "location": "Room 4",
       "attendees": [{"email": "adele@contoso.test", "name": "Adele Vance", "type": "REQUIRED",
                      "response": "ACCEPTED"},
                     {"email": "alex@contoso.test", "type": "OPTIONAL"}],
       "reminderMinutes": 15, "showAs": "TENTATIVE", "isPrivate": true,
       "recurrence": {
         "pattern": {"type": "weekly", "interval": 2, "daysOfWeek": ["monday", "thursday"],
                     "firstDayOfWeek": "monday"},
         "range": {"type": "endDate", "startDate": "2026-11-23", "endDate": "2027-03-01"},
         "exceptions": [{"originalStart": "2026-12-07T09:00:00", "cancelled": true},
                        {"originalStart": "2026-12-21T09:00:00", "title": "Review (moved)",
                         "start": "2026-12-22T11:00:00", "end": "2026-12-22T12:00:00"}]}}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  People people;

  @BeforeAll
  void people() {
    people = new People(jdbc);
  }

  String events(long userId) {
    return "/api/v1/users/" + userId + "/calendar-events";
  }

  ResultActions create(long userId, String json) throws Exception {
    return mvc.perform(
        post(events(userId))
            .with(people.as(userId))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  String createdId(long userId, String json) throws Exception {
    String body =
        create(userId, json)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void anEventKeepsEveryFieldItWasCreatedWith() throws Exception {
    String id = createdId(people.user, FULL_EVENT);

    mvc.perform(get(events(people.user) + "/" + id).with(people.as(people.user)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.title").value("Quarterly review"))
        .andExpect(jsonPath("$.description").value("Numbers and plans"))
        .andExpect(jsonPath("$.start").value("2026-11-23T09:00:00"))
        .andExpect(jsonPath("$.end").value("2026-11-23T10:30:00"))
        .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
        .andExpect(jsonPath("$.allDay").value(false))
        .andExpect(jsonPath("$.location").value("Room 4"))
        .andExpect(jsonPath("$.attendees", hasSize(2)))
        .andExpect(jsonPath("$.attendees[0].name").value("Adele Vance"))
        .andExpect(jsonPath("$.attendees[0].response").value("ACCEPTED"))
        .andExpect(jsonPath("$.attendees[1].type").value("OPTIONAL"))
        .andExpect(jsonPath("$.attendees[1].response").value("NONE"))
        .andExpect(jsonPath("$.reminderMinutes").value(15))
        .andExpect(jsonPath("$.showAs").value("TENTATIVE"))
        .andExpect(jsonPath("$.isPrivate").value(true))
        .andExpect(jsonPath("$.recurrence.pattern.type").value("weekly"))
        .andExpect(jsonPath("$.recurrence.pattern.interval").value(2))
        .andExpect(jsonPath("$.recurrence.pattern.daysOfWeek[1]").value("thursday"))
        .andExpect(jsonPath("$.recurrence.pattern.firstDayOfWeek").value("monday"))
        .andExpect(jsonPath("$.recurrence.range.type").value("endDate"))
        .andExpect(jsonPath("$.recurrence.range.endDate").value("2027-03-01"))
        .andExpect(jsonPath("$.recurrence.exceptions[0].cancelled").value(true))
        .andExpect(jsonPath("$.recurrence.exceptions[1].start").value("2026-12-22T11:00:00"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.updatedAt").isNotEmpty());
  }

  @Test
  void putReplacesPatchMergesAndDeleteRemovesTheEvent() throws Exception {
    String id = createdId(people.user, FULL_EVENT);
    String url = events(people.user) + "/" + id;

    mvc.perform(
            put(url)
                .with(people.as(people.user))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Short sync", "start": "2026-11-24T08:00:00",
                     "end": "2026-11-24T08:15:00", "timeZone": "America/New_York"}
                    """))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.title").value("Short sync"))
        .andExpect(jsonPath("$.attendees", hasSize(0)))
        .andExpect(jsonPath("$.recurrence").value(nullValue()))
        .andExpect(jsonPath("$.showAs").value("BUSY"));

    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .contentType("application/merge-patch+json")
                .content("{\"location\": \"Cafeteria\", \"title\": \"Coffee\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Coffee"))
        .andExpect(jsonPath("$.location").value("Cafeteria"))
        .andExpect(jsonPath("$.timeZone").value("America/New_York"))
        .andExpect(jsonPath("$.version").value(3));

    mvc.perform(delete(url).with(people.as(people.user)).header("If-Match", "\"3\""))
        .andExpect(status().isNoContent());
    mvc.perform(get(url).with(people.as(people.user))).andExpect(status().isNotFound());
    mvc.perform(delete(url).with(people.as(people.user))).andExpect(status().isNotFound());
  }

  @Test
  void aStaleIfMatchGets412AndChangesNothing() throws Exception {
    String id = createdId(people.user, FULL_EVENT);
    String url = events(people.user) + "/" + id;
    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"First edit\"}"))
        .andExpect(status().isOk());

    mvc.perform(
            put(url)
                .with(people.as(people.user))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(FULL_EVENT.replace("Quarterly review", "Lost edit")))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.status").value(412));
    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Lost edit\"}"))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(delete(url).with(people.as(people.user)).header("If-Match", "\"1\""))
        .andExpect(status().isPreconditionFailed());

    mvc.perform(get(url).with(people.as(people.user)))
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.title").value("First edit"));
  }

  @Test
  void theListFiltersByFromAndToAndPages() throws Exception {
    long lister = people.directory.user("lister", People.PASSWORD, people.org, "USER");
    for (int day = 1; day <= 5; day++) {
      create(
              lister,
              """
              {"title": "Day %d", "start": "2026-11-0%dT09:00:00", "end": "2026-11-0%dT10:00:00",
               "timeZone": "UTC"}
              """
                  .formatted(day, day, day))
          .andExpect(status().isCreated());
    }
    mvc.perform(
            get(events(lister))
                .with(people.as(lister))
                .param("from", "2026-11-02")
                .param("to", "2026-11-04T09:30:00Z"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].title")
                .value(org.hamcrest.Matchers.contains("Day 2", "Day 3", "Day 4")));
    mvc.perform(
            get(events(lister)).with(people.as(lister)).param("offset", "2").param("limit", "2"))
        .andExpect(
            jsonPath("$.items[*].title").value(org.hamcrest.Matchers.contains("Day 3", "Day 4")))
        .andExpect(jsonPath("$.hasMore").value(true));
    mvc.perform(get(events(lister)).with(people.as(lister)).param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"));
    mvc.perform(get(events(lister)).with(people.as(lister)).param("from", "soon"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  @Test
  void aRecurringSeriesIsListedForLaterWeeksOfItsRange() throws Exception {
    long planner = people.directory.user("planner", People.PASSWORD, people.org, "USER");
    createdId(planner, FULL_EVENT);
    mvc.perform(
            get(events(planner))
                .with(people.as(planner))
                .param("from", "2027-02-01")
                .param("to", "2027-02-08"))
        .andExpect(jsonPath("$.items[*].title").value(hasItem("Quarterly review")));
    mvc.perform(
            get(events(planner))
                .with(people.as(planner))
                .param("from", "2027-04-01")
                .param("to", "2027-04-08"))
        .andExpect(jsonPath("$.items", hasSize(0)));
  }

  @Test
  void anAdministratorOfTheOrganizationMayManageTheUsersEvents() throws Exception {
    long managed = people.directory.user("managed", People.PASSWORD, people.org, "USER");
    mvc.perform(
            post(events(managed))
                .with(people.as(people.orgAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(FULL_EVENT))
        .andExpect(status().isCreated());
    mvc.perform(get(events(managed)).with(People.systemAdmin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(1)));
  }

  @Test
  void othersGet404ForTheUsersEvents() throws Exception {
    long before = eventCount(people.user);
    String id = createdId(people.user, FULL_EVENT);
    String url = events(people.user) + "/" + id;
    for (long other : new long[] {people.stranger, people.strangerAdmin, people.colleague}) {
      mvc.perform(get(url).with(people.as(other))).andExpect(status().isNotFound());
      mvc.perform(get(events(people.user)).with(people.as(other))).andExpect(status().isNotFound());
      mvc.perform(delete(url).with(people.as(other))).andExpect(status().isNotFound());
      mvc.perform(
              post(events(people.user))
                  .with(people.as(other))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(FULL_EVENT))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get(events(999_999)).with(People.systemAdmin())).andExpect(status().isNotFound());
    mvc.perform(get(url)).andExpect(status().isUnauthorized());
    mvc.perform(get(url).with(people.as(people.user))).andExpect(status().isOk());
    assertThat(eventCount(people.user)).isEqualTo(before + 1);
  }

  long eventCount(long userId) {
    return jdbc.sql("SELECT COUNT(*) FROM calendar_events WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }
}
