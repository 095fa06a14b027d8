package com.tandem.server.email;

/**
 * A synced mailbox: a user's own, or one of an organization's system mailboxes.
 *
 * @param id the user's id, or the system mailbox's id
 */
public record MailboxRef(Kind kind, long id) {

  /** Whose mailbox it is. */
  public enum Kind {
    USER,
    SYSTEM
  }

  public static MailboxRef user(long userId) {
    return new MailboxRef(Kind.USER, userId);
  }

  public static MailboxRef system(long mailboxId) {
    return new MailboxRef(Kind.SYSTEM, mailboxId);
  }
}
