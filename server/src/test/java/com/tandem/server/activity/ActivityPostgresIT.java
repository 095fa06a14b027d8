package com.tandem.server.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tandem.server.activity.calendar.Attendee;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.calendar.Recurrence;
import com.tandem.server.activity.calendar.RecurrencePattern;
import com.tandem.server.activity.calendar.RecurrenceRange;
import com.tandem.server.activity.calendar.ShowAs;
import com.tandem.server.activity.tasks.Task;
import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.contacts.AddressTakenException;
import com.tandem.server.contacts.Contact;
import com.tandem.server.contacts.ContactFields;
import com.tandem.server.contacts.Contacts;
import com.tandem.server.email.Email;
import com.tandem.server.email.EmailAddress;
import com.tandem.server.email.Emails;
import com.tandem.server.email.IncomingMessage;
import com.tandem.server.email.MailboxRef;
import com.tandem.server.testing.EmbeddedPostgresServer;
import com.tandem.server.testing.TestDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The activity store and its change feed on real PostgreSQL, not only on H2. */
@SpringBootTest(properties = {"db-scheduler.enabled=false", "tandem.admin-password=pg-secret"})
class ActivityPostgresIT {

  static EmbeddedPostgresServer postgres;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    postgres = EmbeddedPostgresServer.start();
    registry.add("spring.datasource.url", postgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void stop() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Autowired JdbcClient jdbc;
  @Autowired CalendarEvents events;
  @Autowired Tasks tasks;
  @Autowired ChangeFeed feed;
  @Autowired Contacts contacts;

  long newUser() {
    TestDirectory directory = new TestDirectory(jdbc);
    return directory.user("pg", "pg-password", directory.organization("Pg"), "USER");
  }

  @Test
  void eventsKeepTheirFieldsVersionsAndTombstones() {
    long user = newUser();
    CalendarEventFields fields =
        new CalendarEventFields(
            "Planning",
            "d".repeat(CalendarEventFields.MAX_DESCRIPTION),
            LocalDateTime.parse("2026-11-23T09:00"),
            LocalDateTime.parse("2026-11-23T10:00"),
            ZoneId.of("America/New_York"),
            false,
            "Room 1",
            Collections.nCopies(3, Attendee.required("a@b.test", "A")),
            10,
            ShowAs.FREE,
            true,
            new Recurrence(
                RecurrencePattern.daily(2),
                RecurrenceRange.until(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-01")),
                List.of()));
    CalendarEvent created = events.create(user, fields, Origin.CRM);
    assertThat(events.find(user, created.id()).orElseThrow().fields()).isEqualTo(fields);
    assertThat(
            events.list(
                user,
                Instant.parse("2026-11-30T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"),
                0,
                10))
        .extracting(CalendarEvent::id)
        .containsExactly(created.id());

    assertThatThrownBy(() -> events.update(user, created.id(), fields, Origin.SYNC, 7L))
        .isInstanceOf(StaleVersionException.class);
    assertThat(events.update(user, created.id(), fields, Origin.SYNC, 1L).orElseThrow().version())
        .isEqualTo(2);
    assertThat(events.delete(user, created.id(), Origin.SYNC, 2L)).isTrue();
    assertThat(events.find(user, created.id())).isEmpty();
    assertThat(feed.readForUser(user, 0, 10))
        .extracting(Change::op, Change::origin)
        .containsExactly(
            tuple(ChangeOp.UPSERT, Origin.CRM),
            tuple(ChangeOp.UPSERT, Origin.SYNC),
            tuple(ChangeOp.DELETE, Origin.SYNC));
  }

  @Test
  void createAllWritesEveryItemAtVersionOneWithConsecutiveFeedEntries() {
    long user = newUser();
    List<String> taskIds =
        tasks.createAll(
            user, List.of(TaskFields.of("a"), TaskFields.of("b"), TaskFields.of("c")), Origin.SYNC);
    CalendarEventFields event =
        new CalendarEventFields(
            "Standup",
            null,
            LocalDateTime.parse("2026-11-24T09:00"),
            LocalDateTime.parse("2026-11-24T09:15"),
            ZoneId.of("Europe/Paris"),
            false,
            null,
            List.of(),
            null,
            ShowAs.BUSY,
            false,
            null);
    List<String> eventIds = events.createAll(user, List.of(event, event), Origin.SYNC);

    assertThat(taskIds).hasSize(3).doesNotHaveDuplicates();
    assertThat(taskIds.stream().map(id -> tasks.find(user, id).orElseThrow()).toList())
        .extracting(t -> t.fields().subject(), Task::version, Task::lastOrigin)
        .containsExactly(
            tuple("a", 1L, Origin.SYNC), tuple("b", 1L, Origin.SYNC), tuple("c", 1L, Origin.SYNC));
    assertThat(eventIds.stream().map(id -> events.find(user, id).orElseThrow()).toList())
        .extracting(CalendarEvent::fields, CalendarEvent::version)
        .containsOnly(tuple(event, 1L));
    List<Change> changes = feed.readForUser(user, 0, 10);
    List<String> all = new ArrayList<>(taskIds);
    all.addAll(eventIds);
    assertThat(changes).extracting(Change::id).containsExactlyElementsOf(all);
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).seq()).isEqualTo(changes.get(0).seq() + i);
    }
    assertThat(tasks.createAll(user, List.of(), Origin.SYNC)).isEmpty();
    assertThat(events.createAll(user, List.of(), Origin.SYNC)).isEmpty();
  }

  @Test
  void concurrentWritersCommitTheirSeqsInOrder() throws Exception {
    long user = newUser();
    long start = feed.read(0, 1000).stream().mapToLong(Change::seq).max().orElse(0);
    List<Thread> writers = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < 4; w++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 10; i++) {
                    tasks.create(user, TaskFields.of("t" + i), Origin.CRM);
                  }
                } catch (RuntimeException e) {
                  failures.add(e);
                }
              });
      t.start();
      writers.add(t);
    }
    List<Long> seen = new ArrayList<>();
    long cursor = start;
    // a second reader, as sync reads: the last seq first, then one type's changes up to it
    SyncStyleReads syncStyle = new SyncStyleReads(feed, user, start, 5);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while ((writers.stream().anyMatch(Thread::isAlive)
            || seen.size() < 40
            || syncStyle.seen.size() < 40)
        && failures.isEmpty()
        && System.nanoTime() < deadline) {
      for (Change c : feed.readForUser(user, cursor, 5)) {
        seen.add(c.seq());
        cursor = c.seq();
      }
      syncStyle.readMore();
    }
    for (Thread t : writers) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(seen).hasSize(40).doesNotHaveDuplicates().isSorted();
    assertThat(syncStyle.seen).isEqualTo(seen);
  }

  @Test
  void aReaderMayAskForOneTypeWithoutOneOriginUpToASeq() {
    long user = newUser();
    SyncStyleReads.checkFilters(feed, tasks, events, user);
  }

  @Test
  void contactsAreFoundByNameOrAddressAndKeepTheirAddressesToThemselves() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("PgContacts");
    long member = directory.user("pgc", "pg-password", org, "USER");
    long start = feed.lastSeq();
    Contact maria =
        contacts.create(org, ContactFields.of("Maria 50%_off", "Maria@Example.com"), Origin.CRM);
    contacts.create(org, ContactFields.of("Pablo", "pablo@example.com"), Origin.CRM);

    assertThat(contacts.list(org, "%_", 0, 10)).extracting(Contact::id).containsExactly(maria.id());
    assertThat(contacts.list(org, "EXAMPLE.COM", 0, 10)).hasSize(2);
    assertThat(contacts.byAddress(org, "maria@example.COM")).map(Contact::id).hasValue(maria.id());
    assertThatThrownBy(
            () -> contacts.create(org, ContactFields.of("Copy", "MARIA@example.com"), Origin.CRM))
        .isInstanceOf(AddressTakenException.class);
    assertThat(contacts.list(org, null, 0, 10)).hasSize(2);
    assertThat(feed.readForUser(member, start, 10))
        .extracting(Change::type, Change::userId, Change::organizationId)
        .containsExactly(
            tuple(ChangeType.CONTACT, null, org), tuple(ChangeType.CONTACT, null, org));
  }

  @Autowired Emails emails;

  @Test
  void emailsAreStoredOnceEvenWhenRunsRaceAndLinkContactsByAddress() throws Exception {
    long user = newUser();
    long org =
        jdbc.sql("SELECT organization_id FROM users WHERE id = ?")
            .param(user)
            .query(Long.class)
            .single();
    String internetId = "<pg-" + UUID.randomUUID() + "@fabrikam.test>";
    Function<MailboxRef, IncomingMessage> copy =
        box ->
            new IncomingMessage(
                box,
                "m-" + box.kind() + box.id(),
                "inbox",
                internetId,
                "conv-pg",
                "Hello",
                new EmailAddress("Ann", "ann@fabrikam.test"),
                List.of(new EmailAddress(null, "pg@acme.test")),
                List.of(),
                List.of(),
                Instant.parse("2026-11-30T09:00:00Z"),
                Instant.parse("2026-11-30T09:00:01Z"),
                true,
                "<b>Hi</b><script>x()</script>",
                List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Emails.Recorded>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      MailboxRef box = i == 0 ? MailboxRef.user(user) : MailboxRef.system(i);
      runs.add(() -> emails.record(org, copy.apply(box)));
    }
    Set<String> ids = new HashSet<>();
    int created = 0;
    try {
      for (Future<Emails.Recorded> f : pool.invokeAll(runs)) {
        ids.add(f.get().emailId());
        created += f.get().newEmail() ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).hasSize(1);
    assertThat(created).isEqualTo(1);
    String id = ids.iterator().next();
    String ann =
        contacts
            .create(
                org, new ContactFields("Ann", List.of("ANN@fabrikam.test"), null, null), Origin.CRM)
            .id();

    Email email = emails.find(org, id).orElseThrow();
    assertThat(email.copies()).hasSize(8);
    assertThat(email.body()).isEqualTo("<b>Hi</b>");
    assertThat(email.contacts()).extracting(Email.ContactLink::contactId).containsExactly(ann);
    assertThat(emails.ofContact(org, ann, 0, 5)).extracting(Email::id).containsExactly(id);
    assertThat(emails.ofContact(org, ann, 1, 5)).isEmpty();
    assertThat(emails.thread(org, "conv-pg")).extracting(Email::id).containsExactly(id);
    assertThat(emails.removed(MailboxRef.user(user), "m-USER" + user, "inbox")).isTrue();
  }
}
