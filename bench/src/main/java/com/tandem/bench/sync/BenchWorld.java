package com.tandem.bench.sync;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.run.ResourceRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What every benchmark shares: the emulator (tenant {@code bench}, one application in application
 * mode), the counting proxy in front of it, the bare HTTP loop, the sample items and the report.
 */
final class BenchWorld implements AutoCloseable {

  static final String TENANT = "bench";
  static final String CLIENT_ID = "99999999-8888-7777-6666-555555555555";
  static final String SECRET = "bench-secret";

  /** Graph pages Tandem asks for ({@code GraphClient}'s default), and so the baseline too. */
  static final int PAGE_SIZE = 100;

  final Sizes sizes;
  final Report report;
  final Path dir;
  final GraphEmulator emulator;
  final CountingProxy proxy;
  final GraphLoop direct;
  final SampleItems items = new SampleItems(LocalDate.now(ZoneOffset.UTC));

  private BenchWorld(Sizes sizes, Report report, Path dir, GraphEmulator emulator)
      throws IOException {
    this.sizes = sizes;
    this.report = report;
    this.dir = dir;
    this.emulator = emulator;
    // No limit on requests per ten minutes: seeding alone makes more than Outlook's 10,000.
    emulator.control().limits(4, Integer.MAX_VALUE);
    this.proxy = CountingProxy.start(emulator.baseUrl());
    this.direct =
        new GraphLoop(emulator.baseUrl(), emulator.control().applicationToken(TENANT, CLIENT_ID));
  }

  /** Starts the emulator with the tenant's users and the proxy in front of it. */
  static BenchWorld start(Sizes sizes, Report report, Path dir, List<String> users)
      throws IOException {
    Seed.Builder seed = Seed.builder().tenant(TENANT);
    for (String user : users) {
      seed.user(upn(user), user, "Passw0rd!");
    }
    seed.application(
        CLIENT_ID,
        SECRET,
        List.of("http://localhost:8080/connect/microsoft/callback"),
        List.of("Calendars.ReadWrite", "Tasks.ReadWrite", "User.Read.All"));
    return new BenchWorld(sizes, report, dir, GraphEmulator.start(seed.build()));
  }

  /** The Microsoft user name of a benchmark user. */
  static String upn(String user) {
    return user + "@bench.test";
  }

  /** Adds a Microsoft user to the tenant. */
  void addMicrosoftUser(String user) {
    emulator.control().addUser(TENANT, new Seed.User(upn(user), user, "Passw0rd!"));
  }

  /** Tandem, in application mode against the emulator ({@code viaProxy}: through the proxy). */
  InProcessTandem startTandem(String name, boolean viaProxy, String... properties)
      throws IOException {
    InProcessTandem tandem = InProcessTandem.start(dir.resolve(name), properties);
    tandem.applicationMode(
        TENANT,
        CLIENT_ID,
        SECRET,
        emulator.baseUrl(),
        viaProxy ? proxy.baseUrl() : emulator.baseUrl());
    return tandem;
  }

  /** The id of the user's default To Do list. */
  String defaultListId(String user) {
    for (JsonNode list : direct.get("/v1.0/users/" + upn(user) + "/todo/lists").path("value")) {
      if ("defaultList".equals(list.path("wellknownListName").asString(""))) {
        return list.path("id").asString();
      }
    }
    throw new IllegalStateException("no default To Do list for " + user);
  }

  /** Creates events {@code 0..events-1} and tasks {@code 0..tasks-1} in the user's mailbox. */
  void seedMailbox(String user, int events, int tasks) {
    String mailbox = "/v1.0/users/" + upn(user);
    direct.postAll(mailbox + "/events", events, 4, i -> items.eventJson(i));
    String list = defaultListId(user);
    direct.postAll(mailbox + "/todo/lists/" + list + "/tasks", tasks, 4, items::taskJson);
  }

  /** The calendar window Tandem uses with the default settings (365 days back, 730 ahead). */
  static String calendarWindowQuery() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return "startDateTime="
        + now.minus(365, ChronoUnit.DAYS)
        + "&endDateTime="
        + now.plus(730, ChronoUnit.DAYS);
  }

  /** Graph requests the emulator served for the user's mailbox so far ($batch members singly). */
  long graphRequests(String user) {
    return emulator.control().requestCounts(upn(user)).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /** Runs one resource of one connection through Tandem's sync, as Sync now does. */
  static RunReport run(InProcessTandem tandem, long userId, SyncResource resource) {
    ResourceRun run =
        tandem
            .resourceRun()
            .orElseThrow(
                () ->
                    new NotMeasurable(
                        "this build has no ResourceRun bean (the sync run is not on main yet)"));
    RunReport report = run.run(userId, resource, RunTrigger.SYNC_NOW, false);
    if (report.outcome() == RunOutcome.NOT_RUN) {
      throw new NotMeasurable(resource + " did not run: " + report.message());
    }
    return report;
  }

  /**
   * Runs every resource of one connection through Tandem's sync, as Sync now and the schedule do
   * (the first pages of all resources' changes are read together); returns one report per resource.
   */
  static List<RunReport> runConnection(InProcessTandem tandem, long userId) {
    SyncNow syncNow =
        tandem.syncNow().orElseThrow(() -> new NotMeasurable("this build has no SyncNow bean"));
    List<RunReport> reports = syncNow.run(userId, Set.of(), RunTrigger.SYNC_NOW, false);
    if (reports.isEmpty()) {
      throw new NotMeasurable("no resource of the connection ran");
    }
    for (RunReport report : reports) {
      if (report.outcome() == RunOutcome.NOT_RUN) {
        throw new NotMeasurable(report.resource() + " did not run: " + report.message());
      }
    }
    return reports;
  }

  @Override
  public void close() {
    proxy.close();
    emulator.close();
  }
}
