package com.tandem.server.activity.tasks;

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
import com.tandem.server.activity.calendar.CalendarPageIT;
import java.time.LocalDate;
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
class TaskPageIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired Tasks tasks;
  People people;

  @BeforeAll
  void people() {
    people = new People(jdbc);
  }

  RequestPostProcessor signedIn(long userId) {
    return user(users.loadUserByUsername(people.directory.username(userId)));
  }

  long newUser() {
    return people.directory.user("tasker", People.PASSWORD, people.org, "USER");
  }

  String page(long userId, String url) throws Exception {
    return mvc.perform(get(url).with(signedIn(userId)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aTaskCreatedWithTheFormIsListedAndCanBeClosed() throws Exception {
    long me = newUser();
    mvc.perform(
            post("/my/tasks")
                .with(signedIn(me))
                .with(csrf())
                .param("subject", "Prepare the offer")
                .param("dueDate", "2026-12-01")
                .param("priority", "HIGH")
                .param("status", "OPEN"))
        .andExpect(redirectedUrl("/my/tasks"));
    Task task = tasks.list(me, null, 0, 10).get(0);
    assertThat(task.fields().dueDate()).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(task.fields().priority()).isEqualTo(TaskPriority.HIGH);
    assertThat(page(me, "/my/tasks")).contains("Prepare the offer").contains("Mark closed");

    mvc.perform(post("/my/tasks/" + task.id() + "/close").with(signedIn(me)).with(csrf()))
        .andExpect(redirectedUrl("/my/tasks"));
    Task closed = tasks.find(me, task.id()).orElseThrow();
    assertThat(closed.fields().status()).isEqualTo(TaskStatus.CLOSED);
    assertThat(closed.fields().completedAt()).isNotNull();
    assertThat(page(me, "/my/tasks?status=OPEN")).doesNotContain("Prepare the offer");
    assertThat(page(me, "/my/tasks?status=CLOSED")).contains("Prepare the offer");
  }

  @Test
  void theFormShowsAMessageNextToEachBadFieldAndStoresNothing() throws Exception {
    long me = newUser();
    String html =
        mvc.perform(
                post("/my/tasks")
                    .with(signedIn(me))
                    .with(csrf())
                    .param("subject", "")
                    .param("startDate", "2026-12-02")
                    .param("dueDate", "2026-12-01"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(CalendarPageIT.fieldError(html, "subject")).contains("is required");
    assertThat(CalendarPageIT.fieldError(html, "dueDate"))
        .contains("must not be before the start date");
    html =
        mvc.perform(
                post("/my/tasks")
                    .with(signedIn(me))
                    .with(csrf())
                    .param("subject", "s".repeat(300))
                    .param("dueDate", "someday"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(CalendarPageIT.fieldError(html, "subject")).contains("at most 255 characters");
    assertThat(CalendarPageIT.fieldError(html, "dueDate")).contains("must be a date");
    assertThat(tasks.list(me, null, 0, 10)).isEmpty();
  }

  @Test
  void aTaskIsEditedAndDeletedThroughTheForms() throws Exception {
    long me = newUser();
    Task task = tasks.create(me, TaskFields.of("Draft"), Origin.CRM);
    assertThat(page(me, "/my/tasks/" + task.id() + "/edit")).contains("value=\"Draft\"");
    mvc.perform(
            post("/my/tasks/" + task.id())
                .with(signedIn(me))
                .with(csrf())
                .param("subject", "Final")
                .param("status", "IN_PROGRESS")
                .param("priority", "LOW")
                .param("reminderAt", "2026-11-30T08:00")
                .param("version", "1"))
        .andExpect(redirectedUrl("/my/tasks"));
    Task saved = tasks.find(me, task.id()).orElseThrow();
    assertThat(saved.fields().subject()).isEqualTo("Final");
    assertThat(saved.fields().status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(saved.fields().reminderAt()).hasToString("2026-11-30T08:00:00Z");
    mvc.perform(post("/my/tasks/" + task.id() + "/delete").with(signedIn(me)).with(csrf()))
        .andExpect(redirectedUrl("/my/tasks"));
    assertThat(tasks.find(me, task.id())).isEmpty();
    mvc.perform(get("/my/tasks/" + task.id() + "/edit").with(signedIn(me)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anotherPersonsTaskCannotBeClosed() throws Exception {
    long me = newUser();
    Task task = tasks.create(me, TaskFields.of("Mine"), Origin.CRM);
    mvc.perform(
            post("/my/tasks/" + task.id() + "/close").with(signedIn(people.stranger)).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(tasks.find(me, task.id()).orElseThrow().fields().status())
        .isEqualTo(TaskStatus.OPEN);
  }
}
