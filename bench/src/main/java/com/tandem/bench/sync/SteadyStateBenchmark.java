package com.tandem.bench.sync;

import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs after the first sync: connections where nothing changed (Graph round trips, Graph requests
 * and CPU per connection) and one where one event changed on one side (the requests it takes). Each
 * run is a run of the whole connection, as the schedule and Sync now make it. Tandem reaches Graph
 * through the counting proxy here, from the connections' first run on, so that their stored delta
 * links lead through it too.
 */
final class SteadyStateBenchmark {

  private static final int EVENTS_EACH = 5;
  private static final int TASKS_EACH = 3;

  private final BenchWorld world;
  private final InProcessTandem tandem;
  private final Report report;
  private final List<Long> users = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  SteadyStateBenchmark(BenchWorld world, InProcessTandem tandem) {
    this.world = world;
    this.tandem = tandem;
    this.report = world.report;
  }

  /** The names of the Microsoft users the idle connections need. */
  static List<String> idleUsers(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add("idle-%04d".formatted(i));
    }
    return out;
  }

  /**
   * Measures the two runs after the first import of the large mailbox: the first may see echoes of
   * what the import wrote, the second has nothing to do.
   */
  void largeIdle() {
    report.section(
        "Idle runs of the imported connection (%d events + %d tasks)"
            .formatted(world.sizes.events(), world.sizes.tasks()));
    long user =
        tandem
            .jdbc()
            .sql("SELECT id FROM users WHERE username = 'importer-1'")
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotMeasurable("needs the first import"));
    for (String what : new String[] {"first run after the import", "second run"}) {
      long before = world.graphRequests("importer-1");
      long start = System.nanoTime();
      CpuMeter cpu = CpuMeter.start();
      StringBuilder counts = new StringBuilder();
      for (RunReport run : BenchWorld.runConnection(tandem, user)) {
        counts.append(' ').append(run.resource()).append(' ').append(describe(run.counts()));
      }
      CpuMeter.Used used = cpu.stop();
      report.line(
          "  %-28s %d Graph requests, CPU %.0f ms Tandem threads / %.0f ms process, %.0f ms wall;%s",
          what + ":",
          world.graphRequests("importer-1") - before,
          used.tandemNanos() / 1e6,
          used.processNanos() / 1e6,
          (System.nanoTime() - start) / 1e6,
          counts);
    }
  }

  /** Measures idle runs over the configured number of connections. */
  void idle() {
    int count = world.sizes.idleConnections();
    report.section(
        "Idle run: %d connections of %d events + %d tasks, nothing changed since the last run"
            .formatted(count, EVENTS_EACH, TASKS_EACH));
    tandem.settings(Map.of(SettingKeys.AZURE_GRAPH_URL, world.proxy.baseUrl()));
    CalendarEvents calendar = tandem.bean(CalendarEvents.class);
    Tasks todo = tandem.bean(Tasks.class);
    for (String name : idleUsers(count)) {
      world.seedMailbox(name, EVENTS_EACH, TASKS_EACH);
      long id = tandem.linkedUser(name, BenchWorld.upn(name));
      for (int i = EVENTS_EACH; i < 2 * EVENTS_EACH; i++) {
        calendar.create(id, world.items.eventFields(i), Origin.CRM);
      }
      for (int i = TASKS_EACH; i < 2 * TASKS_EACH; i++) {
        todo.create(id, world.items.taskFields(i), Origin.CRM);
      }
      users.add(id);
      names.add(name);
    }
    runAll("first sync (both ways)");
    runAll("second run (sees the echoes of the first run's own writes)");
    Measured idle = runAll("idle run");
    report.line(
        "  per connection (calendar + tasks): %.2f HTTP round trips (aim: 1), %.2f Graph requests,"
            + " CPU %.2f ms Tandem threads / %.2f ms whole process (emulator included),"
            + " %.1f ms wall",
        idle.roundTrips / (double) count,
        idle.graphRequests / (double) count,
        idle.cpu.tandemMillisPer(count),
        idle.cpu.processMillisPer(count),
        idle.wallMillis / count);
    idle.byKind.forEach(
        (kind, n) -> report.line("    %-44s %.2f per connection", kind, n / (double) count));
  }

  /** Measures the requests one changed event takes, changed in the CRM, then in Outlook. */
  void oneChange() {
    if (users.isEmpty()) {
      throw new NotMeasurable("needs the idle connections");
    }
    report.section(
        "One change: one event edited, then one run of the connection (calendar and tasks)"
            + " (aim: one delta read and one write)");
    long user = users.get(0);
    CalendarEvents calendar = tandem.bean(CalendarEvents.class);
    CalendarEvent event = calendar.list(user, null, null, 0, 1).get(0);
    CalendarEventFields f = event.fields();
    calendar.update(
        user,
        event.id(),
        new CalendarEventFields(
            f.title() + " (moved)",
            f.description(),
            f.start().plusHours(1),
            f.end().plusHours(1),
            f.timeZone(),
            f.allDay(),
            f.location(),
            f.attendees(),
            f.reminderMinutes(),
            f.showAs(),
            f.isPrivate(),
            f.recurrence()),
        Origin.CRM,
        null);
    oneConnection("edited in the CRM", user, names.get(0));
    String outlookId =
        world
            .direct
            .get("/v1.0/users/" + BenchWorld.upn(names.get(0)) + "/events?$top=1")
            .path("value")
            .get(0)
            .path("id")
            .asString();
    world.direct.patch(
        "/v1.0/users/" + BenchWorld.upn(names.get(0)) + "/events/" + outlookId,
        "{\"subject\":\"Edited in Outlook\"}");
    oneConnection("edited in Outlook", user, names.get(0));
  }

  private void oneConnection(String what, long user, String name) {
    world.proxy.reset();
    long before = world.graphRequests(name);
    List<RunReport> runs = BenchWorld.runConnection(tandem, user);
    Map<String, Long> byKind = world.proxy.byKind();
    long reads = 0;
    long writes = 0;
    for (Map.Entry<String, Long> kind : byKind.entrySet()) {
      if (kind.getKey().startsWith("GET ") || kind.getKey().endsWith("/$batch")) {
        reads += kind.getValue();
      } else {
        writes += kind.getValue();
      }
    }
    StringBuilder counts = new StringBuilder();
    runs.forEach(
        run ->
            counts.append(' ').append(run.resource()).append(' ').append(describe(run.counts())));
    report.line(
        "  %-18s %d HTTP round trips: %d reading (delta, both resources in one $batch),"
            + " %d writing; %d Graph requests ($batch members singly) %s;%s",
        what,
        world.proxy.total(),
        reads,
        writes,
        world.graphRequests(name) - before,
        byKind,
        counts);
    for (RunReport run : runs) {
      if (run.outcome() != RunOutcome.SUCCEEDED) {
        report.line("  !! %s outcome %s: %s", run.resource(), run.outcome(), run.message());
      }
    }
  }

  private record Measured(
      long roundTrips,
      long graphRequests,
      CpuMeter.Used cpu,
      double wallMillis,
      Map<String, Long> byKind) {}

  private Measured runAll(String what) {
    world.proxy.reset();
    long before = graphRequests();
    int notIdle = 0;
    int failed = 0;
    long start = System.nanoTime();
    CpuMeter cpu = CpuMeter.start();
    for (long user : users) {
      for (RunReport run : BenchWorld.runConnection(tandem, user)) {
        failed += run.outcome() == RunOutcome.SUCCEEDED ? 0 : 1;
        notIdle += moved(run.counts()) > 0 ? 1 : 0;
      }
    }
    CpuMeter.Used used = cpu.stop();
    double wall = (System.nanoTime() - start) / 1e6;
    Measured m =
        new Measured(
            world.proxy.total(), graphRequests() - before, used, wall, world.proxy.byKind());
    report.line(
        "  %-62s %5d round trips, %5d Graph requests, %d runs that moved items, %d not succeeded",
        what + ":", m.roundTrips, m.graphRequests, notIdle, failed);
    return m;
  }

  private long graphRequests() {
    return names.stream().mapToLong(world::graphRequests).sum();
  }

  private static int moved(RunCounts c) {
    return c.created() + c.updated() + c.deleted() + c.conflicts() + c.held();
  }

  private static String describe(RunCounts c) {
    return "(to CRM +%d ~%d -%d, to Microsoft +%d ~%d -%d)"
        .formatted(
            c.createdInCrm(),
            c.updatedInCrm(),
            c.deletedInCrm(),
            c.createdInMicrosoft(),
            c.updatedInMicrosoft(),
            c.deletedInMicrosoft());
  }
}
