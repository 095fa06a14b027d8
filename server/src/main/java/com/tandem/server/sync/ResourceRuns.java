package com.tandem.server.sync;

import com.tandem.engine.reconcile.ConflictPolicy;
import com.tandem.engine.reconcile.Direction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.server.account.ConnectionStatus;
import com.tandem.server.account.MicrosoftConnection;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.ConflictResolution;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.settings.SyncDirection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The {@link ResourceRun} of the server: resolves the user's settings and Microsoft connection into
 * a run's setup, reads the first page of changes ahead (for a connection's run, every resource's in
 * one batch; see {@link ReadAhead}), then lets the {@link Runner} carry the run out.
 */
@Service
class ResourceRuns implements ResourceRun {

  private final Settings settings;
  private final MicrosoftConnections connections;
  private final Runner runner;
  private final JdbcResourceCursors cursors;
  private final Clock clock;
  private final Map<SyncResource, CrmItems<?>> crmSides = new EnumMap<>(SyncResource.class);
  private final Map<SyncResource, MicrosoftItems<?>> microsoftSides =
      new EnumMap<>(SyncResource.class);

  ResourceRuns(
      Settings settings,
      MicrosoftConnections connections,
      Runner runner,
      JdbcResourceCursors cursors,
      Clock clock,
      ObjectProvider<CrmItems<?>> crmSides,
      ObjectProvider<MicrosoftItems<?>> microsoftSides) {
    this.settings = settings;
    this.connections = connections;
    this.runner = runner;
    this.cursors = cursors;
    this.clock = clock;
    crmSides.orderedStream().forEach(side -> this.crmSides.put(side.resource(), side));
    microsoftSides.orderedStream().forEach(side -> this.microsoftSides.put(side.resource(), side));
  }

  /**
   * {@inheritDoc} The first page of changes is read in a batch of its own (one round trip, like a
   * single read), the way a connection's run reads all of its resources' first pages.
   */
  @Override
  public RunReport run(long userId, SyncResource resource, RunTrigger trigger, boolean dryRun) {
    return run(
        userId, resource, trigger, dryRun, readAhead(userId, List.of(resource), trigger, dryRun));
  }

  /**
   * Finds where each resource that will run lives and reads the first page of its changes, all of
   * them in one {@code $batch}; never throws (a run meets its failure when it reads).
   */
  ReadAhead readAhead(
      long userId, List<SyncResource> resources, RunTrigger trigger, boolean dryRun) {
    ResolvedSettings resolved = settings.forUser(userId);
    List<RunSetup<?>> setups = new ArrayList<>();
    for (SyncResource resource : resources) {
      if (reasonNotToRun(userId, resource, trigger, dryRun, resolved) == null) {
        setups.add(setup(userId, resource, trigger, dryRun, resolved));
      }
    }
    return ReadAhead.read(
        setups, cursors, connections::graph, () -> connections.mailboxFor(userId));
  }

