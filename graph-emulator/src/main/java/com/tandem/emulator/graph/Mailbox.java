package com.tandem.emulator.graph;

import com.tandem.emulator.calendar.Calendar;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.mail.MailStore;
import com.tandem.emulator.todo.TodoStore;

/**
 * A user's Exchange mailbox: calendar, To Do and mail. Handlers synchronize on it, so one mailbox
 * changes one request at a time.
 */
public final class Mailbox {
  private final Calendar calendar;
  private final TodoStore todo;
  private final MailStore mail;

  /** A new mailbox with its default folders and the default To Do list. */
  public Mailbox(
      Account owner, ChangeSink sink, java.time.Clock clock, java.util.function.LongSupplier seq) {
    this.calendar = new Calendar(owner, sink);
    this.todo = new TodoStore(owner, sink, clock, seq);
    this.mail = new MailStore(owner, sink, clock, seq);
  }

  /** The primary calendar. */
  public Calendar calendar() {
    return calendar;
  }

  /** Microsoft To Do. */
  public TodoStore todo() {
    return todo;
  }

  /** Mail folders and messages. */
  public MailStore mail() {
    return mail;
  }
}
