package com.tandem.bench.sync;

import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.SyncResource;
import java.util.ArrayList;
import java.util.List;
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
        new Baselines(
            world,
            new BaselineStore(tandem.bean(DataSource.class)),
            new SameRowsStore(tandem.bean(DataSource.class)),
            tandem.jdbc());
  }

  /**
   * Measures the import, Microsoft to CRM, a few rounds each into a fresh mailbox and CRM user: the
   * first round runs while the JIT still compiles the code it uses, the later ones show a server
   * that has been running a while. The ratio each round is its own, against its own baseline.
   */
  void importToCrm() {
    int events = world.sizes.events();
    int tasks = world.sizes.tasks();
    int warmUp = world.sizes.warmUpItems();
    int rounds = world.sizes.importRounds();
    report.section(
        "First import Microsoft -> CRM: %d events + %d tasks, pages of %d, %d round(s)"
            .formatted(events, tasks, BenchWorld.PAGE_SIZE, rounds));
    world.seedMailbox("warmup-in", warmUp, warmUp / 5);
    long warmUser = tandem.linkedUser("warmup-in", BenchWorld.upn("warmup-in"));
    String warmList = world.defaultListId("warmup-in");
    baselines.importEvents("warmup-in", warmUser);
    baselines.importTasks("warmup-in", warmList, warmUser);
    long warmRows = tandem.linkedUser("warmup-in-rows", "rows-" + BenchWorld.upn("warmup-in"));
    baselines.importEventRows("warmup-in", warmRows);
    baselines.importTaskRows("warmup-in", warmList, warmRows);
    BenchWorld.run(tandem, warmUser, SyncResource.CALENDAR);
    BenchWorld.run(tandem, warmUser, SyncResource.TASKS);
    List<double[]> ratios = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      ratios.add(importRound(round, events, tasks));
    }
    if (rounds > 1) {
      report.line("  -- rounds 2..%d (after the first), median of each ratio:", rounds);
      List<double[]> later = ratios.subList(1, rounds);
      report.ratio("events: Tandem / baseline", median(later, 0), 1, TARGET);
      report.ratio("tasks: Tandem / baseline", median(later, 1), 1, TARGET);
      report.ratio("together: Tandem / baseline", median(later, 2), 1, TARGET);
      report.line(
          "  informative, against the same-rows baseline: events %.2f, tasks %.2f, together %.2f",
          median(later, 3), median(later, 4), median(later, 5));
    }
  }

  /** One import round into a fresh mailbox; returns the events, tasks and together ratios. */
  private double[] importRound(int round, int events, int tasks) {
    String user = "importer-" + round;
    report.line("  -- round %d%s", round, round == 1 ? " (the first: the JIT still compiles)" : "");
    world.addMicrosoftUser(user);
    long seeding = System.nanoTime();
    world.seedMailbox(user, events, tasks);
    report.line("  (mailbox seeded over HTTP in %.1f s, untimed)", seconds(seeding));
    long importer = tandem.linkedUser(user, BenchWorld.upn(user));
    String list = world.defaultListId(user);

    long baseRequests = world.graphRequests(user);
    double baseEvents =
        timed(
            "baseline: calendarView delta + JDBC batch",
            () -> baselines.importEvents(user, importer));
    double baseTasks =
        timed(
            "baseline: tasks delta + JDBC batch",
            () -> baselines.importTasks(user, list, importer));
    baseRequests = world.graphRequests(user) - baseRequests;
    long rowsUser = tandem.linkedUser(user + "-rows", "rows-" + BenchWorld.upn(user));
    double rowsEvents =
        timed(
            "same-rows baseline: delta + Tandem's 4 rows/event",
            () -> baselines.importEventRows(user, rowsUser));
    double rowsTasks =
        timed(
            "same-rows baseline: delta + Tandem's 4 rows/task",
            () -> baselines.importTaskRows(user, list, rowsUser));

    long before = world.graphRequests(user);
    Side calendar = sync(importer, SyncResource.CALENDAR, RunCounts::createdInCrm, events);
    Side todo = sync(importer, SyncResource.TASKS, RunCounts::createdInCrm, tasks);
    report.line(
        "  Graph requests: Tandem %d, baseline %d",
        world.graphRequests(user) - before, baseRequests);
    double[] ratios = ratios(calendar, todo, baseEvents, baseTasks, events, tasks);
    double sameRowsTogether =
        (events + tasks)
            / (calendar.seconds() + todo.seconds())
            / ((events + tasks) / (events / rowsEvents + tasks / rowsTasks));
    report.line(
        "  informative, against the same-rows baseline: events %.2f, tasks %.2f, together %.2f",
        calendar.rate() / rowsEvents, todo.rate() / rowsTasks, sameRowsTogether);
    return new double[] {
      ratios[0],
      ratios[1],
      ratios[2],
      calendar.rate() / rowsEvents,
      todo.rate() / rowsTasks,
      sameRowsTogether
    };
  }

  private static double median(List<double[]> rows, int column) {
    double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  /** Measures the reverse: a full CRM into an empty mailbox. */
  void exportToMicrosoft() {
    int events = world.sizes.events();
    int tasks = world.sizes.tasks();
    int warmUp = world.sizes.warmUpItems();
    report.section(
        ("First export CRM -> Microsoft: %d events + %d tasks, one POST each (the baseline one"
                + " after the other, Tandem three at once)")
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

  /** Reports the events, tasks and together ratios, and returns them in that order. */
  private double[] ratios(
      Side calendar, Side todo, double baseEvents, double baseTasks, int events, int tasks) {
    report.ratio("events: Tandem / baseline", calendar.rate(), baseEvents, TARGET);
    report.ratio("tasks: Tandem / baseline", todo.rate(), baseTasks, TARGET);
    double baseSeconds = events / baseEvents + tasks / baseTasks;
    double tandemRate = (events + tasks) / (calendar.seconds() + todo.seconds());
    double baseRate = (events + tasks) / baseSeconds;
    report.line(
        "  %-46s %8.0f items/s vs baseline %8.0f items/s",
        "events + tasks together", tandemRate, baseRate);
    report.ratio("together: Tandem / baseline", tandemRate, baseRate, TARGET);
    return new double[] {
      calendar.rate() / baseEvents, todo.rate() / baseTasks, tandemRate / baseRate
    };
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
