package com.tandem.server.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.activity.ActivityTest;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.People;
import com.tandem.server.contacts.ContactFields;
import com.tandem.server.contacts.Contacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Emails stored once per organization, their copies, threads and contact links. */
@ActivityTest
class EmailStoreIT {

  @Autowired Emails emails;
  @Autowired Contacts contacts;
  @Autowired JdbcClient jdbc;
  People people;
  String internetId;

  @BeforeEach
  void people() {
    people = new People(jdbc);
    internetId = "<" + UUID.randomUUID() + "@fabrikam.test>";
  }

  IncomingMessage copy(MailboxRef mailbox, String messageId, String folder) {
    return new IncomingMessage(
        mailbox,
        messageId,
        folder,
        internetId,
        "conv-" + internetId,
        "Offer for Q3",
        new EmailAddress("Ann Buyer", "Ann@Fabrikam.test"),
        List.of(new EmailAddress("Uma", "uma@acme.test")),
        List.of(new EmailAddress(null, "bob@fabrikam.test")),
        List.of(new EmailAddress(null, "hidden@fabrikam.test")),
        Instant.parse("2026-11-30T09:00:00Z"),
        Instant.parse("2026-11-30T09:00:05Z"),
        true,
        "<p onclick=x()>Please find the offer.</p><script>alert(1)</script>",
        List.of(new IncomingMessage.Attachment("offer.pdf", "application/pdf", 48_213, false)));
  }

  @Test
  void theSameMessageInTwoUsersMailboxesAndASystemMailboxIsOneEmailWithThreeCopies() {
    Emails.Recorded first =
        emails.record(people.org, copy(MailboxRef.user(people.user), "m-uma", "inbox-uma"));
    Emails.Recorded second =
        emails.record(
            people.org, copy(MailboxRef.user(people.colleague), "m-colin", "inbox-colin"));
    Emails.Recorded third =
        emails.record(people.org, copy(MailboxRef.system(7), "m-sales", "inbox-sales"));
    Emails.Recorded again =
        emails.record(people.org, copy(MailboxRef.user(people.user), "m-uma", "inbox-uma"));

    assertThat(first.newEmail()).isTrue();
    assertThat(List.of(second, third, again))
        .allSatisfy(r -> assertThat(r.emailId()).isEqualTo(first.emailId()))
        .noneMatch(Emails.Recorded::newEmail);
    Email email = emails.find(people.org, first.emailId()).orElseThrow();
    assertThat(email.copies())
        .extracting(Email.Copy::mailbox)
        .containsExactly(
            MailboxRef.user(people.user), MailboxRef.user(people.colleague), MailboxRef.system(7));
    assertThat(email.subject()).isEqualTo("Offer for Q3");
    assertThat(email.from().address()).isEqualTo("Ann@Fabrikam.test");
    assertThat(email.to()).extracting(EmailAddress::address).containsExactly("uma@acme.test");
    assertThat(email.cc()).extracting(EmailAddress::address).containsExactly("bob@fabrikam.test");
    assertThat(email.bcc())
        .extracting(EmailAddress::address)
        .containsExactly("hidden@fabrikam.test");
    assertThat(email.body()).isEqualTo("<p>Please find the offer.</p>");
    assertThat(email.preview()).isEqualTo("Please find the offer.");
    assertThat(email.attachments())
        .containsExactly(
            new IncomingMessage.Attachment("offer.pdf", "application/pdf", 48_213, false));
  }

