package com.tandem.server.email;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails in {@code emails} with their addresses, attachments and mailbox copies. An email is made
 * in one transaction with its addresses and attachments; when two mailboxes' runs make the same
 * message at once, the unique key lets one win and the other finds its email.
 */
@Repository
class JdbcEmails implements Emails {

  /** The longest Internet message id kept, in bytes (RFC 5322's line length). */
  static final int MAX_INTERNET_MESSAGE_ID = 998;

  private static final String COLUMNS =
      "e.id, e.organization_id, e.internet_message_id, e.conversation_id, e.subject, e.sent_at,"
          + " e.received_at, e.preview, e.body_html";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final EmailRows rows;

  JdbcEmails(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.rows = new EmailRows(jdbc);
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public Recorded record(long organizationId, IncomingMessage message) {
    String internetId = message.internetMessageId();
    if (internetId == null || internetId.isBlank()) {
      return Recorded.skipped("no Internet message id (a draft, or a malformed message)");
    }
    if (internetId.getBytes(StandardCharsets.UTF_8).length > MAX_INTERNET_MESSAGE_ID) {
      return Recorded.skipped("an Internet message id longer than 998 bytes");
    }
    String trimmed = Texts.cut(internetId.strip(), MAX_INTERNET_MESSAGE_ID);
    Optional<String> existing = emailId(organizationId, trimmed);
    if (existing.isPresent()) {
      return new Recorded(existing.get(), false, recordCopy(existing.get(), message), null);
    }
    Optional<String> made = create(organizationId, trimmed, message);
    // Empty when another run made it meanwhile: that one is this message's email.
    String emailId = made.orElseGet(() -> emailId(organizationId, trimmed).orElseThrow());
    return new Recorded(emailId, made.isPresent(), recordCopy(emailId, message), null);
  }

  private Optional<String> emailId(long organizationId, String internetId) {
    return jdbc.sql("SELECT id FROM emails WHERE organization_id = ? AND internet_message_id = ?")
        .params(organizationId, internetId)
        .query(String.class)
        .optional();
  }

  /** Makes the email; empty when another run made it meanwhile. */
  private Optional<String> create(long organizationId, String internetId, IncomingMessage m) {
    String id = UUID.randomUUID().toString();
    String body = EmailBodies.keep(m.body(), m.html());
    try {
      tx.executeWithoutResult(
          status -> {
            jdbc.sql(
                    "INSERT INTO emails (id, organization_id, internet_message_id, conversation_id,"
                        + " subject, sent_at, received_at, preview, body_html, body, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    id,
                    organizationId,
                    internetId,
                    Texts.cut(m.conversationId(), 512),
                    EmailBodies.subject(m.subject()),
                    utc(m.sentAt()),
                    utc(m.receivedAt()),
                    EmailBodies.preview(body, m.html()),
                    m.html(),
                    body,
                    utc(clock.instant()))
                .update();
            insertAddresses(id, organizationId, m);
            insertAttachments(id, m.attachments());
          });
      return Optional.of(id);
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  private void insertAddresses(String emailId, long organizationId, IncomingMessage m) {
    Map<Email.Role, List<EmailAddress>> byRole = new EnumMap<>(Email.Role.class);
    byRole.put(Email.Role.FROM, m.from() == null ? List.of() : List.of(m.from()));
    byRole.put(Email.Role.TO, m.to());
    byRole.put(Email.Role.CC, m.cc());
    byRole.put(Email.Role.BCC, m.bcc());
    List<Object[]> rows = new ArrayList<>();
    byRole.forEach(
        (role, addresses) -> {
          int position = 0;
          for (EmailAddress a : addresses) {
            if (a != null && a.present()) {
              rows.add(
                  new Object[] {
                    emailId, role.name(), position++, organizationId, a.name(), a.address(), a.key()
                  });
            }
          }
        });
    for (Object[] row : rows) {
      jdbc.sql(
              "INSERT INTO email_addresses (email_id, role, position, organization_id, name,"
                  + " address, address_key) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(row)
          .update();
    }
  }

  private void insertAttachments(String emailId, List<IncomingMessage.Attachment> attachments) {
    int position = 0;
    for (IncomingMessage.Attachment a : attachments) {
      jdbc.sql(
              "INSERT INTO email_attachments (email_id, position, name, content_type, size_bytes,"
                  + " is_inline) VALUES (?, ?, ?, ?, ?, ?)")
          .params(
              emailId,
              position++,
              Texts.cut(a.name() == null ? "" : a.name(), 255),
              Texts.cut(a.contentType() == null ? "" : a.contentType(), 255),
              Math.max(0, a.size()),
              a.inline())
          .update();
    }
  }

  /** Records the copy in its folder; true when the mailbox had no copy of it yet. */
  private boolean recordCopy(String emailId, IncomingMessage m) {
    MailboxRef box = m.mailbox();
    int moved =
        jdbc.sql(
                "UPDATE email_copies SET folder_id = ?, removed_at = NULL"
                    + " WHERE mailbox_kind = ? AND mailbox_id = ? AND message_id = ?")
            .params(m.folderId(), box.kind().name(), box.id(), m.messageId())
            .update();
    if (moved > 0) {
      return false;
    }
    try {
      jdbc.sql(
              "INSERT INTO email_copies (mailbox_kind, mailbox_id, message_id, email_id,"
                  + " folder_id, first_seen_at) VALUES (?, ?, ?, ?, ?, ?)")
          .params(
              box.kind().name(),
              box.id(),
              m.messageId(),
              emailId,
              m.folderId(),
              utc(clock.instant()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      // the same copy recorded at once by an overlapping read: it is there
      return false;
    }
  }

  @Override
  public boolean removed(MailboxRef mailbox, String messageId, String folderId) {
    return jdbc.sql(
                "UPDATE email_copies SET removed_at = ? WHERE mailbox_kind = ? AND mailbox_id = ?"
                    + " AND message_id = ? AND folder_id = ? AND removed_at IS NULL")
            .params(utc(clock.instant()), mailbox.kind().name(), mailbox.id(), messageId, folderId)
            .update()
        > 0;
  }

  @Override
  public boolean anyContact(long organizationId, Collection<String> addressKeys) {
    if (addressKeys.isEmpty()) {
      return false;
    }
    return jdbc.sql(
                "SELECT COUNT(*) FROM contact_addresses WHERE organization_id = :org"
                    + " AND address_key IN (:keys)")
            .param("org", organizationId)
            .param("keys", List.copyOf(new LinkedHashSet<>(addressKeys)))
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public Optional<Email> find(long organizationId, String id) {
    Optional<String> body =
        jdbc.sql("SELECT body FROM emails WHERE organization_id = ? AND id = ?")
            .params(organizationId, id)
            .query(String.class)
            .optional();
    if (body.isEmpty()) {
      return Optional.empty();
    }
    return rows
        .emails(
            "SELECT " + COLUMNS + " FROM emails e WHERE e.organization_id = ? AND e.id = ?",
            List.of(organizationId, id),
            body.get())
        .stream()
        .findFirst();
  }

  @Override
  public List<Email> ofContact(long organizationId, String contactId, int offset, int limit) {
    return rows.emails(
        "SELECT "
            + COLUMNS
            + " FROM emails e WHERE e.organization_id = ? AND e.id IN (SELECT a.email_id FROM"
            + " email_addresses a JOIN contact_addresses c ON c.organization_id = a.organization_id"
            + " AND c.address_key = a.address_key WHERE a.organization_id = ? AND c.contact_id = ?"
            + " AND a.role <> 'BCC') ORDER BY e.received_at DESC, e.id OFFSET ? ROWS FETCH NEXT ?"
            + " ROWS ONLY",
        List.of(organizationId, organizationId, contactId, offset, limit),
        null);
  }

  @Override
  public List<Email> thread(long organizationId, String conversationId) {
    return rows.emails(
        "SELECT "
            + COLUMNS
            + " FROM emails e WHERE e.organization_id = ? AND e.conversation_id = ?"
            + " ORDER BY e.received_at, e.id",
        List.of(organizationId, conversationId),
        null);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
