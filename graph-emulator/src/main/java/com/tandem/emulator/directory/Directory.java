package com.tandem.emulator.directory;

import com.tandem.emulator.Seed;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The emulator's world: tenants, users, applications, the clock, the global change sequence and the
 * delta-token epoch.
 */
public final class Directory {
  private final EmulatorClock clock;
  private final Function<Account, Object> mailboxFactory;
  private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong deltaEpoch = new AtomicLong(1);

  /** A directory whose users get mailboxes from {@code mailboxFactory}. */
  public Directory(EmulatorClock clock, Function<Account, Object> mailboxFactory) {
    this.clock = clock;
    this.mailboxFactory = mailboxFactory;
  }

  /** Replaces all state with the seed's. */
  public synchronized void load(Seed seed) {
    tenants.clear();
    for (Seed.Tenant t : seed.tenants()) {
      addTenant(t.id());
      for (Seed.User u : t.users()) {
        addUser(t.id(), u);
      }
      for (Seed.Application a : t.applications()) {
        addApplication(t.id(), a);
      }
    }
  }

  /** Adds a tenant; refuses a duplicate. */
  public synchronized Tenant addTenant(String id) {
    new Seed.Tenant(id, null, null);
    String key = id.toLowerCase(Locale.ROOT);
    if (tenants.containsKey(key)) {
      throw new IllegalArgumentException("tenant already exists: " + id);
    }
    Tenant tenant = new Tenant(id);
    tenants.put(key, tenant);
    return tenant;
  }

  /** Adds a user (and mailbox) to a tenant. */
  public Account addUser(String tenantId, Seed.User user) {
    Tenant tenant = require(tenantId);
    Account account =
        new Account(
            tenant.id(),
            user.userPrincipalName(),
            user.displayName(),
            user.password(),
            mailboxFactory);
    tenant.add(account);
    return account;
  }

  /** Registers an application in a tenant. */
  public void addApplication(String tenantId, Seed.Application app) {
    require(tenantId).add(app);
  }

  /** The tenants, users and applications as a seed. */
  public Seed snapshot() {
    java.util.List<Seed.Tenant> out = new java.util.ArrayList<>();
    for (Tenant t : tenants.values()) {
      out.add(
          new Seed.Tenant(
              t.id(),
              t.users().stream()
                  .map(u -> new Seed.User(u.userPrincipalName(), u.displayName(), u.password()))
                  .toList(),
              java.util.List.copyOf(t.applications())));
    }
    return new Seed(out);
  }

  /** A tenant by name or GUID, or null. */
  public Tenant tenant(String idOrGuid) {
    Tenant t = tenants.get(idOrGuid.toLowerCase(Locale.ROOT));
    if (t != null) {
      return t;
    }
    return tenants.values().stream()
        .filter(x -> x.guid().equalsIgnoreCase(idOrGuid))
        .findFirst()
        .orElse(null);
  }

  /** A tenant, or an exception naming it. */
  public Tenant require(String tenantId) {
    Tenant t = tenant(tenantId);
    if (t == null) {
      throw new IllegalArgumentException("unknown tenant: " + tenantId);
    }
    return t;
  }

  /** All tenants. */
  public Collection<Tenant> tenants() {
    return tenants.values();
  }

  /** The emulator clock. */
  public EmulatorClock clock() {
    return clock;
  }

  /** The next change sequence number (global, strictly increasing). */
  public long nextSequence() {
    return sequence.incrementAndGet();
  }

  /** The last sequence number handed out. */
  public long currentSequence() {
    return sequence.get();
  }

  /** The current delta-token epoch; tokens from older epochs are expired. */
  public long deltaEpoch() {
    return deltaEpoch.get();
  }

  /** Expires every outstanding delta token. */
  public void expireDeltaTokens() {
    deltaEpoch.incrementAndGet();
  }
}
