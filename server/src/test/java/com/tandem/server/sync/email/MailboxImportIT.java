package com.tandem.server.sync.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.Seed;
import com.tandem.emulator.http.Json;
import com.tandem.graph.Mailbox;
import com.tandem.server.activity.Origin;
import com.tandem.server.contacts.ContactFields;
import com.tandem.server.contacts.Contacts;
import com.tandem.server.email.Email;
import com.tandem.server.email.Emails;
import com.tandem.server.email.MailboxRef;
import com.tandem.server.settings.EmailTrack;
import com.tandem.server.sync.EmulatorSyncTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mailbox's folders imported against the Graph emulator: once per organization, moves, deletes.
 */
class MailboxImportIT extends EmulatorSyncTest {

  @Autowired MailboxImport imports;
  @Autowired Emails emails;
  @Autowired Contacts contacts;

  private String deliver(String to, String folder, String internetId, String subject, String from) {
    ObjectNode spec =
        Json.MAPPER
            .createObjectNode()
            .put("folder", folder)
            .put("subject", subject)
            .put("internetMessageId", internetId);
    spec.putObject("from").put("name", "Sender").put("address", from);
    spec.putArray("to").addObject().put("address", to);
    spec.putObject("body")
        .put("contentType", "html")
        .put("content", "<p>" + subject + "</p><script>x()</script>");
    spec.putArray("attachments")
        .addObject()
        .put("name", "offer.pdf")
        .put("contentType", "application/pdf")
        .put("size", 1234);
    return emulator.control().deliver("contoso", to, spec);
  }

  private MailboxImport.Report run(
      MailboxRef box, Mailbox graphBox, EmailTrack track, String... folders) {
    return imports.run(
        graph,
        new MailboxImport.Request(organization, box, graphBox, List.of(folders), 365, track));
  }

  private MailboxImport.Report runMine(String... folders) {
    return run(MailboxRef.user(user), mailbox, EmailTrack.ALL, folders);
  }

  private long emailCount() {
    return jdbc.sql("SELECT COUNT(*) FROM emails WHERE organization_id = ?")
        .param(organization)
        .query(Long.class)
        .single();
  }

  private Email only(String internetId) {
    String id =
        jdbc.sql("SELECT id FROM emails WHERE organization_id = ? AND internet_message_id = ?")
            .params(organization, internetId)
            .query(String.class)
            .single();
    return emails.find(organization, id).orElseThrow();
  }

  /** A Graph call as Outlook would make it (application token). */
  private int outlook(String method, String path, String body) throws Exception {
    String token = emulator.control().applicationToken("contoso", Seed.DEMO_CLIENT_ID);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/users/" + upn + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void aMessageInTwoMailboxesIsOneEmailAndAMoveAndADeleteInOutlookAreFollowed() throws Exception {
    String shared = "<" + UUID.randomUUID() + "@fabrikam.test>";
    String mine = deliver(upn, "inbox", shared, "Offer", "ann@fabrikam.test");
    deliver(upn, "sentitems", "<" + UUID.randomUUID() + "@acme.test>", "Re: Offer", upn);
    String upn2 = "second-" + UUID.randomUUID().toString().substring(0, 8) + "@contoso.test";
    emulator.control().addUser("contoso", new Seed.User(upn2, "Second", "Passw0rd!"));
    deliver(upn2, "inbox", shared, "Offer", "ann@fabrikam.test");

    MailboxImport.Report first = runMine("inbox", "sentitems", "archive");
    MailboxImport.Report second =
        run(
            MailboxRef.system(42),
            Mailbox.user(mailbox.connection(), upn2),
            EmailTrack.ALL,
            "inbox");

    assertThat(first.newEmails()).isEqualTo(2);
    assertThat(first.copies()).isEqualTo(2);
    assertThat(first.skipped()).isEmpty();
    assertThat(second.newEmails()).isZero();
    assertThat(second.copies()).isEqualTo(1);
    assertThat(emailCount()).isEqualTo(2);
    Email offer = only(shared);
    assertThat(offer.copies())
        .extracting(Email.Copy::mailbox)
        .containsExactly(MailboxRef.user(user), MailboxRef.system(42));
    assertThat(offer.body()).isEqualTo("<p>Offer</p>");
    assertThat(offer.from().address()).isEqualTo("ann@fabrikam.test");
    assertThat(offer.attachments())
        .extracting(a -> a.name() + " " + a.size())
        .containsExactly("offer.pdf 1234");

    // Moved to Archive in Outlook: the same email, its copy now in Archive.
    assertThat(outlook("POST", "/messages/" + mine + "/move", "{\"destinationId\":\"archive\"}"))
        .isEqualTo(201);
    MailboxImport.Report moved = runMine("inbox", "sentitems", "archive");
    String archive = graph.mail().folder(mailbox, "archive").id();
    assertThat(moved.newEmails()).isZero();
    assertThat(only(shared).copies().get(0).folderId()).isEqualTo(archive);
    assertThat(only(shared).copies().get(0).removedAt()).isNull();

    // Deleted in Outlook: the copy is marked, the email stays.
    assertThat(outlook("DELETE", "/messages/" + mine, null)).isEqualTo(204);
    MailboxImport.Report deleted = runMine("inbox", "sentitems", "archive");
    assertThat(deleted.removed()).isEqualTo(1);
    assertThat(only(shared).copies().get(0).removedAt()).isNotNull();
    assertThat(emailCount()).isEqualTo(2);

    // A quiet run changes nothing.
    MailboxImport.Report quiet = runMine("inbox", "sentitems", "archive");
    assertThat(quiet.copies() + quiet.newEmails() + quiet.removed()).isZero();
  }

