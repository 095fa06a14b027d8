package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.InvalidScopeException;
import com.tandem.graph.errors.PermissionMissingException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.Attendee;
import com.tandem.graph.model.AttendeeType;
import com.tandem.graph.model.BodyType;
import com.tandem.graph.model.ChangeNotification;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.EventType;
import com.tandem.graph.model.Importance;
import com.tandem.graph.model.ItemBody;
import com.tandem.graph.model.LinkedResource;
import com.tandem.graph.model.Sensitivity;
import com.tandem.graph.model.ShowAs;
import com.tandem.graph.model.TaskStatus;
import com.tandem.graph.model.TodoTask;
import com.tandem.graph.model.TodoTaskList;
import com.tandem.graph.model.WellknownListName;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DocumentedExamplesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final GraphError CONTEXT = GraphError.of("example", 200, null, null, null);
  private static final GraphErrors ERRORS = new GraphErrors(CLOCK);

  private static final List<String> COVERED =
      List.of(
          "change-notification.json",
          "json-batching.response-item-403.json",
          "throttling.429.http",
          "todo-list-lists.response.json",
          "todotask-delta.response.json",
          "todotask-get.response.json",
          "todotasklist-delta.response.json",
          "todotasklist-post-tasks.request.json",
          "todotasklist-post-tasks.response.json",
          "token.error-invalid-scope.json",
          "token.success.json",
          "user-post-events.response.json");

  private static JsonNode json(String name) {
    return GraphJson.tree(DocumentedExamples.bytes(name), CONTEXT);
  }

  @Test
  void everyDocumentedExampleIsReadByATestHere() {
    assertThat(DocumentedExamples.names()).containsExactlyInAnyOrderElementsOf(COVERED);
  }

  @Test
  void createdEventKeepsEveryPropertyTandemSyncs() {
    Event event = GraphJson.value(json("user-post-events.response.json"), Event.class, CONTEXT);

    assertThat(event.etag()).isEqualTo("W/\"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==\"");
    assertThat(event.id()).isEqualTo("AAMkAGI1AAAt9AHjAAA=");
    assertThat(event.changeKey()).isEqualTo("ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==");
    assertThat(event.transactionId()).isEqualTo("7E163156-7762-4BEB-A1C6-729EA81755A7");
    assertThat(event.lastModifiedDateTime())
        .isEqualTo(Instant.parse("2017-04-15T03:00:51.245372Z"));
    assertThat(event.subject()).isEqualTo("Let's go brunch");
    assertThat(event.body().contentType()).isEqualTo(BodyType.HTML);
    assertThat(event.body().content()).contains("Does late morning work for you?");
    assertThat(event.start().localDateTime()).isEqualTo(LocalDateTime.of(2017, 4, 15, 11, 0));
    assertThat(event.start().timeZone()).isEqualTo("Pacific Standard Time");
    assertThat(event.end().localDateTime()).isEqualTo(LocalDateTime.of(2017, 4, 15, 12, 0));
    assertThat(event.isAllDay()).isFalse();
    assertThat(event.location().displayName()).isEqualTo("Harry's Bar");
    assertThat(event.showAs()).isEqualTo(ShowAs.BUSY);
    assertThat(event.sensitivity()).isEqualTo(Sensitivity.NORMAL);
    assertThat(event.importance()).isEqualTo(Importance.NORMAL);
    assertThat(event.isReminderOn()).isTrue();
    assertThat(event.reminderMinutesBeforeStart()).isEqualTo(15);
    assertThat(event.type()).isEqualTo(EventType.SINGLE_INSTANCE);
    assertThat(event.seriesMasterId()).isNull();
    assertThat(event.recurrence()).isNull();
    assertThat(event.iCalUId()).startsWith("040000008200E00074C5B7101A82E008");
    assertThat(event.organizer().address()).isEqualTo("danas@contoso.onmicrosoft.com");
    assertThat(event.attendees()).hasSize(1);
    Attendee attendee = event.attendees().get(0);
    assertThat(attendee.type()).isEqualTo(AttendeeType.REQUIRED);
    assertThat(attendee.emailAddress().name()).isEqualTo("Samantha Booth");
    assertThat(attendee.emailAddress().address()).isEqualTo("samanthab@contoso.onmicrosoft.com");
    assertThat(attendee.status().response()).isEqualTo("none");
    assertThat(event.crmId()).isEmpty();
  }

  @Test
  void taskFromGetHasItsDatesStatusAndImportance() {
    TodoTask task = GraphJson.value(json("todotask-get.response.json"), TodoTask.class, CONTEXT);

    assertThat(task.etag()).isEqualTo("W/\"s8/ERWT3WEeFpBGD0bDgAA+TWq9g==\"");
    assertThat(task.id()).isEqualTo("721a35e2-35e2-721a-e235-1a72e2351a72");
    assertThat(task.title()).isEqualTo("Shop for dinner");
    assertThat(task.importance()).isEqualTo(Importance.LOW);
    assertThat(task.status()).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(task.isReminderOn()).isFalse();
    assertThat(task.categories()).containsExactly("Important", "Urgent");
    assertThat(task.body()).isEqualTo(ItemBody.text(""));
    assertThat(task.dueDateTime().localDateTime()).isEqualTo(LocalDateTime.of(2020, 8, 25, 4, 0));
    assertThat(task.dueDateTime().timeZone()).isEqualTo("UTC");
    assertThat(task.lastModifiedDateTime())
        .isEqualTo(Instant.parse("2020-07-22T12:02:10.8835421Z"));
    assertThat(task.linkedResources()).isNull();
    assertThat(task.externalId()).isEmpty();
  }

  @Test
  void createdTaskCarriesItsLinkedResource() {
    TodoTask task =
        GraphJson.value(json("todotasklist-post-tasks.response.json"), TodoTask.class, CONTEXT);

    assertThat(task.id()).isEqualTo("AlMKXwbQAAAJws6wcAAAA=");
    assertThat(task.title()).isEqualTo("A new task");
    assertThat(task.linkedResources())
        .containsExactly(
            new LinkedResource(
                "f9cddce2-dce2-f9cd-e2dc-cdf9e2dccdf9",
                "Microsoft",
                "Microsoft",
                null,
                "http://microsoft.com"));
  }

  @Test
  void taskToCreateIsWrittenExactlyAsTheDocumentedRequest() {
    TodoTask task =
        TodoTask.builder()
            .title("A new task")
            .linkedResources(
                List.of(
                    new LinkedResource(
                        null, "Microsoft", "Microsoft", null, "http://microsoft.com")))
            .build();

    assertThat(TodoTasks.writable(task)).isEqualTo(json("todotasklist-post-tasks.request.json"));
  }

  @Test
  void listsNameTheDefaultList() {
    List<TodoTaskList> lists = new ArrayList<>();
    json("todo-list-lists.response.json")
        .get("value")
        .forEach(node -> lists.add(GraphJson.value(node, TodoTaskList.class, CONTEXT)));

    assertThat(lists)
        .extracting(TodoTaskList::displayName)
        .containsExactly("Tasks", "Monthly Tasks");
    assertThat(lists.get(0).defaultList()).isTrue();
    assertThat(lists.get(0).wellknownListName()).isEqualTo(WellknownListName.DEFAULT_LIST);
    assertThat(lists.get(1).defaultList()).isFalse();
    assertThat(lists.get(1).wellknownListName()).isEqualTo(WellknownListName.NONE);
    assertThat(lists.get(0).isOwner()).isTrue();
    assertThat(lists.get(0).isShared()).isFalse();
  }

  @Test
  void taskDeltaPageHoldsTheTaskAndTheDeltaLink() {
    JsonNode page = json("todotask-delta.response.json");
    DeltaItem<TodoTask> item = Pages.deltaItem(page.get("value").get(0), TodoTask.class, CONTEXT);

    assertThat(GraphJson.text(page, "@odata.deltaLink"))
        .endsWith("/tasks/delta?$deltatoken=MoVMZ_DzHG4AhT3WE8VioVS1IXZJ-ArqK5fknOjnKFY");
    assertThat(item.wasRemoved()).isFalse();
    assertThat(item.id()).startsWith("AAMkADMwNTcyZjQzLTdkMGItNDdjMy04ZTYw");
    assertThat(item.value().title()).isEqualTo("empty task3");
    assertThat(item.value().createdDateTime())
        .isEqualTo(Instant.parse("2020-08-12T04:54:29.1925206Z"));
  }

  @Test
  void listDeltaPageHoldsTheList() {
    JsonNode page = json("todotasklist-delta.response.json");
    DeltaItem<TodoTaskList> item =
        Pages.deltaItem(page.get("value").get(0), TodoTaskList.class, CONTEXT);

    assertThat(item.value().displayName()).isEqualTo("List1");
    assertThat(item.value().etag()).isEqualTo("W/\"4rfRVIPi9EqXgDbc8U7HGwADLLQ93w==\"");
    assertThat(item.value().defaultList()).isFalse();
    assertThat(GraphJson.text(page, "@odata.deltaLink")).contains("$skiptoken=");
  }

  @Test
  void changeNotificationNamesTheChangedMessage() {
    List<ChangeNotification> notifications =
        ChangeNotifications.parse(DocumentedExamples.read("change-notification.json"));

    assertThat(notifications).hasSize(1);
    ChangeNotification notification = notifications.get(0);
    assertThat(notification.clientState()).isEqualTo("secretClientValue");
    assertThat(notification.changeType()).isEqualTo("created");
    assertThat(notification.subscriptionExpirationDateTime())
        .isEqualTo(Instant.parse("2016-03-19T22:11:09.952Z"));
    assertThat(notification.tenantId()).isEqualTo("84bd8158-6d4d-4958-8b9f-9d6445542f95");
    assertThat(notification.resourceData().type()).isEqualTo("#Microsoft.Graph.Message");
    assertThat(notification.resourceData().id()).isEqualTo("{long_id_string}");
    assertThat(notification.resourceData().etag())
        .isEqualTo("W/\"CQAAABYAAADkrWGo7bouTKlsgTZMr9KwAAAUWRHf\"");
  }

  @Test
  void batchItemRefusedWith403IsAPermissionMissing() {
    BatchResponse response = Batch.response(json("json-batching.response-item-403.json"), CONTEXT);

    assertThat(response.id()).isEqualTo("3");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.succeeded()).isFalse();
    assertThat(response.header("content-type")).contains("application/json");
    GraphException failure = BatchResult.failureOf(response, ERRORS);
    assertThat(failure).isInstanceOf(PermissionMissingException.class);
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.code()).contains("Authorization_RequestDenied");
    assertThat(failure.requestId()).contains("93b6f17e-c05d-4f45-ad2a-6665c708d8a0");
    assertThat(failure.getMessage()).contains("Insufficient privileges");
  }

  @Test
  void throttlingAnswerIsThrottledForTheAdvertisedSeconds() {
    String[] parts = DocumentedExamples.read("throttling.429.http").split("\\r?\\n\\r?\\n", 2);
    String[] head = parts[0].split("\\r?\\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      String[] header = head[i].split(":", 2);
      headers.put(header[0].trim(), List.of(header[1].trim()));
    }

    GraphException failure =
        ERRORS.toException(
            "GET /v1.0/me/events",
            status,
            HttpHeaders.of(headers, (name, value) -> true),
            GraphJson.tree(parts[1].getBytes(java.nio.charset.StandardCharsets.UTF_8), CONTEXT));

    assertThat(failure).isInstanceOf(ThrottledException.class);
    assertThat(((ThrottledException) failure).retryAfter()).contains(Duration.ofSeconds(10));
    assertThat(failure.status()).isEqualTo(429);
    assertThat(failure.code()).contains("TooManyRequests");
    assertThat(failure.requestId()).contains("94fb3b52-452a-4535-a601-69e0a90e3aa2");
  }

  @Test
  void tokenSuccessGivesTheTokensAndTheirExpiry() {
    TokenResponse token = IdentityErrors.token(json("token.success.json"), CLOCK, CONTEXT);

    assertThat(token.accessToken()).startsWith("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6");
    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).isEqualTo(Duration.ofSeconds(3599));
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:59:59Z"));
    assertThat(token.scope()).isEqualTo("https%3A%2F%2Fgraph.microsoft.com%2Fmail.read");
    assertThat(token.newRefreshToken()).contains("AwABAAAAvPM1KaPlrEqdFSBzjqfTGAMxZGUTdM0t4B4...");
    assertThat(token.idToken()).startsWith("eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.");
    assertThat(token.toString()).doesNotContain("eyJ0", "AwABAAAA");
  }

  @Test
  void invalidScopeErrorIsAnInvalidScopeWithItsAadstsCode() {
    GraphException failure =
        new IdentityErrors(ERRORS)
            .toException(
                "POST /tenant/oauth2/v2.0/token",
                400,
                HttpHeaders.of(Map.of(), (name, value) -> true),
                DocumentedExamples.bytes("token.error-invalid-scope.json"));

    assertThat(failure).isInstanceOf(InvalidScopeException.class);
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.code()).contains("invalid_scope");
    assertThat(failure.error().identityCodes()).containsExactly(70011);
    assertThat(failure.requestId()).contains("0000aaaa-11bb-cccc-dd22-eeeeee333333");
    assertThat(failure.getMessage()).contains("AADSTS70011").doesNotContain("Trace ID");
  }
}
