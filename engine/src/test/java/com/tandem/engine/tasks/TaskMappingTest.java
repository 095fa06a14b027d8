package com.tandem.engine.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.fields.Body;
import com.tandem.engine.fields.GraphBody;
import com.tandem.engine.fields.GraphDateTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TaskMappingTest {

  private static final TaskFields FULL =
      new TaskFields(
          "Send the offer",
          Body.html("<p>to <b>Bob</b></p>"),
          LocalDate.parse("2026-03-10"),
          LocalDate.parse("2026-03-02"),
          TaskStatus.IN_PROGRESS,
          TaskPriority.HIGH,
          Instant.parse("2026-03-09T07:30:00Z"),
          null);

  @Test
  void aCrmTaskComesBackUnchangedFromMicrosoft() {
    assertThat(TaskMapping.fromMicrosoft(TaskMapping.toMicrosoft(FULL))).isEqualTo(FULL);
  }

  @ParameterizedTest
  @EnumSource(TaskStatus.class)
  void everyStatusAndPrioritySurvivesTheRoundTrip(TaskStatus status) {
    for (TaskPriority priority : TaskPriority.values()) {
      TaskFields task = FULL.withStatus(status).withPriority(priority);
      assertThat(TaskMapping.fromMicrosoft(TaskMapping.toMicrosoft(task))).isEqualTo(task);
    }
  }

  @Test
  void aCrmTaskGoesToToDoInGraphsVocabulary() {
    GraphTask graph = TaskMapping.toMicrosoft(FULL);

    assertThat(graph.title()).isEqualTo("Send the offer");
    assertThat(graph.body()).isEqualTo(new GraphBody("html", "<p>to <b>Bob</b></p>"));
    assertThat(graph.status()).isEqualTo("inProgress");
    assertThat(graph.importance()).isEqualTo("high");
    assertThat(graph.dueDateTime()).isEqualTo(new GraphDateTime("2026-03-10T00:00:00", "UTC"));
    assertThat(graph.isReminderOn()).isTrue();
    assertThat(graph.reminderDateTime()).isEqualTo(new GraphDateTime("2026-03-09T07:30:00", "UTC"));
  }

  @ParameterizedTest
  @CsvSource({
    "notStarted, OPEN",
    "inProgress, IN_PROGRESS",
    "waitingOnOthers, IN_PROGRESS",
    "deferred, IN_PROGRESS",
    "completed, CLOSED"
  })
  void everyToDoStatusHasACrmStatus(String graphStatus, TaskStatus crmStatus) {
    assertThat(TaskMapping.fromMicrosoft(graphTask(graphStatus, "normal")).status())
        .isEqualTo(crmStatus);
  }

  @Test
  void aToDoTaskFromGraphReadsAsTheCrmExpects() {
    GraphTask graph =
        new GraphTask(
            "Shop for dinner",
            new GraphBody("text", ""),
            new GraphDateTime("2020-08-25T04:00:00.0000000", "UTC"),
            null,
            "completed",
            "low",
            true,
            new GraphDateTime("2020-08-24T09:00:00.0000000", "Pacific Standard Time"),
            new GraphDateTime("2020-08-25T10:00:00.0000000", "UTC"));

    TaskFields task = TaskMapping.fromMicrosoft(graph);

    assertThat(task.dueDate()).isEqualTo(LocalDate.parse("2020-08-25"));
    assertThat(task.priority()).isEqualTo(TaskPriority.LOW);
    assertThat(task.reminderAt()).isEqualTo(Instant.parse("2020-08-24T16:00:00Z"));
    assertThat(task.completedAt()).isEqualTo(Instant.parse("2020-08-25T10:00:00Z"));
  }

  @Test
  void anUnknownStatusIsAClearError() {
    assertThatThrownBy(() -> TaskMapping.fromMicrosoft(graphTask("paused", "normal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paused");
    assertThatThrownBy(() -> TaskMapping.fromMicrosoft(graphTask("completed", "urgent")))
        .hasMessageContaining("urgent");
  }

  private static GraphTask graphTask(String status, String importance) {
    return new GraphTask("t", null, null, null, status, importance, false, null, null);
  }
}
