package com.tandem.server.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.tandem.server.activity.ActivityTest;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.People;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ActivityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class CalendarPageIT {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired CalendarEvents events;
  People people;

  @BeforeAll
  void people() {
    people = new People(jdbc);
  }

  RequestPostProcessor signedIn(long userId) {
    return user(users.loadUserByUsername(people.directory.username(userId)));
  }

  long newUser() {
    return people.directory.user("cal", People.PASSWORD, people.org, "USER");
  }

  CalendarEvent event(long userId, String title, String start, String end) {
    return events.create(
        userId,
        CalendarEventFields.of(title, LocalDateTime.parse(start), LocalDateTime.parse(end), BERLIN),
        Origin.CRM);
  }

  String page(long userId, String url) throws Exception {
    return mvc.perform(get(url).with(signedIn(userId)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The HTML of one day's column in the week view. */
  static String column(String html, LocalDate day) {
    int start = html.indexOf("data-date=\"" + day + "\"");
    assertThat(start).as("column of " + day).isNotNegative();
    int next = html.indexOf("data-date=", start + 10);
    return html.substring(start, next < 0 ? html.length() : next);
  }

  @Test
  void theWeekViewShowsEachEventInItsDayAndLinksToTheNeighbouringWeeks() throws Exception {
    long me = newUser();
    event(me, "Tuesday standup", "2026-11-24T09:30", "2026-11-24T09:45");
    event(me, "Sunday brunch", "2026-11-29T11:00", "2026-11-29T13:00");
    event(me, "Next week's review", "2026-12-01T10:00", "2026-12-01T11:00");
    long someoneElse = newUser();
    event(someoneElse, "Someone else's meeting", "2026-11-24T09:00", "2026-11-24T10:00");

    String html = page(me, "/my/calendar?week=2026-11-25");

    assertThat(html).contains("data-date=\"2026-11-23\"").contains("data-date=\"2026-11-29\"");
    assertThat(column(html, LocalDate.parse("2026-11-24")))
        .contains("Tuesday standup")
        .contains("09:30–09:45");
    assertThat(column(html, LocalDate.parse("2026-11-29"))).contains("Sunday brunch");
    assertThat(html)
        .doesNotContain("Next week&#39;s review")
        .doesNotContain("Next week's review")
        .doesNotContain("Someone else");
    assertThat(html).contains("week=2026-11-16").contains("week=2026-11-30");
    assertThat(page(me, "/my/calendar?week=2026-11-30")).contains("Next week&#39;s review");
  }

  @Test
  void aWeeklySeriesShowsInEveryWeekOfItsRangeExceptCancelledOccurrences() throws Exception {
    long me = newUser();
    Recurrence weekly =
        new Recurrence(
            RecurrencePattern.weekly(1, List.of(DayOfWeek.MONDAY)),
            RecurrenceRange.until(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-31")),
            List.of(RecurrenceException.cancelled(LocalDateTime.parse("2026-12-07T08:00"))));
    events.create(
        me,
        new CalendarEventFields(
            "Weekly planning",
            null,
            LocalDateTime.parse("2026-11-23T08:00"),
            LocalDateTime.parse("2026-11-23T08:30"),
            BERLIN,
            false,
            null,
            List.of(),
            null,
            null,
            false,
            weekly),
        Origin.CRM);

    assertThat(column(page(me, "/my/calendar?week=2026-11-30"), LocalDate.parse("2026-11-30")))
        .contains("Weekly planning");
    assertThat(page(me, "/my/calendar?week=2026-12-07")).doesNotContain("Weekly planning");
    assertThat(page(me, "/my/calendar?week=2027-01-04")).doesNotContain("Weekly planning");
  }

  @Test
  void theListViewListsTheComingWeeks() throws Exception {
    long me = newUser();
    event(me, "Kick-off", "2026-11-24T09:00", "2026-11-24T10:00");
    event(me, "Follow-up", "2026-12-08T09:00", "2026-12-08T10:00");
    String html = page(me, "/my/calendar?week=2026-11-23&view=list");
    assertThat(html).contains("Kick-off").contains("Follow-up");
    assertThat(html.indexOf("Kick-off")).isLessThan(html.indexOf("Follow-up"));
  }

  @Test
  void anEventCreatedWithTheFormIsStoredAndShownInItsWeek() throws Exception {
    long me = newUser();
    mvc.perform(
            post("/my/calendar/events")
                .with(signedIn(me))
                .with(csrf())
                .param("title", "Customer visit")
                .param("start", "2026-11-26T14:00")
                .param("end", "2026-11-26T15:30")
                .param("timeZone", "Europe/Berlin")
                .param("location", "Their office")
                .param("attendees", "Adele Vance <adele@contoso.test>\nalex@contoso.test")
                .param("reminderMinutes", "30")
                .param("showAs", "OUT_OF_OFFICE")
                .param("repeat", "NONE"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/my/calendar?week=2026-11-26"));

    CalendarEvent stored = events.list(me, null, null, 0, 10).get(0);
    assertThat(stored.fields().title()).isEqualTo("Customer visit");
    assertThat(stored.fields().attendees())
        .containsExactly(
            Attendee.required("adele@contoso.test", "Adele Vance"),
            Attendee.required("alex@contoso.test", null));
    assertThat(stored.fields().showAs()).isEqualTo(ShowAs.OUT_OF_OFFICE);
    assertThat(stored.fields().reminderMinutes()).isEqualTo(30);
    assertThat(stored.lastOrigin()).isEqualTo(Origin.CRM);
    assertThat(column(page(me, "/my/calendar?week=2026-11-26"), LocalDate.parse("2026-11-26")))
        .contains("Customer visit");
  }

  @Test
  void theFormShowsAMessageNextToEachBadFieldAndStoresNothing() throws Exception {
    long me = newUser();
    String html =
        mvc.perform(
                post("/my/calendar/events")
                    .with(signedIn(me))
                    .with(csrf())
                    .param("title", " ")
                    .param("start", "2026-11-26T14:00")
                    .param("end", "2026-11-26T13:00")
                    .param("timeZone", "Europe/Atlantis")
                    .param("reminderMinutes", "soon"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Please correct the marked fields.");
    assertThat(html).contains("must be an IANA time zone").contains("must be a whole number");
    assertThat(events.list(me, null, null, 0, 10)).isEmpty();

    html =
        mvc.perform(
                post("/my/calendar/events")
                    .with(signedIn(me))
                    .with(csrf())
                    .param("title", "x".repeat(100 * 1024))
                    .param("start", "2026-11-26T14:00")
                    .param("end", "2026-11-26T13:00")
                    .param("timeZone", "Europe/Berlin"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fieldError(html, "title")).contains("must be at most 255 characters");
    assertThat(fieldError(html, "end")).contains("must not be before the start");
    assertThat(events.list(me, null, null, 0, 10)).isEmpty();

    html =
        mvc.perform(
                post("/my/calendar/events")
                    .with(signedIn(me))
                    .with(csrf())
                    .param("title", "")
                    .param("start", "2026-11-26T14:00")
                    .param("end", "2026-11-26T15:00")
                    .param("timeZone", "Europe/Berlin"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fieldError(html, "title")).contains("is required");
  }

  /** The error shown right after the named input (before the next label). */
  public static String fieldError(String html, String field) {
    int input = html.indexOf("id=\"" + field + "\"");
    assertThat(input).as("input " + field).isNotNegative();
    int nextLabel = html.indexOf("<label", input);
    return html.substring(input, nextLabel < 0 ? html.length() : nextLabel);
  }

  @Test
  void editingAnEventChangedMeanwhileShowsTheCurrentVersionAndKeepsIt() throws Exception {
    long me = newUser();
    CalendarEvent original = event(me, "Original", "2026-11-24T09:00", "2026-11-24T10:00");
    events.update(
        me,
        original.id(),
        CalendarEventFields.of(
            "Changed in Outlook",
            LocalDateTime.parse("2026-11-24T09:00"),
            LocalDateTime.parse("2026-11-24T10:00"),
            BERLIN),
        Origin.SYNC,
        null);
    String html =
        mvc.perform(
                post("/my/calendar/events/" + original.id())
                    .with(signedIn(me))
                    .with(csrf())
                    .param("title", "My stale edit")
                    .param("start", "2026-11-24T09:00")
                    .param("end", "2026-11-24T10:00")
                    .param("timeZone", "Europe/Berlin")
                    .param("version", "1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Someone changed this item meanwhile").contains("Changed in Outlook");
    assertThat(events.find(me, original.id()).orElseThrow().fields().title())
        .isEqualTo("Changed in Outlook");
  }

  @Test
  void anEventIsEditedAndDeletedThroughTheForms() throws Exception {
    long me = newUser();
    CalendarEvent e = event(me, "Draft", "2026-11-24T09:00", "2026-11-24T10:00");
    assertThat(page(me, "/my/calendar/events/" + e.id() + "/edit"))
        .contains("value=\"Draft\"")
        .contains("value=\"2026-11-24T09:00\"");
    mvc.perform(
            post("/my/calendar/events/" + e.id())
                .with(signedIn(me))
                .with(csrf())
                .param("title", "Final")
                .param("start", "2026-11-25T09:00")
                .param("end", "2026-11-25T10:00")
                .param("timeZone", "Europe/Berlin")
                .param("repeat", "WEEKLY")
                .param("repeatUntil", "2026-12-31")
                .param("version", "1"))
        .andExpect(redirectedUrl("/my/calendar?week=2026-11-25"));
    CalendarEvent saved = events.find(me, e.id()).orElseThrow();
    assertThat(saved.fields().title()).isEqualTo("Final");
    assertThat(saved.fields().recurrence().pattern().daysOfWeek())
        .containsExactly(DayOfWeek.WEDNESDAY);
    mvc.perform(post("/my/calendar/events/" + e.id() + "/delete").with(signedIn(me)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(events.find(me, e.id())).isEmpty();
  }

  @Test
  void anotherPersonsEventIsNotFound() throws Exception {
    long me = newUser();
    CalendarEvent e = event(me, "Private", "2026-11-24T09:00", "2026-11-24T10:00");
    String html =
        mvc.perform(get("/my/calendar/events/" + e.id() + "/edit").with(signedIn(people.stranger)))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("This page does not exist, or you may not see it.");
    mvc.perform(
            post("/my/calendar/events/" + e.id() + "/delete")
                .with(signedIn(people.orgAdmin))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(events.find(me, e.id())).isPresent();
  }

  @Test
  void theMenuLinksToCalendarAndTasks() throws Exception {
    String html = page(people.user, "/my/calendar");
    assertThat(html).contains("href=\"/my/calendar\"").contains("href=\"/my/tasks\"");
  }
}
