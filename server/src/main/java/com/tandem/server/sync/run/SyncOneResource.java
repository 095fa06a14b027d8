package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.account.ConnectionStatus;
import com.tandem.server.account.MicrosoftConnection;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.Settings;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.SyncedResource;
import com.tandem.server.sync.resource.SyncedResources;
import com.tandem.server.sync.store.JdbcResourceCursors;
import com.tandem.server.sync.store.ResourceCursor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The {@link ResourceRun} of the server: resolves the user's settings and Microsoft connection into
 * a run's setup for the {@link SyncedResource}, reads the first page of changes ahead (for a
 * connection's run, every resource's in one batch; see {@link ReadAhead}), then lets the {@link
 * ResourceRunner} carry the run out.
 */
@Service
public class SyncOneResource implements ResourceRun {

  private final Settings settings;
  private final MicrosoftConnections connections;
  private final ResourceRunner runner;
  private final JdbcResourceCursors cursors;
  private final Clock clock;
  private final SyncedResources resources;

  SyncOneResource(
      Settings settings,
      MicrosoftConnections connections,
      ResourceRunner runner,
      JdbcResourceCursors cursors,
      Clock clock,
      SyncedResources resources) {
    this.settings = settings;
    this.connections = connections;
    this.runner = runner;
    this.cursors = cursors;
    this.clock = clock;
    this.resources = resources;
  }

  /**
   * {@inheritDoc} Finds where each resource that will run lives and reads the first page of its
   * changes, all of them in one {@code $batch}.
   */
  @Override
  public ReadAhead readAhead(
      long userId, List<SyncResource> ids, RunTrigger trigger, boolean dryRun) {
    ResolvedSettings resolved = settings.forUser(userId);
    List<RunContext<?>> setups = new ArrayList<>();
    for (SyncResource id : ids) {
      RunRequest request = new RunRequest(userId, id, trigger, dryRun);
      if (reasonNotToRun(request, resolved) == null) {
        setups.add(setup(request, resources.get(id), resolved));
      }
    }
    return ReadAhead.read(setups, connections::graph, () -> connections.mailboxFor(userId));
  }

  @Override
  public RunReport run(RunRequest request, ReadAhead ahead) {
    Optional<RunContext<?>> prepared = ahead.setup(request.resource());
    if (prepared.isPresent()) {
      return start(prepared.get());
    }
    ResolvedSettings resolved = settings.forUser(request.userId());
    RunReport notRun = reasonNotToRun(request, resolved);
    return notRun != null
        ? notRun
        : start(setup(request, resources.get(request.resource()), resolved));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private RunReport start(RunContext<?> setup) {
    // A setup's sides share one kind of item; the wildcard cannot say which.
    return runner.run((RunContext) setup);
  }

  /** The report of a run that does not start, or null when the resource can run. */
  private RunReport reasonNotToRun(RunRequest request, ResolvedSettings resolved) {
    Optional<SyncedResource<?>> resource = resources.find(request.resource());
    if (resource.isEmpty()) {
      return runner.notRun(request, RunOutcome.NOT_RUN, null, "not available yet");
    }
    if (!resource.get().enabled(resolved)) {
      return runner.notRun(request, RunOutcome.NOT_RUN, null, "switched off");
    }
    MicrosoftConnection connection = connections.connection(request.userId());
    if (connection.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      return runner.notRun(
          request,
          RunOutcome.RECONNECT_REQUIRED,
          SyncState.RECONNECT_REQUIRED,
          "the Microsoft account must be connected again");
    }
    if (!connection.usable() || connections.endpoints().isEmpty()) {
      return runner.notRun(request, RunOutcome.NOT_RUN, null, "not connected");
    }
    if (runner.waitingForApproval(request.userId(), request.resource())) {
      return runner.notRun(
          request,
          RunOutcome.WAITING_FOR_APPROVAL,
          SyncState.WAITING_FOR_APPROVAL,
          "deletions wait for approval");
    }
    return null;
  }

  private <F extends SyncFields<F>> RunContext<F> setup(
      RunRequest request, SyncedResource<F> resource, ResolvedSettings resolved) {
    MicrosoftItems<F> microsoft = resource.microsoft();
    long userId = request.userId();
    ResourceCursor cursor = cursors.findOrNew(userId, request.resource());
    return new RunContext<>(
        request,
        resource,
        resource.policy(resolved),
        resource.window(resolved, clock.instant()),
        cursor,
        microsoft,
        null,
        () ->
            microsoft.target(connections.graph(), connections.mailboxFor(userId), cursor.listId()));
  }
}
