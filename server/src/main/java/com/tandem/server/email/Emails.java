package com.tandem.server.email;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The organizations' emails and their mailbox copies. */
public interface Emails {

  /**
   * What became of a recorded copy.
   *
   * @param emailId the CRM email it belongs to; null when skipped
   * @param newEmail whether this copy created the email (the first mailbox to see the message)
   * @param newCopy whether the mailbox's copy is new (not a re-read or a move of one stored)
   * @param skipped why nothing was stored, for the run log; null when stored
   */
  record Recorded(String emailId, boolean newEmail, boolean newCopy, String skipped) {
    static Recorded skipped(String reason) {
      return new Recorded(null, false, false, reason);
    }
  }

  /**
   * Records a mailbox's copy of a message: the organization's email for its Internet message id
   * (created by the first copy, whose content it keeps), and the copy in its folder. The same copy
   * again (a re-read, or a move, which keeps an immutable id) updates its folder and nothing else.
   * Call it outside a transaction: a message two runs store at once is settled by the unique key,
   * which a surrounding transaction on PostgreSQL would not survive.
   */
  Recorded record(long organizationId, IncomingMessage message);

  /**
   * Outlook reported the copy gone from {@code folderId}: it is marked removed, unless it was
   * meanwhile seen in another folder (a move whose two halves came in the other order). The email
   * is kept. Returns whether a copy was marked.
   */
  boolean removed(MailboxRef mailbox, String messageId, String folderId);

  /** Whether a contact of the organization holds one of these addresses (lower-cased). */
  boolean anyContact(long organizationId, Collection<String> addressKeys);

  /** One email with its body, addresses, attachments, copies and contacts. */
  Optional<Email> find(long organizationId, String id);

  /** The emails a contact is linked to, newest first, without bodies. */
  List<Email> ofContact(long organizationId, String contactId, int offset, int limit);

  /** The emails of a conversation, oldest first, without bodies. */
  List<Email> thread(long organizationId, String conversationId);
}