  @Test
  void aMoveKeepsTheEmailAndItsCopyAndADeleteMarksTheCopyOnly() {
    MailboxRef uma = MailboxRef.user(people.user);
    String id = emails.record(people.org, copy(uma, "m-1", "inbox")).emailId();

    // The move's two halves in either order: the new folder first, then the old one's removal.
    emails.record(people.org, copy(uma, "m-1", "archive"));
    assertThat(emails.removed(uma, "m-1", "inbox")).isFalse();
    Email moved = emails.find(people.org, id).orElseThrow();
    assertThat(moved.copies())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.folderId()).isEqualTo("archive");
              assertThat(c.removedAt()).isNull();
            });

    assertThat(emails.removed(uma, "m-1", "archive")).isTrue();
    Email deleted = emails.find(people.org, id).orElseThrow();
    assertThat(deleted.copies())
        .singleElement()
        .satisfies(c -> assertThat(c.removedAt()).isNotNull());
    assertThat(deleted.subject()).isEqualTo("Offer for Q3");

    // Seen again (restored from Deleted Items into a synced folder): the copy is back.
    emails.record(people.org, copy(uma, "m-1", "inbox"));
    assertThat(emails.find(people.org, id).orElseThrow().copies())
        .singleElement()
        .satisfies(c -> assertThat(c.removedAt()).isNull());
  }

  @Test
  void aMessageWithoutAnInternetMessageIdIsSkippedWithAReason() {
    IncomingMessage draft = copy(MailboxRef.user(people.user), "m-draft", "drafts");
    IncomingMessage noId =
        new IncomingMessage(
            draft.mailbox(),
            draft.messageId(),
            draft.folderId(),
            " ",
            null,
            "Draft",
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            false,
            "draft",
            List.of());

    Emails.Recorded recorded = emails.record(people.org, noId);

    assertThat(recorded.emailId()).isNull();
    assertThat(recorded.skipped()).contains("no Internet message id");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM email_copies WHERE message_id = 'm-draft'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void contactsLinkByTheirAddressesIncludingContactsAddedOrChangedLater() {
    String id =
        emails.record(people.org, copy(MailboxRef.user(people.user), "m-2", "inbox")).emailId();
    assertThat(emails.find(people.org, id).orElseThrow().contacts()).isEmpty();

    // A contact added after the email arrived links it, by any letter case of the address.
    String ann =
        contacts
            .create(
                people.org,
                new ContactFields("Ann Buyer", List.of("ann@fabrikam.test"), "Fabrikam", null),
                Origin.CRM)
            .id();
    String hidden =
        contacts
            .create(
                people.org,
                new ContactFields("Hidden", List.of("hidden@fabrikam.test"), null, null),
                Origin.CRM)
            .id();
    assertThat(emails.find(people.org, id).orElseThrow().contacts())
        .containsExactly(
            new Email.ContactLink(ann, "Ann Buyer", "Ann@Fabrikam.test", Email.Role.FROM));
    assertThat(emails.ofContact(people.org, ann, 0, 10)).extracting(Email::id).containsExactly(id);
    assertThat(emails.ofContact(people.org, hidden, 0, 10))
        .as("a blind copy links nobody")
        .isEmpty();

    // Her address changes to the one in copy: the link follows the address, and says so.
    contacts.update(
        people.org,
        ann,
        new ContactFields("Ann Buyer", List.of("bob@fabrikam.test"), "Fabrikam", null),
        Origin.CRM,
        null);
    assertThat(emails.find(people.org, id).orElseThrow().contacts())
        .containsExactly(
            new Email.ContactLink(ann, "Ann Buyer", "bob@fabrikam.test", Email.Role.CC));

    contacts.delete(people.org, ann, Origin.CRM, null);
    assertThat(emails.find(people.org, id).orElseThrow().contacts()).isEmpty();
    assertThat(emails.find(people.org, id)).as("the email stays").isPresent();
  }

  @Test
  void anotherOrganizationHasItsOwnEmailOfTheSameMessageAndNeverSeesThisOne() {
    String ours =
        emails.record(people.org, copy(MailboxRef.user(people.user), "m-3", "inbox")).emailId();
    String theirs =
        emails
            .record(people.otherOrg, copy(MailboxRef.user(people.stranger), "m-4", "inbox"))
            .emailId();

    assertThat(theirs).isNotEqualTo(ours);
    assertThat(emails.find(people.otherOrg, ours)).isEmpty();
    assertThat(emails.find(people.org, theirs)).isEmpty();
    String contact =
        contacts
            .create(
                people.otherOrg,
                new ContactFields("Ann", List.of("ann@fabrikam.test"), null, null),
                Origin.CRM)
            .id();
    assertThat(emails.ofContact(people.otherOrg, contact, 0, 10))
        .extracting(Email::id)
        .containsExactly(theirs);
    assertThat(emails.find(people.org, ours).orElseThrow().contacts()).isEmpty();
  }

  @Test
  void aConversationsEmailsFormOneThreadOldestFirst() {
    IncomingMessage question = copy(MailboxRef.user(people.user), "m-5", "inbox");
    String first = emails.record(people.org, question).emailId();
    IncomingMessage reply =
        new IncomingMessage(
            question.mailbox(),
            "m-6",
            "sentitems",
            "<reply-" + internetId.substring(1),
            question.conversationId(),
            "RE: Offer for Q3",
            question.to().get(0),
            List.of(question.from()),
            List.of(),
            List.of(),
            Instant.parse("2026-11-30T10:00:00Z"),
            Instant.parse("2026-11-30T10:00:01Z"),
            false,
            "Thanks, Ann.",
            List.of());
    String second = emails.record(people.org, reply).emailId();

    assertThat(emails.thread(people.org, question.conversationId()))
        .extracting(Email::id)
        .containsExactly(first, second);
  }

  @Test
  void twoRunsRecordingTheSameMessageAtOnceMakeOneEmail() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Emails.Recorded>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        MailboxRef box = MailboxRef.system(100 + i);
        runs.add(() -> emails.record(people.org, copy(box, "m-race-" + box.id(), "inbox")));
      }
      List<String> ids = new ArrayList<>();
      int created = 0;
      for (Future<Emails.Recorded> f : pool.invokeAll(runs)) {
        ids.add(f.get().emailId());
        created += f.get().newEmail() ? 1 : 0;
      }
      assertThat(ids).containsOnly(ids.get(0));
      assertThat(created).isEqualTo(1);
      assertThat(emails.find(people.org, ids.get(0)).orElseThrow().copies()).hasSize(8);
    } finally {
      pool.shutdownNow();
    }
  }
}
