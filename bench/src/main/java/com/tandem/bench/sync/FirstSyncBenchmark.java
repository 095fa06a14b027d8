package com.tandem.bench.sync;

import com.tandem.server.activity.CalendarEvents;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.Tasks;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.SyncResource;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;

/**
 * The first sync of a full mailbox into an empty CRM, and of a full CRM into an empty mailbox,
 * through Tandem's real runs, each against its bare baseline measured just before on the same data.
 * A small warm-up moves the same kinds of items both ways first, untimed.
 */
final class FirstSyncBenchmark {

  private static final double TARGET = 0.5;

  private final BenchWorld world;
  private final InProcessTandem tandem;
  private final Report report;
  private final Baselines baselines;

  FirstSyncBenchmark(BenchWorld world, InProcessTandem tandem) {
    this.world = world;
    this.tandem = tandem;
    this.report = world.report;
    this.baselines =
        new Baselines(world, new BaselineStore(tandem.bean(DataSource.class)), tandem.jdbc());
  }

  /** Measures the import, Microsoft to CRM. */
  void importToCrm() {
    int events = world.sizes.events();
    int tasks = world.sizes.tasks();
    int warmUp = world.sizes.warmUpItems();
    report.section(
        "First import Microsoft -> CRM: %d events + %d tasks, pages of %d"
            .formatted(events, tasks, BenchWorld.PAGE_SIZE));
    long seeding = System.nanoTime();
    world.seedMailbox("importer", events, tasks);
    world.seedMailbox("warmup-in", warmUp, warmUp / 5);
    report.line("  (mailboxes seeded over HTTP in %.1f s, untimed)", seconds(seeding));
    long importer = tandem.linkedUser("importer", BenchWorld.upn("importer"));
    long warmUser = tandem.linkedUser("warmup-in", BenchWorld.upn("warmup-in"));
    String list = world.defaultListId("importer");
    String warmList = world.defaultListId("warmup-in");

    baselines.importEvents("warmup-in", warmUser);
    baselines.importTasks("warmup-in", warmList, warmUser);
    long baseRequests = world.graphRequests("importer");
    double baseEvents =
        timed(
            "baseline: calendarView delta + JDBC batch",
            () -> baselines.importEvents("importer", importer));
    double baseTasks =
        timed(
            "baseline: tasks delta + JDBC batch",
            () -> baselines.importTasks("importer", list, importer));
    baseRequests = world.graphRequests("importer") - baseRequests;

    BenchWorld.run(tandem, warmUser, SyncResource.CALENDAR);
    BenchWorld.run(tandem, warmUser, SyncResource.TASKS);
    long before = world.graphRequests("importer");
    Side calendar = sync(importer, SyncResource.CALENDAR, RunCounts::createdInCrm, events);
    Side todo = sync(importer, SyncResource.TASKS, RunCounts::createdInCrm, tasks);
    report.line(
        "  Graph requests: Tandem %d, baseline %d",
        world.graphRequests("importer") - before, baseRequests);
    ratios(calendar, todo, baseEvents, baseTasks, events, tasks);
  }

  /** Measures the reverse: a full CRM into an empty mailbox. */
  void exportToMicrosoft() {
    int events = world.sizes.events();
    int tasks = world.sizes.tasks();
    int warmUp = world.sizes.warmUpItems();
    report.section(
        "First export CRM -> Microsoft: %d events + %d tasks, one POST each"
            .formatted(events, tasks));
    long exporter = tandem.linkedUser("exporter", BenchWorld.upn("exporter"));
    long warmUser = tandem.linkedUser("warmup-out", BenchWorld.upn("warmup-out"));
    long seeding = System.nanoTime();
    seedCrm(exporter, events, tasks);
    seedCrm(warmUser, warmUp, warmUp / 5);
    report.line("  (CRM seeded through the activity stores in %.1f s, untimed)", seconds(seeding));

    baselines.exportEvents(warmUser, "warmup-target");
    baselines.exportTasks(warmUser, "warmup-target", world.defaultListId("warmup-target"));
    String list = world.defaultListId("baseline-target");
    long baseRequests = world.graphRequests("baseline-target");
    double baseEvents =
        timed(
            "baseline: sequential POST /events",
            () -> baselines.exportEvents(exporter, "baseline-target"));
    double baseTasks =
        timed(
            "baseline: sequential POST /tasks",
            () -> baselines.exportTasks(exporter, "baseline-target", list));
    baseRequests = world.graphRequests("baseline-target") - baseRequests;

    BenchWorld.run(tandem, warmUser, SyncResource.CALENDAR);
    BenchWorld.run(tandem, warmUser, SyncResource.TASKS);
    long before = world.graphRequests("exporter");
    Side calendar = sync(exporter, SyncResource.CALENDAR, RunCounts::createdInMicrosoft, events);
    Side todo = sync(exporter, SyncResource.TASKS, RunCounts::createdInMicrosoft, tasks);
    report.line(
        "  Graph requests: Tandem %d, baseline %d",
        world.graphRequests("exporter") - before, baseRequests);
    ratios(calendar, todo, baseEvents, baseTasks, events, tasks);
  }

  private record Side(double seconds, double rate) {}

  private Side sync(
      long userId, SyncResource resource, ToIntFunction<RunCounts> done, int expected) {
    long start = System.nanoTime();
    CpuMeter cpu = CpuMeter.start();
    RunReport run = BenchWorld.run(tandem, userId, resource);
    CpuMeter.Used used = cpu.stop();
    double seconds = seconds(start);
    int moved = done.applyAsInt(run.counts());
    double rate = report.rate("Tandem " + resource + " run", moved, seconds);
    report.line(
        "    CPU %.2f ms/item in Tandem's threads, %.2f ms/item whole process (emulator included)",
        used.tandemMillisPer(moved), used.processMillisPer(moved));
    if (moved != expected || run.counts().skipped() > 0) {
      report.line(
          "  !! %s run: outcome %s, %d of %d items moved, %d skipped, message: %s",
          resource, run.outcome(), moved, expected, run.counts().skipped(), run.message());
    }
    return new Side(seconds, rate);
  }

  private void ratios(
      Side calendar, Side todo, double baseEvents, double baseTasks, int events, int tasks) {
    report.ratio("events: Tandem / baseline", calendar.rate(), baseEvents, TARGET);
    report.ratio("tasks: Tandem / baseline", todo.rate(), baseTasks, TARGET);
    double baseSeconds = events / baseEvents + tasks / baseTasks;
    double tandemRate = (events + tasks) / (calendar.seconds() + todo.seconds());
    report.line(
        "  %-46s %8.0f items/s vs baseline %8.0f items/s",
        "events + tasks together", tandemRate, (events + tasks) / baseSeconds);
    report.ratio("together: Tandem / baseline", tandemRate, (events + tasks) / baseSeconds, TARGET);
  }

  private double timed(String what, IntSupplier work) {
    long start = System.nanoTime();
    int items = work.getAsInt();
    return report.rate(what, items, seconds(start));
  }

  private void seedCrm(long userId, int events, int tasks) {
    CalendarEvents calendar = tandem.bean(CalendarEvents.class);
    Tasks todo = tandem.bean(Tasks.class);
    for (int i = 0; i < events; i++) {
      calendar.create(userId, world.items.eventFields(i), Origin.CRM);
    }
    for (int i = 0; i < tasks; i++) {
      todo.create(userId, world.items.taskFields(i), Origin.CRM);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
