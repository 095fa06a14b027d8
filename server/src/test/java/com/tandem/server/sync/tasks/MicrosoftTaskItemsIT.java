package com.tandem.server.sync.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.Fault;
import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.engine.fields.Body;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskPriority;
import com.tandem.engine.tasks.TaskStatus;
import com.tandem.graph.GraphClient;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.model.LinkedResource;
import com.tandem.graph.model.TodoTask;
import com.tandem.server.sync.EmulatorGraph;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Microsoft To Do side against the emulator over HTTP. */
class MicrosoftTaskItemsIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final SyncWindow WINDOW =
      new SyncWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

  private final MicrosoftTaskItems side = new MicrosoftTaskItems(Clock.systemUTC());
  private GraphClient graph;
  private MicrosoftTarget target;

  @BeforeEach
  void connect(GraphEmulator emulator) {
    emulator.control().reset();
    graph = EmulatorGraph.client(emulator, 2);
    target = side.target(graph, EmulatorGraph.ADELE);
  }

  private static TaskFields task(String subject) {
    return new TaskFields(
        subject,
        Body.text("Call back"),
        LocalDate.of(2026, 3, 10),
        LocalDate.of(2026, 3, 2),
        TaskStatus.IN_PROGRESS,
        TaskPriority.HIGH,
        Instant.parse("2026-03-09T08:00:00Z"),
        null);
  }

  @Test
  void theTargetIsTheDefaultList() {
    String defaultList = graph.todoLists().defaultList(EmulatorGraph.ADELE).orElseThrow().id();
    graph.todoLists().create(EmulatorGraph.ADELE, "Groceries");

    assertThat(side.target(graph, EmulatorGraph.ADELE).listId()).isEqualTo(defaultList);
  }

  @Test
  void createdTaskIsFoundByItsCrmIdWithTheFieldsWritten() {
    ItemVersion created = side.create(target, task("Call Alex"), "crm-1", "a1");
    side.create(target, task("Other"), "crm-2", "a1");

    ItemState<TaskFields> found = side.findByCrmId(target, "crm-1").orElseThrow();

    assertThat(found.id()).isEqualTo(created.id());
    assertThat(found.version()).isEqualTo(created.version());
    assertThat(found.crmIdStamp()).isEqualTo("crm-1");
    assertThat(found.fields()).isEqualTo(task("Call Alex"));
    assertThat(side.findByCrmId(target, "crm-3")).isEmpty();
  }

  @Test
  void anotherApplicationsLinkIsNoStamp() {
    graph
        .todoTasks()
        .create(
            EmulatorGraph.ADELE,
            target.listId(),
            TodoTask.builder().title("Theirs").build(),
            LinkedResource.of("Other app", "Theirs", "crm-1", null));

    assertThat(side.findByCrmId(target, "crm-1")).isEmpty();
  }

  @Test
  void aFirstAttemptCreatesWithOneRequest(GraphEmulator emulator) {
    side.create(target, task("Other"), "crm-2", "a1");
    long before = requests(emulator);

    side.create(target, task("Call Alex"), "crm-1", "a1");

    assertThat(requests(emulator) - before).isEqualTo(1);
  }

  @Test
  void aRetryAfterAServerErrorThatCreatedNothingCreatesOnce(GraphEmulator emulator) {
    emulator.control().injectFault(Fault.status("POST", "/tasks$", 1, 500, null));

    assertThatThrownBy(() -> side.create(target, task("Call Alex"), "crm-1", "a1"))
        .isInstanceOf(GraphServerException.class);
    ItemVersion retried = side.create(target, task("Call Alex"), "crm-1", "a1");

    assertThat(graph.todoTasks().findByExternalId(EmulatorGraph.ADELE, target.listId(), "crm-1"))
        .extracting(TodoTask::id)
        .containsExactly(retried.id());
  }

  @Test
  void retryAfterALostAnswerReturnsTheTaskTheFirstAttemptMade(GraphEmulator emulator) {
    emulator.control().injectFault(Fault.drop("POST", "/tasks$", 1));

    assertThatThrownBy(() -> side.create(target, task("Call Alex"), "crm-1", "a1"))
        .isInstanceOf(GraphServerException.class);
    ItemVersion retried = side.create(target, task("Call Alex"), "crm-1", "a1");

    assertThat(graph.todoTasks().findByExternalId(EmulatorGraph.ADELE, target.listId(), "crm-1"))
        .extracting(TodoTask::id)
        .containsExactly(retried.id());
  }

  @Test
  void updateReplacesEveryFieldAndClearsDatesAndAStaleVersionIsPreconditionFailed() {
    ItemVersion created = side.create(target, task("Call Alex"), "crm-1", "a1");
    TaskFields done =
        new TaskFields(
            "Called Alex",
            Body.empty(),
            null,
            null,
            TaskStatus.CLOSED,
            TaskPriority.LOW,
            null,
            Instant.parse("2026-03-11T12:00:00Z"));

    ItemVersion updated = side.update(target, created.id(), done, created.version());

    assertThat(updated.version()).isNotEqualTo(created.version());
    assertThat(side.read(target, created.id()).orElseThrow().fields()).isEqualTo(done);
    assertThatThrownBy(() -> side.update(target, created.id(), task("Again"), created.version()))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void deletingTwiceIsFineAndTheTaskIsGone() {
    ItemVersion created = side.create(target, task("Call Alex"), "crm-1", "a1");

    side.delete(target, created.id(), created.version());
    side.delete(target, created.id(), created.version());

    assertThat(side.read(target, created.id())).isEmpty();
  }

  @Test
  void aFirstRoundReportsEveryTaskStampedAndTheNextOnlyTheChangeAndTheDeletion() {
    ItemVersion kept = side.create(target, task("Kept"), "crm-1", "a1");
    ItemVersion changed = side.create(target, task("Changed"), "crm-2", "a1");
    ItemVersion deleted = side.create(target, task("Deleted"), "crm-3", "a1");
    List<MicrosoftPage<TaskFields>> first = new ArrayList<>();

    String link = MicrosoftPages.drain(side.changes(target, null, WINDOW), first::add);

    assertThat(first).hasSizeGreaterThan(1);
    assertThat(first.get(first.size() - 1).last()).isTrue();
    assertThat(first.get(first.size() - 1).resumeLink()).isEqualTo(link);
    assertThat(upserted(first))
        .extracting(ItemState::id, ItemState::crmIdStamp)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(kept.id(), "crm-1"),
            org.assertj.core.groups.Tuple.tuple(changed.id(), "crm-2"),
            org.assertj.core.groups.Tuple.tuple(deleted.id(), "crm-3"));

    side.update(target, changed.id(), task("Changed again"), changed.version());
    side.delete(target, deleted.id(), null);
    List<MicrosoftPage<TaskFields>> next = new ArrayList<>();
    MicrosoftPages.drain(side.changes(target, link, WINDOW), next::add);

    assertThat(upserted(next))
        .extracting(i -> i.fields().subject())
        .containsExactly("Changed again");
    assertThat(deletedIds(next)).containsExactly(deleted.id());
  }

  @Test
  void badTasksAreSkippedWithReasonsAndTheRoundGoesOn() {
    ItemVersion good = side.create(target, task("Good"), "crm-1", "a1");
    graph
        .todoTasks()
        .create(
            EmulatorGraph.ADELE,
            target.listId(),
            TodoTask.builder().title("y".repeat(100 * 1024)).build());
    List<MicrosoftPage<TaskFields>> pages = new ArrayList<>();

    MicrosoftPages.drain(side.changes(target, null, WINDOW), pages::add);

    assertThat(upserted(pages)).extracting(ItemState::id).containsExactly(good.id());
    assertThat(pages.stream().flatMap(p -> p.skipped().stream()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).hasSizeLessThan(100);
              assertThat(s.reason()).contains("102400 characters").contains("255");
            });
  }

  private static long requests(GraphEmulator emulator) {
    return emulator.control().requestCounts("adele@contoso.test").values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  private static List<ItemState<TaskFields>> upserted(List<MicrosoftPage<TaskFields>> pages) {
    return pages.stream()
        .flatMap(p -> p.changes().stream())
        .filter(c -> c instanceof SideChange.Upserted<TaskFields>)
        .map(c -> ((SideChange.Upserted<TaskFields>) c).item())
        .toList();
  }

  private static List<String> deletedIds(List<MicrosoftPage<TaskFields>> pages) {
    return pages.stream()
        .flatMap(p -> p.changes().stream())
        .filter(c -> c instanceof SideChange.Deleted<TaskFields>)
        .map(SideChange::id)
        .toList();
  }
}
