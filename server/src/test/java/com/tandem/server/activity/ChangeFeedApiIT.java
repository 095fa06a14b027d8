package com.tandem.server.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEventInputIT;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.tasks.Task;
import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.Tasks;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ActivityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFeedApiIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CalendarEvents events;
  @Autowired Tasks tasks;
  @Autowired ChangeFeed changeFeed;
  People people;

  @BeforeAll
  void people() {
    people = new People(jdbc);
  }

  /** Every change the caller may see after {@code after}, read in pages of {@code limit}. */
  List<Map<String, Object>> readAll(RequestPostProcessor who, long after, int limit)
      throws Exception {
    List<Map<String, Object>> all = new ArrayList<>();
    long cursor = after;
    while (true) {
      String body =
          mvc.perform(
                  get("/api/v1/changes")
                      .with(who)
                      .param("after", Long.toString(cursor))
                      .param("limit", Integer.toString(limit)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<Map<String, Object>> page = JsonPath.read(body, "$.changes");
      long next = ((Number) JsonPath.read(body, "$.next")).longValue();
      assertThat(page.size()).isLessThanOrEqualTo(limit);
      if (page.isEmpty()) {
        assertThat(next).isEqualTo(cursor);
        return all;
      }
      assertThat(next).isEqualTo(((Number) page.get(page.size() - 1).get("seq")).longValue());
      all.addAll(page);
      cursor = next;
    }
  }

  long lastSeq() {
    return jdbc.sql("SELECT last_seq FROM activity_feed_counter").query(Long.class).single();
  }

  @Test
  void everyWriteAppearsInOrderWithItsOperationAndOrigin() throws Exception {
    long user = people.directory.user("writer", People.PASSWORD, people.org, "USER");
    long start = lastSeq();
    String body =
        mvc.perform(
                post("/api/v1/users/" + user + "/calendar-events")
                    .with(people.as(user))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CalendarEventInputIT.VALID))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String eventId = JsonPath.read(body, "$.id");
    Task synced = tasks.create(user, TaskFields.of("From Outlook"), Origin.SYNC);
    events.update(
        user,
        eventId,
        CalendarEventFields.of(
            "Renamed in Outlook",
            LocalDateTime.parse("2026-11-23T09:00"),
            LocalDateTime.parse("2026-11-23T10:00"),
            ZoneId.of("Europe/Berlin")),
        Origin.SYNC,
        1L);
    mvc.perform(
            delete("/api/v1/users/" + user + "/calendar-events/" + eventId).with(people.as(user)))
        .andExpect(status().isNoContent());
    tasks.delete(user, synced.id(), Origin.SYNC, null);

    List<Map<String, Object>> changes = readAll(people.as(user), start, 2);

    assertThat(changes)
        .extracting(c -> c.get("type"), c -> c.get("id"), c -> c.get("op"), c -> c.get("origin"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CALENDAR_EVENT", eventId, "UPSERT", "CRM"),
            org.assertj.core.groups.Tuple.tuple("TASK", synced.id(), "UPSERT", "SYNC"),
            org.assertj.core.groups.Tuple.tuple("CALENDAR_EVENT", eventId, "UPSERT", "SYNC"),
            org.assertj.core.groups.Tuple.tuple("CALENDAR_EVENT", eventId, "DELETE", "CRM"),
            org.assertj.core.groups.Tuple.tuple("TASK", synced.id(), "DELETE", "SYNC"));
    assertThat(changes)
        .allSatisfy(c -> assertThat(((Number) c.get("userId")).longValue()).isEqualTo(user));
    assertStrictlyIncreasing(changes);
  }

  @Test
  void eachPersonSeesOnlyTheChangesTheyMay() throws Exception {
    long start = lastSeq();
    tasks.create(people.user, TaskFields.of("Mine"), Origin.CRM);
    tasks.create(people.colleague, TaskFields.of("My colleague's"), Origin.CRM);
    tasks.create(people.stranger, TaskFields.of("Another organization's"), Origin.CRM);

    assertThat(users(readAll(people.as(people.user), start, 100))).containsExactly(people.user);
    assertThat(users(readAll(people.as(people.orgAdmin), start, 100)))
        .containsExactly(people.user, people.colleague);
    assertThat(users(readAll(people.as(people.strangerAdmin), start, 100)))
        .containsExactly(people.stranger);
    assertThat(users(readAll(People.systemAdmin(), start, 100)))
        .containsExactly(people.user, people.colleague, people.stranger);
  }

  @Test
  void concurrentWritersNeverLeaveAGapBehindAReader() throws Exception {
    long user = people.directory.user("busy", People.PASSWORD, people.org, "USER");
    long start = lastSeq();
    List<Thread> writers = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < 4; w++) {
      int writer = w;
      Thread t =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 15; i++) {
                    tasks.create(user, TaskFields.of("w" + writer + "-" + i), Origin.CRM);
                  }
                } catch (RuntimeException e) {
                  failures.add(e);
                }
              });
      t.start();
      writers.add(t);
    }
    // a reader that follows the feed while it grows must end up with every change exactly once
    List<Long> seen = new ArrayList<>();
    long cursor = start;
    // a second reader, as sync reads: the last seq first, then one type's changes up to it
    SyncStyleReads syncStyle = new SyncStyleReads(changeFeed, user, start, 7);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while ((writers.stream().anyMatch(Thread::isAlive)
            || seen.size() < 60
            || syncStyle.seen.size() < 60)
        && failures.isEmpty()
        && System.nanoTime() < deadline) {
      for (Change c : changeFeed.readForUser(user, cursor, 7)) {
        seen.add(c.seq());
        cursor = c.seq();
      }
      syncStyle.readMore();
    }
    for (Thread t : writers) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(seen).hasSize(60).doesNotHaveDuplicates().isSorted();
    assertThat(seen.get(59) - seen.get(0)).isEqualTo(59);
    assertThat(syncStyle.seen).isEqualTo(seen);
  }

  @Test
  void aReaderMayAskForOneTypeWithoutOneOriginUpToASeq() {
    long user = people.directory.user("filtered", People.PASSWORD, people.org, "USER");
    assertThat(changeFeed.lastSeq()).isEqualTo(lastSeq());
    SyncStyleReads.checkFilters(changeFeed, tasks, events, user);
  }

  @Test
  void badCursorsAndLimitsAreRefused() throws Exception {
    mvc.perform(get("/api/v1/changes").with(people.as(people.user)).param("after", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("after"));
    mvc.perform(get("/api/v1/changes").with(people.as(people.user)).param("limit", "1001"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"));
    mvc.perform(get("/api/v1/changes").with(people.as(people.user)).param("after", "soon"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("after"));
    mvc.perform(get("/api/v1/changes")).andExpect(status().isUnauthorized());
  }

  static List<Long> users(List<Map<String, Object>> changes) {
    return changes.stream().map(c -> ((Number) c.get("userId")).longValue()).toList();
  }

  static void assertStrictlyIncreasing(List<Map<String, Object>> changes) {
    for (int i = 1; i < changes.size(); i++) {
      assertThat(((Number) changes.get(i).get("seq")).longValue())
          .isGreaterThan(((Number) changes.get(i - 1).get("seq")).longValue());
    }
  }
}
