package com.tandem.server.email;

import java.time.Instant;
import java.util.List;

/**
 * An email as the CRM holds it: once per organization and Internet message id.
 *
 * @param body the sanitized body; null where a list of emails leaves it out
 * @param copies the synced mailboxes' copies, with their folders; a copy deleted in Outlook stays
 *     listed with the time it went, and the email stays
 * @param contacts the contacts holding one of its addresses now, each with the address and role
 *     that links it (from, to or cc; a blind copy links nobody)
 */
public record Email(
    String id,
    long organizationId,
    String internetMessageId,
    String conversationId,
    String subject,
    EmailAddress from,
    List<EmailAddress> to,
    List<EmailAddress> cc,
    List<EmailAddress> bcc,
    Instant sentAt,
    Instant receivedAt,
    String preview,
    boolean html,
    String body,
    List<IncomingMessage.Attachment> attachments,
    List<Copy> copies,
    List<ContactLink> contacts) {

  /** Where an address stands in a message. */
  public enum Role {
    FROM,
    TO,
    CC,
    BCC
  }

  /**
   * One mailbox's copy.
   *
   * @param removedAt when Outlook reported it deleted, or null while it is there
   */
  public record Copy(MailboxRef mailbox, String messageId, String folderId, Instant removedAt) {}

  /** Why a contact is linked: its address {@code address} stands in the email as {@code role}. */
  public record ContactLink(String contactId, String contactName, String address, Role role) {}
}
