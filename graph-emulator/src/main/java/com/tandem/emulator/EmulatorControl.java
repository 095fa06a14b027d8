package com.tandem.emulator;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Tenant;
import com.tandem.emulator.graph.Mailbox;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Control operations on a running emulator: the Java side of {@code /_emulator/}. */
public final class EmulatorControl {
  private final GraphEmulator emulator;

  EmulatorControl(GraphEmulator emulator) {
    this.emulator = emulator;
  }

  /** Back to the seed: all mail, events, tasks, tokens, faults and counters are discarded. */
  public void reset() {
    emulator.resetState();
  }

  /** Adds a tenant. */
  public void addTenant(String id) {
    emulator.directory.addTenant(id);
  }

  /** Adds a user with a mailbox, calendar and default To Do list; returns the user's id. */
  public String addUser(String tenant, Seed.User user) {
    return emulator.directory.addUser(tenant, user).id();
  }

  /** Registers an application. */
  public void addApplication(String tenant, Seed.Application application) {
    emulator.directory.addApplication(tenant, application);
  }

  /** Arms a fault for the next matching requests. */
  public void injectFault(Fault fault) {
    emulator.faults.add(fault);
  }

  /** Clears injected faults. */
  public void clearFaults() {
    emulator.faults.clear();
  }

  /** Every outstanding delta token now gets 410 {@code syncStateNotFound}. */
  public void expireDeltaTokens() {
    emulator.directory.expireDeltaTokens();
  }

  /** The user's refresh tokens stop working (AADSTS700082). */
  public void revokeRefreshTokens(String tenant, String userPrincipalName) {
    Account user = user(tenant, userPrincipalName);
    emulator.tokens.revokeRefreshTokens(tenant, user.id());
    emulator.notifications.reauthorizeAll(user.id());
  }

  /** The user's consent is removed (the next refresh gets AADSTS65001). */
  public void revokeConsent(String tenant, String userPrincipalName) {
    Account user = user(tenant, userPrincipalName);
    emulator.tokens.revokeConsent(tenant, user.id());
    emulator.notifications.reauthorizeAll(user.id());
  }

  /**
   * Delivers a message to a user's mailbox folder, as Exchange would (it shows in the folder's
   * delta); returns its id. See {@link com.tandem.emulator.mail.MailStore#deliver} for the shape.
   */
  public String deliver(String tenant, String userPrincipalName, JsonNode message) {
    Mailbox box = user(tenant, userPrincipalName).mailbox();
    synchronized (box) {
      return box.mail().deliver(message);
    }
  }

  /** Sets the throttling limits per application and mailbox. */
  public void limits(int concurrentRequestsPerMailbox, int requestsPerTenMinutesPerMailbox) {
    emulator.throttle.limits(concurrentRequestsPerMailbox, requestsPerTenMinutesPerMailbox);
  }

  /** Moves the emulator clock forward. */
  public void advanceClock(Duration by) {
    emulator.clock.advance(by);
  }

  /** The emulator clock. */
  public Clock clock() {
    return emulator.clock;
  }

  /** Graph requests served for a mailbox, as {@code "GET 200" -> count}. */
  public Map<String, Long> requestCounts(String userPrincipalName) {
    return emulator.counts.of(userPrincipalName);
  }

  /** Sends a lifecycle notification ({@code reauthorizationRequired}, …) for a subscription. */
  public void lifecycleNotification(String subscriptionId, String lifecycleEvent) {
    emulator.notifications.lifecycle(subscriptionId, lifecycleEvent);
  }

  /** Sets the longest lifetime a subscription may ask for. */
  public void maxSubscriptionLifetime(Duration max) {
    emulator.notifications.maxLifetime(max);
  }

  /**
   * A delegated access token for a user without the browser flow (tests that are not about
   * sign-in); consent for the scopes is recorded.
   */
  public String delegatedToken(
      String tenant, String userPrincipalName, String clientId, String... scopes) {
    Account user = user(tenant, userPrincipalName);
    Set<String> granted = new LinkedHashSet<>(Arrays.asList(scopes));
    return emulator.tokens.issueAccess(tenant, clientId, user.id(), granted, Set.of());
  }

  /** An application (client-credentials) token with the application's registered roles. */
  public String applicationToken(String tenant, String clientId) {
    Seed.Application app = emulator.directory.require(tenant).application(clientId);
    if (app == null) {
      throw new IllegalArgumentException("unknown application: " + clientId);
    }
    return emulator.tokens.issueAccess(
        tenant, clientId, null, Set.of(), new LinkedHashSet<>(app.applicationPermissions()));
  }

  /** The tenants, users and applications now, in seed form. */
  public Seed snapshot() {
    return emulator.directory.snapshot();
  }

  private Account user(String tenant, String userPrincipalName) {
    Tenant t = emulator.directory.require(tenant);
    Account user = t.user(userPrincipalName);
    if (user == null) {
      throw new IllegalArgumentException("unknown user: " + userPrincipalName);
    }
    return user;
  }
}
