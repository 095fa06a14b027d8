package com.tandem.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.graph.GraphClient;
import com.tandem.graph.GraphEndpoints;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.TodoTask;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tandem as its own process on its embedded H2, against the emulator, killed with SIGKILL at random
 * moments while two-way runs go on, API writes are answered and Outlook is edited; restarted each
 * time and finally run until nothing moves. Then: every write the API acknowledged is there after
 * each restart, no item is duplicated on either side, no edit is lost, and Sync now is taken at
 * once after a restart. Items are edited only on the side that made them, so the expected end state
 * needs no conflict rule.
 *
 * <p>CI runs a few kills; {@code -Dtandem.crash.kills=30 -Dtandem.crash.users=3
 * -Dtandem.crash.events=400 -Dtandem.crash.tasks=150} is the long mode, and {@code
 * -Dtandem.crash.seed=N} replays a run (the seed is printed first); {@code -Dtandem.crash.jar=…}
 * tries another build of the server.
 */
class CrashIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TENANT = "contoso";

  private final long seed = Long.getLong("tandem.crash.seed", new Random().nextLong());
  private final int kills = Integer.getInteger("tandem.crash.kills", 3);
  private final int userCount = Integer.getInteger("tandem.crash.users", 2);
  private final int eventsPerUser = Integer.getInteger("tandem.crash.events", 60);
  private final int tasksPerUser = Integer.getInteger("tandem.crash.tasks", 30);
  private final Random random = new Random(seed);
  private final LocalDateTime day =
      LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(9);

  private GraphEmulator emulator;
  private GraphClient graph;
  private TandemProcess tandem;
  private final List<Person> people = new ArrayList<>();
  private final List<String> lost = new CopyOnWriteArrayList<>();
  private int acknowledgedChecked;
  private final java.util.concurrent.atomic.AtomicInteger acknowledgedWrites =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger outlookEdits =
      new java.util.concurrent.atomic.AtomicInteger();
  private int uncertainResolved;
  private int names;

  enum Kind {
    EVENT,
    TASK
  }

  /** A CRM user and the Microsoft user they are linked to. */
  record Person(long userId, String upn, Mailbox mailbox, String listId, List<Item> items) {}

  /** One logical item: made and edited on one side only; {@code title} is how it must end. */
  static final class Item {
    final Kind kind;
    final boolean crmOwned;
    String crmId;
    String outlookId;
    String title;
    boolean live = true;

    /** A CRM write that got no answer: it may or may not have happened. */
    Uncertain uncertain;

    Item(Kind kind, boolean crmOwned, String title) {
      this.kind = kind;
      this.crmOwned = crmOwned;
      this.title = title;
    }
  }

  /** The state before and after a write that got no answer. */
  record Uncertain(String beforeTitle, boolean beforeLive, String afterTitle, boolean afterLive) {}

  @Test
  void killedAtRandomMomentsItLosesNothingAndDuplicatesNothing() throws Exception {
    System.out.printf(
        "CrashIT seed=%d kills=%d users=%d events=%d tasks=%d (replay: -Dtandem.crash.seed=%d)%n",
        seed, kills, userCount, eventsPerUser, tasksPerUser, seed);
    Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-it-");
    emulator = GraphEmulator.start(freePort(), Seed.demo());
    graph =
        GraphClient.builder(
                GraphEndpoints.of(emulator.baseUrl(), TENANT, emulator.baseUrl()),
                mailbox -> emulator.control().applicationToken(TENANT, Seed.DEMO_CLIENT_ID))
            .build();
    Path jar = Path.of(System.getProperty("tandem.crash.jar", "target/tandem.jar"));
    tandem = new TandemProcess(jar, dataDir, freePort());
    int restartsTakingSyncNowAtOnce = 0;
    try {
      tandem.start();
      setUp();
      for (int kill = 1; kill <= kills; kill++) {
        busyThenKilled(kill);
        outlookWhileDown();
        tandem.start();
        checkAcknowledgedWritesAndResolveTheRest();
        if (syncNowIsTakenSoon()) {
          restartsTakingSyncNowAtOnce++;
        }
      }
      int rounds = runUntilNothingMoves();
      Map<String, Integer> duplicates = new HashMap<>();
      List<String> mismatches = compare(duplicates);
      System.out.printf(
          "CrashIT: %d kills; %d API writes answered, %d Outlook edits; %d item checks after"
              + " restarts, %d unanswered writes resolved; %d lost, %d duplicates, %d mismatches;"
              + " quiet after %d rounds%n",
          kills,
          acknowledgedWrites.get(),
          outlookEdits.get(),
          acknowledgedChecked,
          uncertainResolved,
          lost.size(),
          duplicates.size(),
          mismatches.size(),
          rounds);
      assertThat(lost).as("acknowledged writes lost (seed %d)", seed).isEmpty();
      assertThat(duplicates).as("duplicated items (seed %d)", seed).isEmpty();
      assertThat(mismatches).as("lost edits (seed %d)", seed).isEmpty();
      assertThat(restartsTakingSyncNowAtOnce).as("restarts that took Sync now").isEqualTo(kills);
    } finally {
      tandem.close();
      emulator.close();
    }
  }

  // --- set-up: users linked in application mode, items on both sides, a first sync

  private void setUp() throws IOException {
    String settings =
        """
        {"azure.client_id": "%s", "azure.client_secret": "%s", "azure.tenant_id": "%s",
         "azure.cloud": "CUSTOM", "azure.authority_url": "%s", "azure.graph_url": "%s",
         "azure.auth_mode": "APPLICATION", "integrations.calendar_enabled": true,
         "integrations.tasks_enabled": true, "sync.interval_minutes": 1}
        """
            .formatted(
                Seed.DEMO_CLIENT_ID,
                Seed.DEMO_CLIENT_SECRET,
                TENANT,
                emulator.baseUrl(),
                emulator.baseUrl());
    ok(tandem.answer("PATCH", "/api/v1/settings/system", settings));
    long org =
        json(ok(tandem.answer("POST", "/api/v1/organizations", "{\"name\":\"Crash\"}")))
            .get("id")
            .asLong();
    for (int i = 0; i < userCount; i++) {
      String upn = "crash" + i + "@contoso.test";
      emulator.control().addUser(TENANT, new Seed.User(upn, "Crash " + i, "Passw0rd!"));
      long id =
          json(ok(
                  tandem.answer(
                      "POST",
                      "/api/v1/users",
                      ("{\"username\":\"crash%d\",\"email\":\"%s\",\"displayName\":\"Crash %d\","
                              + "\"organizationId\":%d,\"roles\":[\"USER\"],"
                              + "\"password\":\"crash-password-%d\"}")
                          .formatted(i, upn, i, org, i))))
              .get("id")
              .asLong();
      ok(tandem.answer("PUT", "/api/v1/users/" + id + "/microsoft-account/link", "{}"));
      Mailbox mailbox = Mailbox.user("app", upn);
      String listId = graph.todoLists().defaultList(mailbox).orElseThrow().id();
      Person person = new Person(id, upn, mailbox, listId, new ArrayList<>());
      people.add(person);
      for (int n = 0; n < eventsPerUser; n++) {
        if (n % 2 == 0) {
          crmCreate(person, Kind.EVENT);
        } else {
          outlookCreate(person, Kind.EVENT);
        }
      }
      for (int n = 0; n < tasksPerUser; n++) {
        if (n % 2 == 0) {
          crmCreate(person, Kind.TASK);
        } else {
          outlookCreate(person, Kind.TASK);
        }
      }
    }
  }

  // --- one phase: runs, API writes and Outlook edits at once, then SIGKILL at a random moment

  private void busyThenKilled(int kill) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newCachedThreadPool();
    List<Future<?>> work = new ArrayList<>();
    try {
      for (Person person : people) {
        work.add(pool.submit(() -> keepSyncing(person, stop)));
      }
      work.add(pool.submit(() -> keepWritingTheCrm(stop)));
      work.add(pool.submit(() -> keepEditingOutlook(stop)));
      // Early kills land in the first import; later ones anywhere in the runs.
      long delay = kill == 1 ? 300 + random.nextInt(1500) : 200 + random.nextInt(4000);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delay));
      tandem.kill();
      stop.set(true);
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void keepSyncing(Person person, AtomicBoolean stop) {
    while (!stop.get()) {
      try {
        tandem.call("POST", "/api/v1/users/" + person.userId() + "/sync", null);
      } catch (IOException killed) {
        return;
      }
    }
  }

  private void keepWritingTheCrm(AtomicBoolean stop) {
    int creates = 0;
    int deletes = 0;
    while (!stop.get()) {
      Person person = people.get(random(people.size()));
      int roll = random(10);
      boolean answered;
      if (roll < 2 && creates < 10) {
        creates++;
        answered = crmCreate(person, random(2) == 0 ? Kind.EVENT : Kind.TASK);
      } else if (roll < 3 && deletes < 3) {
        deletes++;
        answered = crmEdit(person, true);
      } else {
        answered = crmEdit(person, false);
      }
      if (!answered) {
        return;
      }
    }
  }

  private void keepEditingOutlook(AtomicBoolean stop) {
    int creates = 0;
    int deletes = 0;
    while (!stop.get()) {
      Person person = people.get(random(people.size()));
      int roll = random(10);
      if (roll < 2 && creates < 10) {
        creates++;
        outlookCreate(person, random(2) == 0 ? Kind.EVENT : Kind.TASK);
      } else if (roll < 3 && deletes < 3) {
        deletes++;
        outlookEdit(person, true);
      } else {
        outlookEdit(person, false);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }

  private void outlookWhileDown() {
    for (int i = 0; i < 5; i++) {
      outlookEdit(people.get(random(people.size())), false);
    }
  }

  // --- the CRM side, through the API: answered writes are certain, unanswered ones are not

  /** Creates an item in the CRM; false when the server gave no answer. */
  private boolean crmCreate(Person person, Kind kind) {
    Item item = new Item(kind, true, title(kind));
    synchronized (person.items()) {
      person.items().add(item);
    }
    String path =
        "/api/v1/users/" + person.userId() + (kind == Kind.EVENT ? "/calendar-events" : "/tasks");
    try {
      HttpResponse<String> created = tandem.call("POST", path, crmBody(kind, item.title));
      ok(created);
      item.crmId = json(created).get("id").asString();
      acknowledgedWrites.incrementAndGet();
      return true;
    } catch (IOException killed) {
      item.uncertain = new Uncertain(null, false, item.title, true);
      return false;
    }
  }

  /** Renames or deletes a live CRM-made item; false when the server gave no answer. */
  private boolean crmEdit(Person person, boolean delete) {
    Item item = pick(person, true);
    if (item == null) {
      return true;
    }
    String path =
        "/api/v1/users/"
            + person.userId()
            + (item.kind == Kind.EVENT ? "/calendar-events/" : "/tasks/")
            + item.crmId;
    String renamed = delete ? null : title(item.kind);
    try {
      HttpResponse<String> answer =
          delete
              ? tandem.call("DELETE", path, null)
              : tandem.call(
                  "PATCH",
                  path,
                  item.kind == Kind.EVENT
                      ? "{\"title\":\"" + renamed + "\"}"
                      : "{\"subject\":\"" + renamed + "\"}");
      ok(answer);
      acknowledgedWrites.incrementAndGet();
      if (delete) {
        item.live = false;
      } else {
        item.title = renamed;
      }
      return true;
    } catch (IOException killed) {
      item.uncertain = new Uncertain(item.title, true, delete ? item.title : renamed, !delete);
      return false;
    }
  }

  /**
   * After a restart: every answered write must be there; an unanswered one either happened or did
   * not, and the model follows what the CRM now holds.
   */
  private void checkAcknowledgedWritesAndResolveTheRest() {
    for (Person person : people) {
      for (Kind kind : Kind.values()) {
        Map<String, String> titleById = new HashMap<>();
        Map<String, String> idByTitle = new HashMap<>();
        crmItems(person, kind)
            .forEach(
                n -> {
                  titleById.put(n.get("id").asString(), crmTitle(kind, n));
                  idByTitle.put(crmTitle(kind, n), n.get("id").asString());
                });
        for (Item item : person.items()) {
          if (item.kind != kind || !item.crmOwned) {
            continue;
          }
          if (item.uncertain != null) {
            resolve(item, titleById, idByTitle);
            continue;
          }
          acknowledgedChecked++;
          String now = item.crmId == null ? null : titleById.get(item.crmId);
          if (item.live && !item.title.equals(now)) {
            lost.add(person.upn() + " " + kind + " " + item.title + " reads " + now);
          } else if (!item.live && now != null) {
            lost.add(person.upn() + " " + kind + " deleted " + item.crmId + " is back as " + now);
          }
          // Counted; from here on the model follows what the CRM holds.
          item.live = now != null;
          item.title = now != null ? now : item.title;
        }
      }
    }
  }

  private void resolve(Item item, Map<String, String> titleById, Map<String, String> idByTitle) {
    Uncertain u = item.uncertain;
    item.uncertain = null;
    uncertainResolved++;
    if (item.crmId == null) {
      // A create without an answer: made (then under its title) or not.
      item.crmId = idByTitle.get(u.afterTitle());
      item.live = item.crmId != null;
      return;
    }
    String now = titleById.get(item.crmId);
    if (now == null) {
      item.live = false;
    } else {
      item.live = true;
      item.title = now;
      if (!now.equals(u.beforeTitle()) && !now.equals(u.afterTitle())) {
        lost.add("unanswered write left " + now + " (neither " + u + ")");
      }
    }
  }

  private boolean syncNowIsTakenSoon() {
    // A scheduled run may hold the lease for a moment; the crashed run's lease must not.
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < giveUp) {
      HttpResponse<String> answer =
          tandem.answer("POST", "/api/v1/users/" + people.get(0).userId() + "/sync", null);
      if (answer.statusCode() == 200) {
        return true;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }
    return false;
  }

  // --- the Outlook side, through Graph (the emulator is never killed: every edit is certain)

  private void outlookCreate(Person person, Kind kind) {
    Item item = new Item(kind, false, title(kind));
    LocalDateTime start = day.plusDays(random(20));
    item.outlookId =
        retried(
            () ->
                kind == Kind.EVENT
                    ? graph
                        .events()
                        .create(
                            person.mailbox(),
                            Event.builder()
                                .subject(item.title)
                                .time(
                                    DateTimeTimeZone.of(start, "UTC"),
                                    DateTimeTimeZone.of(start.plusHours(1), "UTC"))
                                .build())
                        .id()
                    : graph
                        .todoTasks()
                        .create(
                            person.mailbox(),
                            person.listId(),
                            TodoTask.builder().title(item.title).build())
                        .id());
    outlookEdits.incrementAndGet();
    synchronized (person.items()) {
      person.items().add(item);
    }
  }

  private void outlookEdit(Person person, boolean delete) {
    Item item = pick(person, false);
    if (item == null) {
      return;
    }
    String renamed = title(item.kind);
    retried(
        () -> {
          if (item.kind == Kind.EVENT) {
            if (delete) {
              graph.events().delete(person.mailbox(), item.outlookId, null);
            } else {
              graph
                  .events()
                  .update(
                      person.mailbox(),
                      item.outlookId,
                      Event.builder().subject(renamed).build(),
                      null);
            }
          } else if (delete) {
            graph.todoTasks().delete(person.mailbox(), person.listId(), item.outlookId, null);
          } else {
            graph
                .todoTasks()
                .update(
                    person.mailbox(),
                    person.listId(),
                    item.outlookId,
                    TodoTask.builder().title(renamed).build(),
                    null);
          }
          return null;
        });
    outlookEdits.incrementAndGet();
    if (delete) {
      item.live = false;
    } else {
      item.title = renamed;
    }
  }

  // --- the end: run until nothing moves, then both sides must hold exactly the model

  private int runUntilNothingMoves() {
    int quiet = 0;
    for (int round = 1; round <= 20; round++) {
      boolean moved = false;
      for (Person person : people) {
        HttpResponse<String> answer;
        do {
          answer = tandem.answer("POST", "/api/v1/users/" + person.userId() + "/sync", null);
          if (answer.statusCode() == 409) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
          }
        } while (answer.statusCode() == 409);
        ok(answer);
        for (JsonNode report : json(answer).get("runs")) {
          moved |= !report.path("outcome").asString().equals("SUCCEEDED") || moved(report);
        }
      }
      quiet = moved ? 0 : quiet + 1;
      if (quiet == 2) {
        return round;
      }
    }
    throw new AssertionError("the runs never settled (seed " + seed + ")");
  }

  private static boolean moved(JsonNode report) {
    for (String count : List.of("created", "updated", "deleted", "conflicts", "skipped")) {
      if (report.path(count).asInt() != 0) {
        return true;
      }
    }
    return false;
  }

  private List<String> compare(Map<String, Integer> duplicates) {
    List<String> mismatches = new ArrayList<>();
    for (Person person : people) {
      for (Kind kind : Kind.values()) {
        List<String> expected =
            person.items().stream()
                .filter(i -> i.kind == kind && i.live)
                .map(i -> i.title)
                .sorted()
                .toList();
        List<String> crm = crmItems(person, kind).stream().map(n -> crmTitle(kind, n)).toList();
        List<String> outlook = outlookTitles(person, kind);
        count(duplicates, crm, "CRM " + person.upn());
        count(duplicates, outlook, "Outlook " + person.upn());
        if (!crm.stream().sorted().toList().equals(expected)) {
          mismatches.add(diff("CRM " + person.upn() + " " + kind, expected, crm));
        }
        if (!outlook.stream().sorted().toList().equals(expected)) {
          mismatches.add(diff("Outlook " + person.upn() + " " + kind, expected, outlook));
        }
      }
    }
    return mismatches;
  }

  private static void count(Map<String, Integer> duplicates, List<String> titles, String where) {
    Map<String, Integer> seen = new HashMap<>();
    titles.forEach(t -> seen.merge(t, 1, Integer::sum));
    seen.forEach(
        (title, n) -> {
          if (n > 1) {
            duplicates.put(where + " " + title, n);
          }
        });
  }

  private static String diff(String where, List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    actual.forEach(missing::remove);
    List<String> extra = new ArrayList<>(actual);
    expected.forEach(extra::remove);
    return where + ": missing " + missing + ", unexpected " + extra;
  }

  // --- reading both sides

  private List<JsonNode> crmItems(Person person, Kind kind) {
    List<JsonNode> all = new ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      String path =
          "/api/v1/users/"
              + person.userId()
              + (kind == Kind.EVENT ? "/calendar-events" : "/tasks")
              + "?offset="
              + offset
              + "&limit=500";
      JsonNode page = json(ok(tandem.answer("GET", path, null)));
      page.get("items").forEach(all::add);
      if (!page.get("hasMore").asBoolean()) {
        return all;
      }
    }
  }

  private static String crmTitle(Kind kind, JsonNode item) {
    return item.get(kind == Kind.EVENT ? "title" : "subject").asString();
  }

  private List<String> outlookTitles(Person person, Kind kind) {
    List<String> titles = new ArrayList<>();
    if (kind == Kind.EVENT) {
      Instant now = Instant.now();
      graph
          .events()
          .delta(
              person.mailbox(),
              now.minus(Duration.ofDays(365)),
              now.plus(Duration.ofDays(730)),
              page ->
                  page.items().stream()
                      .filter(i -> !i.wasRemoved())
                      .forEach(i -> titles.add(i.value().subject())));
    } else {
      graph
          .todoTasks()
          .delta(
              person.mailbox(),
              person.listId(),
              page ->
                  page.items().stream()
                      .filter(i -> !i.wasRemoved())
                      .forEach(i -> titles.add(i.value().title())));
    }
    return titles;
  }

  // --- small things

  private String crmBody(Kind kind, String title) {
    if (kind == Kind.TASK) {
      return "{\"subject\":\"" + title + "\"}";
    }
    LocalDateTime start = day.plusDays(random(20));
    return ("{\"title\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"timeZone\":\"UTC\"}")
        .formatted(title, start, start.plusHours(1));
  }

  /** A live item of the person's made on the given side, or null. */
  private Item pick(Person person, boolean crmOwned) {
    List<Item> candidates;
    synchronized (person.items()) {
      candidates =
          person.items().stream()
              .filter(
                  i ->
                      i.crmOwned == crmOwned
                          && i.live
                          && i.uncertain == null
                          && (crmOwned ? i.crmId != null : i.outlookId != null))
              .toList();
    }
    return candidates.isEmpty() ? null : candidates.get(random(candidates.size()));
  }

  private synchronized String title(Kind kind) {
    return (kind == Kind.EVENT ? "Event " : "Task ") + (++names);
  }

  private synchronized int random(int bound) {
    return random.nextInt(bound);
  }

  private static <T> T retried(java.util.function.Supplier<T> graphCall) {
    for (int attempt = 1; ; attempt++) {
      try {
        return graphCall.get();
      } catch (ThrottledException e) {
        // Tandem's runs share the mailbox's four concurrent requests.
        if (attempt == 50) {
          throw e;
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }

  private static HttpResponse<String> ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    return answer;
  }

  private static JsonNode json(HttpResponse<String> answer) {
    return JSON.readTree(answer.body());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
