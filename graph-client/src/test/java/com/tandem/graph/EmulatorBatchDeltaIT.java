package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.Fault;
import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.TodoTask;
import com.tandem.graph.model.TodoTaskList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calendar's and a To Do list's delta rounds started and resumed together in one $batch. */
class EmulatorBatchDeltaIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final Mailbox ADELE = Mailbox.me("adele");
  private static final Instant FROM = Instant.now().minus(30, ChronoUnit.DAYS);
  private static final Instant TO = Instant.now().plus(30, ChronoUnit.DAYS);

  private GraphEmulator emulator;
  private GraphClient client;
  private String listId;

  @BeforeEach
  void connect(GraphEmulator emulator) {
    this.emulator = emulator;
    emulator.control().reset();
    // Pages of two, so that three items make each round follow a next link after the batch.
    client = EmulatorTokens.client(emulator, 2);
    listId = client.todoLists().defaultList(ADELE).orElseThrow().id();
    for (int i = 0; i < 3; i++) {
      event("Event " + i);
      task("Task " + i);
    }
  }

  @Test
  void bothRoundsStartInOneBatchAndGoOnThroughTheirNextLinks() {
    BatchResult batch = firstReads();
    List<DeltaPage<Event>> eventPages = new ArrayList<>();
    List<DeltaPage<TodoTask>> taskPages = new ArrayList<>();

    String eventLink = client.events().delta(ADELE, batch, "calendar", eventPages::add);
    String taskLink = client.todoTasks().delta(ADELE, batch, "tasks", taskPages::add);

    assertThat(eventPages).hasSize(2);
    assertThat(titles(eventPages, Event::subject))
        .containsExactlyInAnyOrder("Event 0", "Event 1", "Event 2");
    assertThat(taskPages).hasSize(2);
    assertThat(titles(taskPages, TodoTask::title))
        .containsExactlyInAnyOrder("Task 0", "Task 1", "Task 2");
    // The tasks round asked for the linked resources, as a single delta request does.
    assertThat(taskPages.get(0).items().get(0).value().linkedResources()).isNotNull();
    assertThat(eventLink).contains("$deltatoken=");
    assertThat(taskLink).contains("$deltatoken=");

    event("Event 3");
    BatchResult resumed = resumed(eventLink, taskLink);
    List<DeltaPage<Event>> changedEvents = new ArrayList<>();
    List<DeltaPage<TodoTask>> changedTasks = new ArrayList<>();
    client.events().delta(ADELE, resumed, "calendar", changedEvents::add);
    client.todoTasks().delta(ADELE, resumed, "tasks", changedTasks::add);

    assertThat(titles(changedEvents, Event::subject)).containsExactly("Event 3");
    assertThat(titles(changedTasks, TodoTask::title)).isEmpty();
  }

  @Test
  void aThrottledMemberThrowsWithItsOwnRetryAfterWhileTheOtherIsRead() {
    emulator.control().injectFault(Fault.status("GET", "/tasks/delta", 1, 429, 7));
    BatchResult batch = firstReads();

    List<DeltaPage<Event>> eventPages = new ArrayList<>();
    client.events().delta(ADELE, batch, "calendar", eventPages::add);

    assertThat(titles(eventPages, Event::subject)).hasSize(3);
    assertThatThrownBy(() -> client.todoTasks().delta(ADELE, batch, "tasks", page -> {}))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
  }

  @Test
  void expiredTokensAndLinksOfAnotherGraphCountAsExpiredSyncState() {
    String eventLink = client.events().delta(ADELE, FROM, TO, page -> {});
    String taskLink = client.todoTasks().delta(ADELE, listId, page -> {});
    emulator.control().expireDeltaTokens();

    BatchResult batch = resumed(eventLink, taskLink);

    assertThatThrownBy(() -> client.events().delta(ADELE, batch, "calendar", page -> {}))
        .isInstanceOf(SyncStateExpiredException.class);
    assertThatThrownBy(() -> client.todoTasks().delta(ADELE, batch, "tasks", page -> {}))
        .isInstanceOf(SyncStateExpiredException.class);
    assertThatThrownBy(
            () ->
                client
                    .events()
                    .resumeRequest(
                        "calendar",
                        "https://graph.example.org/v1.0/me/calendarView/delta?$deltatoken=x"))
        .isInstanceOf(SyncStateExpiredException.class);
  }

  @Test
  void aDeletedListAnswersNotFound() {
    TodoTaskList other = client.todoLists().create(ADELE, "Errands");
    String link = client.todoTasks().delta(ADELE, other.id(), page -> {});
    deleteList(other.id());

    BatchResult batch =
        client.batch().send(ADELE, List.of(client.todoTasks().resumeRequest("tasks", link)));

    assertThatThrownBy(() -> client.todoTasks().delta(ADELE, batch, "tasks", page -> {}))
        .isInstanceOf(NotFoundException.class);
  }

  private void deleteList(String list) {
    BatchResult deleted =
        client
            .batch()
            .send(ADELE, List.of(BatchRequest.delete("1", ADELE.path("todo", "lists", list))));
    assertThat(deleted.response("1").status()).isEqualTo(204);
  }

  private void event(String subject) {
    LocalDateTime start = LocalDateTime.now().plusDays(1).withNano(0);
    client
        .events()
        .create(
            ADELE,
            Event.builder()
                .subject(subject)
                .time(DateTimeTimeZone.utc(start), DateTimeTimeZone.utc(start.plusHours(1)))
                .build());
  }

  private void task(String title) {
    client.todoTasks().create(ADELE, listId, TodoTask.builder().title(title).build());
  }

  private static <T> List<String> titles(
      List<DeltaPage<T>> pages, java.util.function.Function<T, String> title) {
    List<String> out = new ArrayList<>();
    for (DeltaPage<T> page : pages) {
      for (DeltaItem<T> item : page.items()) {
        if (!item.wasRemoved()) {
          out.add(title.apply(item.value()));
        }
      }
    }
    return out;
  }

  /** One batch with the first delta read of the calendar and of the task list. */
  private BatchResult firstReads() {
    return client
        .batch()
        .send(
            ADELE,
            List.of(
                client.events().deltaRequest("calendar", ADELE, FROM, TO),
                client.todoTasks().deltaRequest("tasks", ADELE, listId)));
  }

  /** One batch going on with both rounds from their delta links. */
  private BatchResult resumed(String eventLink, String taskLink) {
    return client
        .batch()
        .send(
            ADELE,
            List.of(
                client.events().resumeRequest("calendar", eventLink),
                client.todoTasks().resumeRequest("tasks", taskLink)));
  }
}
