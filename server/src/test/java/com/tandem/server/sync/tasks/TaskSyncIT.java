package com.tandem.server.sync.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Importance;
import com.tandem.graph.model.TodoTask;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.tasks.Task;
import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.TaskPriority;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.sync.EmulatorSyncTest;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task sync end to end: Tandem's run with its real sides against the emulator's Microsoft To Do.
 */
class TaskSyncIT extends EmulatorSyncTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

  @Autowired Tasks tasks;

  String listId;

  @BeforeEach
  void theDefaultList() {
    listId = graph.todoLists().defaultList(mailbox).orElseThrow().id();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "BIDIRECTIONAL, CRM_WINS, true, true, CRM edit, NORMAL",
    "BIDIRECTIONAL, MICROSOFT_WINS, true, true, Shared, HIGH",
    "BIDIRECTIONAL, MOST_RECENT, true, true, Shared, HIGH",
    "BIDIRECTIONAL, MERGE_FIELDS, true, true, CRM edit, HIGH",
    "CRM_TO_MICROSOFT, CRM_WINS, false, true, CRM edit, NORMAL",
    "CRM_TO_MICROSOFT, MICROSOFT_WINS, false, true, CRM edit, NORMAL",
    "CRM_TO_MICROSOFT, MOST_RECENT, false, true, CRM edit, NORMAL",
    "CRM_TO_MICROSOFT, MERGE_FIELDS, false, true, CRM edit, NORMAL",
    "MICROSOFT_TO_CRM, CRM_WINS, true, false, Shared, HIGH",
    "MICROSOFT_TO_CRM, MICROSOFT_WINS, true, false, Shared, HIGH",
    "MICROSOFT_TO_CRM, MOST_RECENT, true, false, Shared, HIGH",
    "MICROSOFT_TO_CRM, MERGE_FIELDS, true, false, Shared, HIGH"
  })
  void directionAndConflictStrategyDecideWhatEachSideEndsWith(
      String direction,
      String strategy,
      boolean toCrm,
      boolean toMicrosoft,
      String subject,
      TaskPriority priority) {
    userSettings(
        "{\"tasks.direction\": \"%s\", \"tasks.conflict_resolution\": \"%s\"}"
            .formatted(direction, strategy));
    Task shared = crmCreates("Shared");
    crmCreates("From the CRM");
    toDoCreates("Shared");
    toDoCreates("From To Do");

    assertThat(sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

    List<String> inCrm = new ArrayList<>(List.of("From the CRM", "Shared"));
    List<String> inToDo = new ArrayList<>(List.of("From To Do", "Shared"));
    if (toCrm) {
      inCrm.add("From To Do");
    }
    if (toMicrosoft) {
      inToDo.add("From the CRM");
    }
    assertThat(crmSubjects()).containsExactlyInAnyOrderElementsOf(inCrm);
    assertThat(toDoTitles()).containsExactlyInAnyOrderElementsOf(inToDo);

    crmEdits(shared.id(), "CRM edit");
    toDoMakesImportant("Shared");
    RunReport settled = sync();

    assertThat(settled.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(settled.counts().conflicts()).isEqualTo(1);
    TaskFields crm = tasks.find(user, shared.id()).orElseThrow().fields();
    assertThat(crm.subject()).isEqualTo(subject);
    assertThat(crm.priority()).isEqualTo(priority);
    TodoTask toDo = toDoTask(subject);
    assertThat(toDo.importance().name()).isEqualTo(priority.name());
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void aTaskDeletedInTheCrmIsDeletedInToDo() {
    Task gone = crmCreates("Gone");
    crmCreates("Kept");
    crmCreates("Also kept");
    sync();

    tasks.delete(user, gone.id(), Origin.CRM, null);
    RunReport report = sync();

    assertThat(report.counts().deletedInMicrosoft()).as("%s", report).isEqualTo(1);
    assertThat(toDoTitles()).containsExactlyInAnyOrder("Kept", "Also kept");
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void aTaskDeletedInToDoIsDeletedInTheCrm() {
    crmCreates("Gone");
    crmCreates("Kept");
    crmCreates("Also kept");
    sync();

    graph.todoTasks().delete(mailbox, listId, toDoTask("Gone").id(), null);
    RunReport report = sync();

    assertThat(report.counts().deletedInCrm()).as("%s", report).isEqualTo(1);
    assertThat(crmSubjects()).containsExactlyInAnyOrder("Kept", "Also kept");
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  private RunReport sync() {
    return runs.run(user, SyncResource.TASKS, RunTrigger.SYNC_NOW, false);
  }

  private Task crmCreates(String subject) {
    return tasks.create(
        user,
        new TaskFields(subject, null, DUE, null, null, TaskPriority.NORMAL, null, null),
        Origin.CRM);
  }

  private void crmEdits(String id, String subject) {
    Task current = tasks.find(user, id).orElseThrow();
    TaskFields f = current.fields();
    tasks.update(
        user,
        id,
        new TaskFields(
            subject,
            f.description(),
            f.dueDate(),
            f.startDate(),
            f.status(),
            f.priority(),
            f.reminderAt(),
            f.completedAt()),
        Origin.CRM,
        current.version());
  }

  private void toDoCreates(String title) {
    graph
        .todoTasks()
        .create(
            mailbox,
            listId,
            TodoTask.builder()
                .title(title)
                .importance(Importance.NORMAL)
                .due(DateTimeTimeZone.of(DUE.atStartOfDay(), "UTC"))
                .build());
  }

  private void toDoMakesImportant(String title) {
    graph
        .todoTasks()
        .update(
            mailbox,
            listId,
            toDoTask(title).id(),
            TodoTask.builder().importance(Importance.HIGH).build(),
            null);
  }

  private List<TodoTask> toDoTasks() {
    return toDoTasks(listId);
  }

  private List<String> toDoTitles() {
    return toDoTasks().stream().map(TodoTask::title).toList();
  }

  private TodoTask toDoTask(String title) {
    List<TodoTask> matching = toDoTasks().stream().filter(t -> title.equals(t.title())).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private List<String> crmSubjects() {
    return tasks.list(user, null, 0, 500).stream().map(t -> t.fields().subject()).toList();
  }
}
