package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.Importance;
import com.tandem.graph.model.ItemBody;
import com.tandem.graph.model.LinkedResource;
import com.tandem.graph.model.MailFolder;
import com.tandem.graph.model.Message;
import com.tandem.graph.model.Recipient;
import com.tandem.graph.model.TaskStatus;
import com.tandem.graph.model.TodoTask;
import com.tandem.graph.model.TodoTaskList;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** To Do, mail and {@code $batch} calls against the real emulator over HTTP. */
class EmulatorTodoAndMailIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final Mailbox ADELE = Mailbox.me("adele");
  private static final Mailbox ALEX = Mailbox.me("alex");

  private GraphClient client;
  private String listId;

  @BeforeEach
  void connect(GraphEmulator emulator) {
    emulator.control().reset();
    client = EmulatorTokens.client(emulator, 2);
    listId = client.todoLists().defaultList(ADELE).orElseThrow().id();
  }

  private TodoTask createTask(String title, String crmId) {
    return client
        .todoTasks()
        .create(
            ADELE,
            listId,
            TodoTask.builder()
                .title(title)
                .importance(Importance.HIGH)
                .due(DateTimeTimeZone.utc(LocalDateTime.of(2026, 4, 1, 0, 0)))
                .build(),
            LinkedResource.of("Tandem", "CRM task", crmId, "https://crm.example/tasks/" + crmId));
  }

  @Test
  void everyMailboxHasADefaultListAndNewListsAreAdded() {
    TodoTaskList created = client.todoLists().create(ADELE, "Tandem");

    assertThat(client.todoLists().list(ADELE))
        .extracting(TodoTaskList::id)
        .contains(listId, created.id());
    assertThat(created.defaultList()).isFalse();
  }

  @Test
  void taskIsCreatedWithItsCrmLinkReadUpdatedAndDeleted() {
    TodoTask created = createTask("Call Bob", "crm-7");

    TodoTask read = client.todoTasks().get(ADELE, listId, created.id());
    TodoTask done =
        client
            .todoTasks()
            .update(
                ADELE,
                listId,
                created.id(),
                TodoTask.builder().status(TaskStatus.COMPLETED).build(),
                read.etag());

    assertThat(read.externalId()).contains("crm-7");
    assertThat(read.importance()).isEqualTo(Importance.HIGH);
    assertThat(read.dueDateTime().localDateTime()).isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 0));
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThatThrownBy(
            () ->
                client
                    .todoTasks()
                    .update(
                        ADELE,
                        listId,
                        created.id(),
                        TodoTask.builder().title("stale").build(),
                        read.etag()))
        .isInstanceOf(PreconditionFailedException.class);

    client.todoTasks().delete(ADELE, listId, created.id(), null);

    assertThatThrownBy(() -> client.todoTasks().get(ADELE, listId, created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aTaskMadeInToDoIsStampedWithTheCrmIdLater() {
    TodoTask plain =
        client
            .todoTasks()
            .create(ADELE, listId, TodoTask.builder().title("Typed in To Do").build());

    client
        .todoTasks()
        .addLink(ADELE, listId, plain.id(), LinkedResource.of("Tandem", "CRM task", "crm-9", null));

    assertThat(client.todoTasks().get(ADELE, listId, plain.id()).externalId()).contains("crm-9");
  }

  @Test
  void taskDeltaPagesAndResumesWithChangesAndRemovals(GraphEmulator emulator) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(createTask("Task " + i, "crm-" + i).id());
    }
    List<DeltaPage<TodoTask>> pages = new ArrayList<>();

    String deltaLink = client.todoTasks().delta(ADELE, listId, pages::add);

    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(DeltaItem::id)).containsAll(ids);

    client.todoTasks().delete(ADELE, listId, ids.get(0), null);
    List<DeltaItem<TodoTask>> changes = new ArrayList<>();
    String next = client.todoTasks().resume(ADELE, deltaLink, page -> changes.addAll(page.items()));

    assertThat(next).isNotBlank();
    assertThat(changes)
        .anySatisfy(
            item -> {
              assertThat(item.id()).isEqualTo(ids.get(0));
              assertThat(item.wasRemoved()).isTrue();
            });
    assertThat(changes).extracting(DeltaItem::id).doesNotContain(ids.get(1));

    emulator.control().expireDeltaTokens();
    assertThatThrownBy(() -> client.todoTasks().resume(ADELE, next, page -> {}))
        .isInstanceOf(SyncStateExpiredException.class);
  }

  @Test
  void sentMailIsSavedAndArrivesInTheRecipientsInboxDelta() {
    client
        .mail()
        .send(
            ADELE,
            Message.outgoing(
                "Offer",
                ItemBody.html("<p>Here it is</p>"),
                List.of(Recipient.of("Alex", "alex@contoso.test")),
                null,
                null),
            true);

    MailFolder inbox = client.mail().folder(ALEX, "inbox");
    List<Message> received = new ArrayList<>();
    String deltaLink =
        client
            .mail()
            .messagesDelta(
                ALEX,
                inbox.id(),
                page -> page.items().forEach(i -> i.item().ifPresent(received::add)));

    assertThat(deltaLink).isNotBlank();
    assertThat(received).extracting(Message::subject).contains("Offer");
    Message message = client.mail().message(ALEX, received.get(0).id());
    assertThat(message.from().address()).isEqualTo("adele@contoso.test");
    assertThat(client.mail().folders(ADELE))
        .extracting(MailFolder::displayName)
        .contains("Sent Items");
    List<Message> sent = new ArrayList<>();
    client
        .mail()
        .messagesDelta(
            ADELE,
            client.mail().folder(ADELE, "sentitems").id(),
            page -> page.items().forEach(i -> i.item().ifPresent(sent::add)));
    assertThat(sent).extracting(Message::subject).containsExactly("Offer");
  }

  @Test
  void batchRunsDependentRequestsAndReportsEachAnswer() {
    Event event =
        Event.builder()
            .subject("Batched")
            .time(
                DateTimeTimeZone.utc(LocalDateTime.of(2026, 5, 4, 9, 0)),
                DateTimeTimeZone.utc(LocalDateTime.of(2026, 5, 4, 10, 0)))
            .build();

    BatchResult result =
        client
            .batch()
            .send(
                ADELE,
                List.of(
                    BatchRequest.post("1", ADELE.path("events"), event),
                    BatchRequest.get("2", ADELE.path("events", "does-not-exist")),
                    BatchRequest.get("3", ADELE.path()).dependingOn("2"),
                    BatchRequest.get("4", ADELE.path("todo", "lists"))));

    assertThat(result.body("1", Event.class).subject()).isEqualTo("Batched");
    assertThat(result.failure("2"))
        .hasValueSatisfying(e -> assertThat(e).isInstanceOf(NotFoundException.class));
    assertThat(result.response("3").status()).isEqualTo(424);
    assertThat(result.response("4").succeeded()).isTrue();
  }
}
