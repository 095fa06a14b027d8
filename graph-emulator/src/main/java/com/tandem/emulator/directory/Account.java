package com.tandem.emulator.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import java.util.function.Function;

/** A user of a tenant, with their mailbox. */
public final class Account {
  private final String id;
  private final String tenantId;
  private final String userPrincipalName;
  private final String displayName;
  private final String password;
  private final Object mailbox;

  /** Creates the account; {@code mailboxFactory} builds its mailbox. */
  public Account(
      String tenantId,
      String userPrincipalName,
      String displayName,
      String password,
      Function<Account, Object> mailboxFactory) {
    this.id = Ids.guid();
    this.tenantId = tenantId;
    this.userPrincipalName = Objects.requireNonNull(userPrincipalName);
    this.displayName = displayName;
    this.password = password;
    this.mailbox = mailboxFactory.apply(this);
  }

  /** Directory object id (GUID). */
  public String id() {
    return id;
  }

  /** The tenant. */
  public String tenantId() {
    return tenantId;
  }

  /** Sign-in name and mail address. */
  public String userPrincipalName() {
    return userPrincipalName;
  }

  /** Display name. */
  public String displayName() {
    return displayName;
  }

  /** The password (for saving the directory as a seed). */
  public String password() {
    return password;
  }

  /** Whether the password matches. */
  public boolean passwordMatches(String attempt) {
    return password.equals(attempt);
  }

  /** The mailbox, typed by the caller. */
  @JsonIgnore
  @SuppressWarnings("unchecked")
  public <T> T mailbox() {
    return (T) mailbox;
  }
}
