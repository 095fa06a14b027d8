package com.tandem.emulator.directory;

import com.tandem.emulator.Seed;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A tenant: its users (by id and by UPN) and its registered applications. */
public final class Tenant {
  private final String id;
  private final String guid = Ids.guid();
  private final Map<String, Account> byId = new ConcurrentHashMap<>();
  private final Map<String, Account> byUpn = new ConcurrentHashMap<>();
  private final Map<String, Seed.Application> apps = new ConcurrentHashMap<>();

  /** An empty tenant. */
  public Tenant(String id) {
    this.id = id;
  }

  /** The tenant name used in URLs. */
  public String id() {
    return id;
  }

  /** The tenant's GUID ({@code tid}). */
  public String guid() {
    return guid;
  }

  /** Adds a user; refuses a duplicate UPN. */
  public void add(Account account) {
    String key = account.userPrincipalName().toLowerCase(Locale.ROOT);
    if (byUpn.putIfAbsent(key, account) != null) {
      throw new IllegalArgumentException("user already exists: " + account.userPrincipalName());
    }
    byId.put(account.id(), account);
  }

  /** Registers an application; refuses a duplicate client id. */
  public void add(Seed.Application app) {
    if (apps.putIfAbsent(app.clientId(), app) != null) {
      throw new IllegalArgumentException("application already exists: " + app.clientId());
    }
  }

  /** A user by object id or user principal name, either in any letter case, or null. */
  public Account user(String idOrUpn) {
    Account a = byId.get(idOrUpn);
    if (a != null) {
      return a;
    }
    // Object ids are GUIDs, which Graph reads in any case; ids are stored as UUID writes them.
    String folded = idOrUpn.toLowerCase(Locale.ROOT);
    a = byUpn.get(folded);
    return a != null ? a : byId.get(folded);
  }

  /** All users. */
  public Collection<Account> users() {
    return byId.values();
  }

  /** An application by client id, or null. */
  public Seed.Application application(String clientId) {
    return clientId == null ? null : apps.get(clientId);
  }

  /** The tenant's applications. */
  public Collection<Seed.Application> applications() {
    return apps.values();
  }
}