  /** Runs the resource, starting from what {@code ahead} read for it if it read anything. */
  RunReport run(
      long userId, SyncResource resource, RunTrigger trigger, boolean dryRun, ReadAhead ahead) {
    Optional<RunSetup<?>> prepared = ahead.setup(resource);
    if (prepared.isPresent()) {
      return start(prepared.get());
    }
    ResolvedSettings resolved = settings.forUser(userId);
    RunReport notRun = reasonNotToRun(userId, resource, trigger, dryRun, resolved);
    return notRun != null ? notRun : start(setup(userId, resource, trigger, dryRun, resolved));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private RunReport start(RunSetup<?> setup) {
    // A setup's sides share one kind of item; the wildcard cannot say which.
    return runner.run((RunSetup) setup);
  }

  /** The report of a run that does not start, or null when the resource can run. */
  private RunReport reasonNotToRun(
      long userId,
      SyncResource resource,
      RunTrigger trigger,
      boolean dryRun,
      ResolvedSettings resolved) {
    if (!enabled(resolved, resource)) {
      return runner.notRun(
          userId, resource, trigger, dryRun, RunOutcome.NOT_RUN, null, "switched off");
    }
    MicrosoftConnection connection = connections.connection(userId);
    if (connection.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      return runner.notRun(
          userId,
          resource,
          trigger,
          dryRun,
          RunOutcome.RECONNECT_REQUIRED,
          SyncState.RECONNECT_REQUIRED,
          "the Microsoft account must be connected again");
    }
    if (!connection.usable() || connections.endpoints().isEmpty()) {
      return runner.notRun(
          userId, resource, trigger, dryRun, RunOutcome.NOT_RUN, null, "not connected");
    }
    if (!crmSides.containsKey(resource) || !microsoftSides.containsKey(resource)) {
      return runner.notRun(
          userId, resource, trigger, dryRun, RunOutcome.NOT_RUN, null, "not available yet");
    }
    if (runner.waitingForApproval(userId, resource)) {
      return runner.notRun(
          userId,
          resource,
          trigger,
          dryRun,
          RunOutcome.WAITING_FOR_APPROVAL,
          SyncState.WAITING_FOR_APPROVAL,
          "deletions wait for approval");
    }
    return null;
  }

  private <F extends SyncFields<F>> RunSetup<F> setup(
      long userId,
      SyncResource resource,
      RunTrigger trigger,
      boolean dryRun,
      ResolvedSettings resolved) {
    @SuppressWarnings("unchecked")
    CrmItems<F> crm = (CrmItems<F>) crmSides.get(resource);
    @SuppressWarnings("unchecked")
    MicrosoftItems<F> microsoft = (MicrosoftItems<F>) microsoftSides.get(resource);
    boolean calendar = resource == SyncResource.CALENDAR;
    SyncPolicy policy =
        new SyncPolicy(
            direction(
                resolved.value(
                    calendar ? SettingKeys.CALENDAR_DIRECTION : SettingKeys.TASKS_DIRECTION)),
            conflictPolicy(
                resolved.value(
                    calendar
                        ? SettingKeys.CALENDAR_CONFLICT_RESOLUTION
                        : SettingKeys.TASKS_CONFLICT_RESOLUTION)),
            resolved.value(SettingKeys.SYNC_MAX_DELETE_PERCENT));
    Instant now = clock.instant();
    SyncWindow window =
        new SyncWindow(
            now.minus(Duration.ofDays(resolved.value(SettingKeys.CALENDAR_WINDOW_PAST_DAYS))),
            now.plus(Duration.ofDays(resolved.value(SettingKeys.CALENDAR_WINDOW_FUTURE_DAYS))));
    return new RunSetup<F>(
        userId,
        resource,
        trigger,
        dryRun,
        policy,
        window,
        null,
        () ->
            microsoft.target(
                connections.graph(),
                connections.mailboxFor(userId),
                cursors.findOrNew(userId, resource).listId()),
        crm,
        microsoft);
  }

  static boolean enabled(ResolvedSettings resolved, SyncResource resource) {
    return switch (resource) {
      case CALENDAR ->
          resolved.value(SettingKeys.CALENDAR_SYNC_ENABLED)
              && resolved.value(SettingKeys.CALENDAR_ENABLED);
      case TASKS ->
          resolved.value(SettingKeys.TASKS_SYNC_ENABLED)
              && resolved.value(SettingKeys.TASKS_ENABLED);
    };
  }

  static Direction direction(SyncDirection direction) {
    return switch (direction) {
      case CRM_TO_MICROSOFT -> Direction.CRM_TO_MICROSOFT;
      case MICROSOFT_TO_CRM -> Direction.MICROSOFT_TO_CRM;
      case BIDIRECTIONAL -> Direction.BIDIRECTIONAL;
    };
  }

  static ConflictPolicy conflictPolicy(ConflictResolution resolution) {
    return switch (resolution) {
      case CRM_WINS -> ConflictPolicy.CRM_WINS;
      case MICROSOFT_WINS -> ConflictPolicy.MICROSOFT_WINS;
      case MOST_RECENT -> ConflictPolicy.MOST_RECENT;
      case MERGE_FIELDS -> ConflictPolicy.MERGE_FIELDS;
    };
  }
}
