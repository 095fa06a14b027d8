package com.tandem.bench.sync;

import com.tandem.server.TandemApplication;
import com.tandem.server.settings.AuthMode;
import com.tandem.server.settings.Cloud;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.UpdateSettings;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.run.ResourceRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tandem started in this process, as {@code java -jar tandem.jar} would, on a fresh file H2 under
 * {@code target/}: no sandbox tenant, application mode against the benchmark's emulator, CRM users
 * linked straight in the database. The benchmarks call its beans directly.
 */
final class InProcessTandem implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final JdbcClient jdbc;
  private long organizationId;

  private InProcessTandem(ConfigurableApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /**
   * Starts Tandem with its database and data directory under {@code dir} (wiped first) and the
   * given extra properties ({@code name=value}).
   */
  static InProcessTandem start(Path dir, String... properties) throws IOException {
    wipe(dir);
    Files.createDirectories(dir);
    List<String> args = new ArrayList<>();
    // The server's own embedded database (its default URL, durability included) in the folder.
    args.add("--tandem.data-dir=" + dir.toAbsolutePath().resolve("data"));
    args.add("--tandem.sandbox.enabled=false");
    args.add("--tandem.admin-password=bench-admin-password");
    args.add("--server.port=0");
    args.add("--spring.main.banner-mode=off");
    args.add("--logging.level.root=WARN");
    for (String p : properties) {
      args.add("--" + p);
    }
    SpringApplication app = new SpringApplication(TandemApplication.class);
    return new InProcessTandem(app.run(args.toArray(String[]::new)));
  }

  /**
   * Points Tandem at an Azure application in application mode with both syncs switched on; {@code
   * graphUrl} may differ from the emulator (the counting proxy).
   */
  void applicationMode(
      String tenant, String clientId, String secret, String authorityUrl, String graphUrl) {
    Map<SettingKey<?>, Object> values = new LinkedHashMap<>();
    values.put(SettingKeys.AZURE_CLIENT_ID, clientId);
    values.put(SettingKeys.AZURE_CLIENT_SECRET, secret);
    values.put(SettingKeys.AZURE_TENANT_ID, tenant);
    values.put(SettingKeys.AZURE_CLOUD, Cloud.CUSTOM);
    values.put(SettingKeys.AZURE_AUTHORITY_URL, authorityUrl);
    values.put(SettingKeys.AZURE_GRAPH_URL, graphUrl);
    values.put(SettingKeys.AZURE_AUTH_MODE, AuthMode.APPLICATION);
    values.put(SettingKeys.CALENDAR_SYNC_ENABLED, true);
    values.put(SettingKeys.TASKS_SYNC_ENABLED, true);
    settings(values);
  }

  /** Sets system-scope settings. */
  void settings(Map<SettingKey<?>, ?> values) {
    context.getBean(UpdateSettings.class).apply(null, Scope.system(), values);
  }

  /** Creates a CRM user linked to the Microsoft user {@code upn}; returns the user's id. */
  long linkedUser(String name, String upn) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (organizationId == 0) {
      jdbc.sql("INSERT INTO organizations (name, created_at) VALUES ('Bench', ?)")
          .param(now)
          .update();
      organizationId =
          jdbc.sql("SELECT id FROM organizations WHERE name = 'Bench'").query(Long.class).single();
    }
    jdbc.sql(
            "INSERT INTO users (username, email, display_name, organization_id, password_hash,"
                + " created_at) VALUES (?, ?, ?, ?, '{noop}not-used', ?)")
        .params(name, upn, name, organizationId, now)
        .update();
    long id =
        jdbc.sql("SELECT id FROM users WHERE username = ?").param(name).query(Long.class).single();
    jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, 'USER')").param(id).update();
    jdbc.sql(
            "INSERT INTO microsoft_user_links (user_id, microsoft_user, microsoft_user_key,"
                + " account_name, linked_by, linked_at) VALUES (?, ?, ?, ?, 'MANUAL', ?)")
        .params(id, upn, upn.toLowerCase(java.util.Locale.ROOT), name, now)
        .update();
    return id;
  }

  /** The sync's run of one resource, when the build has one. */
  Optional<ResourceRun> resourceRun() {
    return Optional.ofNullable(context.getBeanProvider(ResourceRun.class).getIfAvailable());
  }

  /** Tandem's Sync now, if this build has it. */
  Optional<SyncNow> syncNow() {
    return Optional.ofNullable(context.getBeanProvider(SyncNow.class).getIfAvailable());
  }

  /** A bean of Tandem's. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A configuration property of Tandem's, or null. */
  String property(String name) {
    return context.getEnvironment().getProperty(name);
  }

  /** Tandem's database. */
  JdbcClient jdbc() {
    return jdbc;
  }

  @Override
  public void close() {
    context.close();
  }

  private static void wipe(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
