package com.tandem.server.account;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.server.directory.Directory;
import com.tandem.server.settings.Cloud;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.settings.SettingsChanged;
import com.tandem.server.settings.UpdateSettings;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The built-in Sandbox Microsoft 365 tenant: while no real Azure application is configured, the
 * graph-emulator runs on loopback as tenant {@code sandbox}, with an application registered for
 * Tandem's Redirect URI and one account per Tandem user, and the system settings point at it. A
 * real tenant's client id retires the sandbox for good.
 */
@Component
class SandboxTenant implements SandboxLoginHints {

  /** The sandbox's tenant id. */
  static final String TENANT = "sandbox";

  private static final Logger log = LoggerFactory.getLogger(SandboxTenant.class);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final List<String> APPLICATION_PERMISSIONS =
      List.of(
          "Calendars.ReadWrite", "Tasks.ReadWrite", "Mail.ReadWrite", "Mail.Send", "User.Read.All");

  private final SecureRandom random = new SecureRandom();
  private final boolean enabled;
  private final JdbcSandbox store;
  private final Settings settings;
  private final UpdateSettings update;
  private final AzureApplications applications;
  private final Directory directory;
  private final Clock clock;
  private volatile GraphEmulator emulator;
  private volatile String clientId;

  SandboxTenant(
      @Value("${tandem.sandbox.enabled:true}") boolean enabled,
      JdbcSandbox store,
      Settings settings,
      UpdateSettings update,
      AzureApplications applications,
      Directory directory,
      Clock clock) {
    this.enabled = enabled;
    this.store = store;
    this.settings = settings;
    this.update = update;
    this.applications = applications;
    this.directory = directory;
    this.clock = clock;
  }

  /** Starts the sandbox once the server listens (so the Redirect URI has its real port). */
  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (!enabled || emulator != null) {
      return;
    }
    Optional<JdbcSandbox.App> app = store.app();
    String configured = settings.forSystem().value(SettingKeys.AZURE_CLIENT_ID);
    boolean realTenant =
        configured != null
            && !configured.isBlank()
            && app.map(a -> !a.clientId().equals(configured)).orElse(true);
    if (app.map(JdbcSandbox.App::retired).orElse(false) || realTenant) {
      if (app.isPresent() && !app.get().retired()) {
        store.retire();
      }
      log.info("A real Azure application is configured: the sandbox tenant stays off");
      return;
    }
    JdbcSandbox.App sandboxApp = app.orElseGet(this::register);
    Seed seed = seed(sandboxApp);
    GraphEmulator started = GraphEmulator.start(0, seed);
    this.emulator = started;
    this.clientId = sandboxApp.clientId();
    Map<SettingKey<?>, Object> values = new LinkedHashMap<>();
    values.put(SettingKeys.AZURE_CLIENT_ID, sandboxApp.clientId());
    values.put(SettingKeys.AZURE_CLIENT_SECRET, sandboxApp.clientSecret());
    values.put(SettingKeys.AZURE_TENANT_ID, TENANT);
    values.put(SettingKeys.AZURE_CLOUD, Cloud.CUSTOM);
    values.put(SettingKeys.AZURE_AUTHORITY_URL, started.baseUrl());
    values.put(SettingKeys.AZURE_GRAPH_URL, started.baseUrl());
    update.apply(null, Scope.system(), values);
    for (JdbcSandbox.Person person : store.peopleWithoutAccount()) {
      create(person);
    }
    log.info(
        "Sandbox Microsoft 365 tenant '{}' runs at {} (no real Azure application configured)",
        TENANT,
        started.baseUrl());
  }

  /** Retires the sandbox when someone enters a real tenant's client id. */
  @EventListener
  void settingsChanged(SettingsChanged event) {
    if (!event.scope().equals(Scope.system())
        || !event.keys().contains(SettingKeys.AZURE_CLIENT_ID.name())
        || clientId == null) {
      return;
    }
    String configured = settings.forSystem().value(SettingKeys.AZURE_CLIENT_ID);
    if (!clientId.equals(configured)) {
      store.retire();
      stop();
      log.info("A real Azure application was configured: the sandbox tenant is switched off");
    }
  }

  /** Whether the sandbox runs now. */
  boolean running() {
    return emulator != null;
  }

  /** The running emulator, for tests and demos (its control API). */
  Optional<GraphEmulator> emulator() {
    return Optional.ofNullable(emulator);
  }

  /** The user's sandbox account, created first if they have none; empty when the sandbox is off. */
  Optional<JdbcSandbox.Account> account(long userId) {
    if (emulator == null) {
      return Optional.empty();
    }
    Optional<JdbcSandbox.Account> existing = store.account(userId);
    if (existing.isPresent()) {
      return existing;
    }
    return directory
        .user(userId)
        .flatMap(
            u -> create(new JdbcSandbox.Person(u.id(), u.username(), u.email(), u.displayName())));
  }

  @Override
  public Optional<String> loginHint(Directory.UserRef user) {
    return account(user.id()).map(JdbcSandbox.Account::userPrincipalName);
  }

  @PreDestroy
  synchronized void stop() {
    GraphEmulator running = emulator;
    emulator = null;
    clientId = null;
    if (running != null) {
      running.close();
    }
  }

  private JdbcSandbox.App register() {
    JdbcSandbox.App app = new JdbcSandbox.App(UUID.randomUUID().toString(), randomText(32), false);
    store.saveApp(app.clientId(), app.clientSecret(), clock.instant());
    return app;
  }

  private Seed seed(JdbcSandbox.App app) {
    Seed.Builder seed = Seed.builder().tenant(TENANT);
    for (JdbcSandbox.Account account : store.accounts()) {
      String name =
          directory.user(account.userId()).map(Directory.UserRef::displayName).orElse(null);
      seed.user(account.userPrincipalName(), name, account.password());
    }
    seed.application(
        app.clientId(),
        app.clientSecret(),
        List.of(applications.redirectUri().toString()),
        APPLICATION_PERMISSIONS);
    return seed.build();
  }

  private synchronized Optional<JdbcSandbox.Account> create(JdbcSandbox.Person person) {
    GraphEmulator running = emulator;
    if (running == null) {
      return Optional.empty();
    }
    Optional<JdbcSandbox.Account> existing = store.account(person.userId());
    if (existing.isPresent()) {
      return existing;
    }
    JdbcSandbox.Account account =
        new JdbcSandbox.Account(person.userId(), principalName(person), randomText(16));
    store.saveAccount(account, clock.instant());
    String name = person.displayName() == null ? person.username() : person.displayName();
    running
        .control()
        .addUser(TENANT, new Seed.User(account.userPrincipalName(), name, account.password()));
    return Optional.of(account);
  }

  private String principalName(JdbcSandbox.Person person) {
    List<String> candidates = new ArrayList<>();
    String email = person.email();
    if (email != null && email.matches("[^@\\s]+@[^@\\s]+")) {
      candidates.add(email.trim());
    }
    String local = person.username().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
    candidates.add((local.isEmpty() ? "user" : local) + "@sandbox.test");
    candidates.add("user" + person.userId() + "@sandbox.test");
    for (String candidate : candidates) {
      if (!store.upnTaken(candidate)) {
        return candidate;
      }
    }
    return UUID.randomUUID() + "@sandbox.test";
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