  @Test
  void trackingContactsKeepsOnlyEmailsWithAContactsAddress() {
    contacts.create(
        organization,
        new ContactFields("Ann", List.of("ANN@fabrikam.test"), "Fabrikam", null),
        Origin.CRM);
    deliver(
        upn, "inbox", "<" + UUID.randomUUID() + "@fabrikam.test>", "From Ann", "ann@fabrikam.test");
    deliver(upn, "inbox", "<" + UUID.randomUUID() + "@spam.test>", "Newsletter", "news@spam.test");

    MailboxImport.Report report = run(MailboxRef.user(user), mailbox, EmailTrack.CONTACTS, "inbox");

    assertThat(report.copies()).isEqualTo(1);
    assertThat(report.untracked()).isEqualTo(1);
    assertThat(emailCount()).isEqualTo(1);
  }

  @Test
  void anUnknownFolderAndAMessageWithoutInternetIdAreSkippedWithReasonsAndTheRestIsImported() {
    deliver(upn, "inbox", "", "No id", "ann@fabrikam.test");
    deliver(upn, "inbox", "<" + UUID.randomUUID() + "@fabrikam.test>", "Fine", "ann@fabrikam.test");

    MailboxImport.Report report = runMine("nosuchfolder", "inbox");

    assertThat(report.skipped())
        .extracting(MailboxImport.Skip::reason)
        .containsExactlyInAnyOrder(
            "the folder is not in the mailbox",
            "no Internet message id (a draft, or a malformed message)");
    assertThat(report.copies()).isEqualTo(1);
  }

  @Test
  void anExpiredDeltaLinkReadsTheFolderAgainAndDuplicatesNothing() {
    deliver(upn, "inbox", "<" + UUID.randomUUID() + "@fabrikam.test>", "One", "ann@fabrikam.test");
    assertThat(runMine("inbox").newEmails()).isEqualTo(1);
    emulator.control().expireDeltaTokens();
    deliver(upn, "inbox", "<" + UUID.randomUUID() + "@fabrikam.test>", "Two", "ann@fabrikam.test");

    MailboxImport.Report again = runMine("inbox");

    assertThat(again.newEmails()).isEqualTo(1);
    assertThat(again.skipped()).isEmpty();
    assertThat(emailCount()).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM email_copies WHERE mailbox_id = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aFirstImportOverGraphsCapListsTheRestOfTheHistoryInWindows() {
    Instant now = Instant.now();
    int count = MailboxImport.FILTERED_ROUND_CAP + 40;
    for (int i = 0; i < count; i++) {
      ObjectNode spec =
          Json.MAPPER
              .createObjectNode()
              .put("subject", "m" + i)
              .put("internetMessageId", "<bulk-" + i + "-" + user + "@fabrikam.test>")
              .put("receivedDateTime", now.minus(i * 80L, ChronoUnit.MINUTES).toString());
      spec.putObject("from").put("address", "bulk@fabrikam.test");
      emulator.control().deliver("contoso", upn, spec);
    }
    ObjectNode old =
        Json.MAPPER
            .createObjectNode()
            .put("subject", "too old")
            .put("receivedDateTime", now.minus(400, ChronoUnit.DAYS).toString());
    emulator.control().deliver("contoso", upn, old);

    MailboxImport.Report report = runMine("inbox");

    assertThat(report.newEmails()).isEqualTo(count);
    assertThat(emailCount()).isEqualTo(count);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM mail_folder_cursors WHERE mailbox_id = ?"
                        + " AND backfill_until IS NOT NULL")
                .param(user)
                .query(Long.class)
                .single())
        .as("the backfill finished")
        .isZero();
    assertThat(runMine("inbox").newEmails()).as("and is not done again").isZero();
  }
}
