package com.tandem.server.activity.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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

@ActivityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskApiIT {

  static final String FULL_TASK =
      """
      {"subject": "Send the offer", "description": "With the new prices",
       "dueDate": "2026-12-01", "startDate": "2026-11-25", "status": "IN_PROGRESS",
       "priority": "HIGH", "reminderAt": "2026-11-30T08:00:00Z"}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  People people;

  @BeforeAll
  void people() {
    people = new People(jdbc);
  }

  String tasks(long userId) {
    return "/api/v1/users/" + userId + "/tasks";
  }

  String created(long userId, String json) throws Exception {
    String body =
        mvc.perform(
                post(tasks(userId))
                    .with(people.as(userId))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"1\""))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void aTaskKeepsEveryFieldAndClosingItRecordsTheCompletionTime() throws Exception {
    String id = created(people.user, FULL_TASK);
    String url = tasks(people.user) + "/" + id;
    mvc.perform(get(url).with(people.as(people.user)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.subject").value("Send the offer"))
        .andExpect(jsonPath("$.description").value("With the new prices"))
        .andExpect(jsonPath("$.dueDate").value("2026-12-01"))
        .andExpect(jsonPath("$.startDate").value("2026-11-25"))
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.priority").value("HIGH"))
        .andExpect(jsonPath("$.reminderAt").value("2026-11-30T08:00:00Z"))
        .andExpect(jsonPath("$.completedAt").value(nullValue()));

    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CLOSED\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.completedAt").isNotEmpty())
        .andExpect(jsonPath("$.priority").value("HIGH"));

    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"OPEN\"}"))
        .andExpect(jsonPath("$.completedAt").value(nullValue()));
  }

  @Test
  void putReplacesTheTaskAndDeleteRemovesIt() throws Exception {
    String id = created(people.user, FULL_TASK);
    String url = tasks(people.user) + "/" + id;
    mvc.perform(
            put(url)
                .with(people.as(people.user))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"subject\": \"Call back\", \"status\": \"CLOSED\","
                        + " \"completedAt\": \"2026-11-20T10:00:00Z\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.subject").value("Call back"))
        .andExpect(jsonPath("$.priority").value("NORMAL"))
        .andExpect(jsonPath("$.dueDate").value(nullValue()))
        .andExpect(jsonPath("$.completedAt").value("2026-11-20T10:00:00Z"));
    mvc.perform(delete(url).with(people.as(people.user)).header("If-Match", "\"2\""))
        .andExpect(status().isNoContent());
    mvc.perform(get(url).with(people.as(people.user))).andExpect(status().isNotFound());
    mvc.perform(
            put(url)
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\": \"Back from the dead\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aStaleIfMatchGets412AndChangesNothing() throws Exception {
    String id = created(people.user, FULL_TASK);
    String url = tasks(people.user) + "/" + id;
    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\": \"Edited\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            patch(url)
                .with(people.as(people.user))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\": \"Lost\"}"))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(delete(url).with(people.as(people.user)).header("If-Match", "\"abc\""))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(get(url).with(people.as(people.user)))
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.subject").value("Edited"));
  }

  @Test
  void theListFiltersByStatusAndPutsClosedTasksLast() throws Exception {
    long owner = people.directory.user("owner", People.PASSWORD, people.org, "USER");
    created(owner, "{\"subject\": \"Later\", \"dueDate\": \"2026-12-24\"}");
    created(owner, "{\"subject\": \"Done\", \"status\": \"CLOSED\", \"dueDate\": \"2026-01-01\"}");
    created(owner, "{\"subject\": \"Soon\", \"dueDate\": \"2026-11-30\"}");
    created(owner, "{\"subject\": \"Someday\"}");
    mvc.perform(get(tasks(owner)).with(people.as(owner)))
        .andExpect(
            jsonPath("$.items[*].subject").value(contains("Soon", "Later", "Someday", "Done")));
    mvc.perform(get(tasks(owner)).with(people.as(owner)).param("status", "CLOSED"))
        .andExpect(jsonPath("$.items[*].subject").value(contains("Done")));
    mvc.perform(get(tasks(owner)).with(people.as(owner)).param("status", "WAITING"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }

  @Test
  void othersGet404AndTheOrganizationsAdministratorMayManage() throws Exception {
    String id = created(people.user, FULL_TASK);
    String url = tasks(people.user) + "/" + id;
    for (long other : new long[] {people.stranger, people.strangerAdmin, people.colleague}) {
      mvc.perform(get(url).with(people.as(other))).andExpect(status().isNotFound());
      mvc.perform(
              patch(url)
                  .with(people.as(other))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"subject\": \"Hijacked\"}"))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            patch(url)
                .with(people.as(people.orgAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\": \"LOW\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.subject").value("Send the offer"))
        .andExpect(jsonPath("$.priority").value("LOW"));
  }

  @Test
  void badTaskInputIsRefusedNamingTheField() throws Exception {
    rejected("{\"subject\": \"x\", \"status\": \"DONE\"}", "status", "OPEN, IN_PROGRESS, CLOSED");
    rejected("{\"subject\": \"x\", \"priority\": \"URGENT\"}", "priority", "HIGH, NORMAL, LOW");
    rejected("{\"subject\": \"" + "s".repeat(100 * 1024) + "\"}", "subject", "at most 255");
    rejected("{\"description\": \"no subject\"}", "subject", "required");
    rejected("{\"subject\": \"x\", \"dueDate\": \"tomorrow\"}", "dueDate", "date");
    rejected(
        "{\"subject\": \"x\", \"reminderAt\": \"2026-11-30T08:00:00\"}", "reminderAt", "offset");
    rejected("{\"subject\": [\"x\"]}", "subject", "string");
    rejected(
        "{\"subject\": \"x\", \"startDate\": \"2026-12-02\", \"dueDate\": \"2026-12-01\"}",
        "dueDate",
        "start date");
    rejected("{\"subject\": ", "body", "JSON");
  }

  void rejected(String json, String field, String messagePart) throws Exception {
    long before = rows();
    mvc.perform(
            post(tasks(people.user))
                .with(people.as(people.user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(containsString(messagePart)));
    assertThat(rows()).isEqualTo(before);
  }

  long rows() {
    return jdbc.sql(
            "SELECT (SELECT COUNT(*) FROM tasks WHERE user_id = ?)"
                + " + (SELECT COUNT(*) FROM activity_changes WHERE user_id = ?)")
        .params(people.user, people.user)
        .query(Long.class)
        .single();
  }
}
