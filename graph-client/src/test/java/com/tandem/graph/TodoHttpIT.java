package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Importance;
import com.tandem.graph.model.LinkedResource;
import com.tandem.graph.model.RemovedReason;
import com.tandem.graph.model.TaskStatus;
import com.tandem.graph.model.TodoTask;
import com.tandem.graph.model.TodoTaskList;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TodoHttpIT {

  private static final Mailbox ME = Mailbox.me("conn-1");
  private static final String TASK =
      """
      {"@odata.etag":"W/\\"t1\\"","id":"task-1","title":"Call Bob","status":"inProgress",
       "importance":"high","isReminderOn":false,
       "dueDateTime":{"dateTime":"2026-03-05T00:00:00.0000000","timeZone":"UTC"},
       "linkedResources":[{"id":"lr-1","applicationName":"Tandem","displayName":"CRM task",
         "externalId":"crm-7","webUrl":"https://crm.example/tasks/7"}]}
      """;

  private static FakeGraph graph;
  private static GraphClient client;

  @BeforeAll
  static void start() {
    graph = new FakeGraph();
    client =
        GraphClient.builder(
                GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl()), m -> "token")
            .build();
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @BeforeEach
  void reset() {
    graph.reset();
  }

  @Test
  void defaultListIsFoundOnAnyPage() {
    graph.on(
        "GET",
        "/v1.0/me/todo/lists",
        200,
        "{\"@odata.nextLink\":\""
            + graph.baseUrl()
            + "/v1.0/me/todo/lists?$skiptoken=2\",\"value\":[{\"id\":\"l1\",\"displayName\":\"Groceries\",\"wellknownListName\":\"none\"}]}");
    graph.on(
        "GET",
        "/v1.0/me/todo/lists?$skiptoken=2",
        200,
        "{\"value\":[{\"id\":\"l2\",\"displayName\":\"Tasks\",\"wellknownListName\":\"defaultList\"}]}");

    assertThat(client.todoLists().defaultList(ME))
        .hasValueSatisfying(l -> assertThat(l.id()).isEqualTo("l2"));
    assertThat(graph.requests()).hasSize(2);
  }

  @Test
  void aMailboxWithoutDefaultListSaysSo() {
    graph.on(
        "GET",
        "/v1.0/me/todo/lists",
        200,
        "{\"value\":[{\"id\":\"l1\",\"wellknownListName\":\"someFutureKind\"}]}");

    assertThat(client.todoLists().defaultList(ME)).isEmpty();
  }

  @Test
  void createListPostsItsName() {
    graph.on(
        "POST",
        "/v1.0/me/todo/lists",
        201,
        "{\"id\":\"l9\",\"displayName\":\"Tandem\",\"wellknownListName\":\"none\"}");

    TodoTaskList list = client.todoLists().create(ME, "Tandem");

    assertThat(GraphJson.MAPPER.readTree(graph.lastRequest().body()).get("displayName").asString())
        .isEqualTo("Tandem");
    assertThat(list.id()).isEqualTo("l9");
  }

  @Test
  void createTaskCarriesTheCrmIdAsALinkedResource() {
    graph.on("POST", "/v1.0/me/todo/lists/l1/tasks", 201, TASK);
    TodoTask task =
        TodoTask.builder()
            .title("Call Bob")
            .status(TaskStatus.IN_PROGRESS)
            .importance(Importance.HIGH)
            .due(DateTimeTimeZone.utc(LocalDateTime.of(2026, 3, 5, 0, 0)))
            .build();

    TodoTask created =
        client
            .todoTasks()
            .create(
                ME,
                "l1",
                task,
                LinkedResource.of("Tandem", "CRM task", "crm-7", "https://crm.example/tasks/7"));

    JsonNode sent = GraphJson.MAPPER.readTree(graph.lastRequest().body());
    assertThat(sent.get("title").asString()).isEqualTo("Call Bob");
    assertThat(sent.get("status").asString()).isEqualTo("inProgress");
    assertThat(sent.get("importance").asString()).isEqualTo("high");
    assertThat(sent.get("dueDateTime").get("timeZone").asString()).isEqualTo("UTC");
    assertThat(sent.get("linkedResources").get(0).get("externalId").asString()).isEqualTo("crm-7");
    assertThat(created.externalId()).contains("crm-7");
    assertThat(created.status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void aTaskWithoutTitleIsRefusedWithoutARequest() {
    assertThatThrownBy(() -> client.todoTasks().create(ME, "l1", TodoTask.builder().build()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("title");
    assertThat(graph.requests()).isEmpty();
  }

  @Test
  void getExpandsLinkedResources() {
    graph.on("GET", "/v1.0/me/todo/lists/l1/tasks/task-1", 200, TASK);

    TodoTask task = client.todoTasks().get(ME, "l1", "task-1");

    assertThat(graph.lastRequest().pathAndQuery()).endsWith("?$expand=linkedResources");
    assertThat(task.linkedResources())
        .extracting(LinkedResource::externalId)
        .containsExactly("crm-7");
  }

  @Test
  void updateSendsIfMatchAndLeavesLinkedResourcesAlone() {
    graph.on("PATCH", "/v1.0/me/todo/lists/l1/tasks/task-1", 200, TASK);

    client
        .todoTasks()
        .update(
            ME,
            "l1",
            "task-1",
            TodoTask.builder()
                .status(TaskStatus.COMPLETED)
                .linkedResources(List.of(LinkedResource.of("Tandem", "x", "crm-7", null)))
                .build(),
            "W/\"t1\"");

    assertThat(graph.lastRequest().header("If-Match")).isEqualTo("W/\"t1\"");
    JsonNode sent = GraphJson.MAPPER.readTree(graph.lastRequest().body());
    assertThat(sent.propertyNames()).containsExactly("status");
  }

  @Test
  void anExistingTaskIsStampedWithALink() {
    graph.on(
        "POST",
        "/v1.0/me/todo/lists/l1/tasks/task-1/linkedResources",
        201,
        "{\"id\":\"lr-2\",\"applicationName\":\"Tandem\",\"externalId\":\"crm-8\"}");

    LinkedResource link =
        client
            .todoTasks()
            .addLink(ME, "l1", "task-1", LinkedResource.of("Tandem", "CRM task", "crm-8", null));

    JsonNode sent = GraphJson.MAPPER.readTree(graph.lastRequest().body());
    assertThat(sent.get("externalId").asString()).isEqualTo("crm-8");
    assertThat(sent.has("id")).isFalse();
    assertThat(link.id()).isEqualTo("lr-2");
  }

  @Test
  void aTokenSourceWithoutCredentialsStopsTheCallBeforeAnyRequest() {
    GraphClient disconnected =
        GraphClient.builder(
                GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl()),
                mailbox -> {
                  throw AuthenticationException.reconnectNeeded("no refresh token stored");
                })
            .build();

    assertThatThrownBy(() -> disconnected.todoLists().list(ME))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).contains("reconnectNeeded"));
    assertThat(graph.requests()).isEmpty();
  }

  @Test
  void deleteOfAMissingTaskIsNotFound() {
    graph.on(
        "DELETE",
        "/v1.0/me/todo/lists/l1/tasks/task-1",
        404,
        "{\"error\":{\"code\":\"ErrorItemNotFound\",\"message\":\"gone\"}}");

    assertThatThrownBy(() -> client.todoTasks().delete(ME, "l1", "task-1", null))
        .isInstanceOf(NotFoundException.class);
    assertThat(graph.lastRequest().header("If-Match")).isNull();
  }

  @Test
  void taskDeltaPagesThroughChangesAndRemovals() {
    String base = graph.baseUrl() + "/v1.0/me/todo/lists/l1/tasks/delta";
    graph.on(
        "GET",
        "/v1.0/me/todo/lists/l1/tasks/delta",
        200,
        "{\"@odata.nextLink\":\"" + base + "?$skiptoken=s2\",\"value\":[" + TASK + "]}");
    graph.on(
        "GET",
        "/v1.0/me/todo/lists/l1/tasks/delta?$skiptoken=s2",
        200,
        "{\"@odata.deltaLink\":\""
            + base
            + "?$deltatoken=d1\",\"value\":[{\"id\":\"task-2\",\"@removed\":{\"reason\":\"deleted\"}}]}");
    List<DeltaItem<TodoTask>> items = new ArrayList<>();

    String deltaLink = client.todoTasks().delta(ME, "l1", page -> items.addAll(page.items()));

    assertThat(deltaLink).isEqualTo(base + "?$deltatoken=d1");
    assertThat(URLDecoder.decode(graph.requests().get(0).pathAndQuery(), StandardCharsets.UTF_8))
        .isEqualTo("/v1.0/me/todo/lists/l1/tasks/delta?$expand=linkedResources");
    assertThat(items.get(0).value().externalId()).contains("crm-7");
    assertThat(items.get(1)).isEqualTo(DeltaItem.removed("task-2", RemovedReason.DELETED));
  }

  @Test
  void taskDeltaResumesFromTheStoredLinkAndReportsExpiry() {
    String link = graph.baseUrl() + "/v1.0/me/todo/lists/l1/tasks/delta?$deltatoken=old";
    graph.on(
        "GET",
        "/v1.0/me/todo/lists/l1/tasks/delta?$deltatoken=old",
        410,
        "{\"error\":{\"code\":\"syncStateNotFound\",\"message\":\"expired\"}}");

    assertThatThrownBy(() -> client.todoTasks().resume(ME, link, page -> {}))
        .isInstanceOf(SyncStateExpiredException.class);
    assertThat(graph.lastRequest().pathAndQuery())
        .isEqualTo("/v1.0/me/todo/lists/l1/tasks/delta?$deltatoken=old");
  }
}
