package com.tandem.server.sync.schedule;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sync's db-scheduler tasks. Each connection has one execution of {@value
 * Schedules#CONNECTION_TASK} that runs it and reschedules itself for its next run (db-scheduler
 * runs an execution on one node at a time; the connection lease also keeps Sync now apart). A
 * recurring pass on one node at a time brings every schedule in line (connections added or removed
 * since), and settings changes are applied by a one-time task, off the request that made them.
 *
 * <p>Why a self-rescheduling task rather than a recurring task with a persistent schedule: the next
 * run depends on how the run ended (Retry-After, back-off) and on Sync now, so it is decided at
 * completion anyway; the execution's row is updated in place (no delete and insert per run) and
 * carries no serialized schedule that a settings change would have to rewrite. Measured in the
 * two-node test: 200 connections with real runs against the emulator finish a round in a few
 * seconds on two nodes sharing two cores.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerTasks {

  /** The recurring pass over every connection. */
  static final String SCHEDULES_TASK = "sync-schedules";

  /** Applies one settings change: data is "LEVEL:id:soon" (see {@link SettingsReschedule}). */
  static final String SETTINGS_TASK = "sync-settings-changed";

  @Bean
  Task<Void> syncConnectionTask(ScheduledRun run) {
    return Tasks.custom(Schedules.CONNECTION_TASK, Void.class)
        .onFailureReschedule(FixedDelay.ofMinutes(1))
        .onDeadExecutionRevive()
        .execute(run);
  }

  @Bean
  Task<Void> syncSchedulesTask(
      Schedules schedules, @Value("${tandem.sync.schedules-every:1m}") Duration every) {
    return Tasks.recurring(SCHEDULES_TASK, FixedDelay.of(every))
        .execute((instance, context) -> schedules.reconcileAll(false));
  }

  @Bean
  Task<String> syncSettingsTask(SettingsReschedule reschedule) {
    return Tasks.oneTime(SETTINGS_TASK, String.class)
        .execute((instance, context) -> reschedule.apply(instance.getData()));
  }
}
