package com.tandem.server.email;

import java.time.Instant;
import java.util.List;

/**
 * One mailbox's copy of a message, as the import read it.
 *
 * @param messageId the copy's Graph id (immutable, so a move between folders keeps it)
 * @param folderId the folder that holds it
 * @param internetMessageId the message's id across mailboxes (RFC 5322 {@code Message-ID}); null
 *     for drafts and some malformed messages, which are not stored
 * @param html whether {@code body} is HTML (else plain text)
 */
public record IncomingMessage(
    MailboxRef mailbox,
    String messageId,
    String folderId,
    String internetMessageId,
    String conversationId,
    String subject,
    EmailAddress from,
    List<EmailAddress> to,
    List<EmailAddress> cc,
    List<EmailAddress> bcc,
    Instant sentAt,
    Instant receivedAt,
    boolean html,
    String body,
    List<Attachment> attachments) {

  /**
   * An attachment's metadata (its content is never stored).
   *
   * @param size in bytes
   * @param inline whether the body shows it (an embedded picture)
   */
  public record Attachment(String name, String contentType, long size, boolean inline) {}

  public IncomingMessage {
    to = to == null ? List.of() : List.copyOf(to);
    cc = cc == null ? List.of() : List.copyOf(cc);
    bcc = bcc == null ? List.of() : List.copyOf(bcc);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
