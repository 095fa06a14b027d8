package com.tandem.server.sync;

import com.tandem.server.settings.AuthMode;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.UpdateSettings;
import com.tandem.server.testing.TestDirectory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test set-up: an Azure application in application mode (so a link makes a connection usable
 * without any token) with calendar and task sync switched on, and users linked to mailboxes.
 */
public final class Connected {

  private final JdbcClient jdbc;
  private final UpdateSettings settings;
  private final TestDirectory directory;

  public Connected(JdbcClient jdbc, UpdateSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.directory = new TestDirectory(jdbc);
  }

  /** Application mode against {@code graphUrl}, both resources switched on system-wide. */
  public void applicationMode(String graphUrl, String clientId, String clientSecret) {
    Map<SettingKey<?>, Object> values = new LinkedHashMap<>();
    values.put(SettingKeys.AZURE_CLIENT_ID, clientId);
    values.put(SettingKeys.AZURE_CLIENT_SECRET, clientSecret);
    values.put(SettingKeys.AZURE_TENANT_ID, "contoso");
    values.put(SettingKeys.AZURE_CLOUD, com.tandem.server.settings.Cloud.CUSTOM);
    values.put(SettingKeys.AZURE_AUTHORITY_URL, graphUrl);
    values.put(SettingKeys.AZURE_GRAPH_URL, graphUrl);
    values.put(SettingKeys.AZURE_AUTH_MODE, AuthMode.APPLICATION);
    values.put(SettingKeys.CALENDAR_SYNC_ENABLED, true);
    values.put(SettingKeys.TASKS_SYNC_ENABLED, true);
    settings.apply(null, Scope.system(), values);
  }

  public long organization(String name) {
    return directory.organization(name);
  }

  /** A user of the organization linked to the mailbox {@code upn}. */
  public long user(long organizationId, String name, String upn) {
    long id = directory.user(name, "password-" + name, organizationId, "USER");
    link(id, upn);
    return id;
  }

  /**
   * Many users of the organization at once, each linked to {@code <prefix><i>@contoso.test}, with a
   * password nobody can sign in with (hashing one per user would take seconds).
   */
  public java.util.List<Long> users(long organizationId, String prefix, int count) {
    String unique = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "-";
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      jdbc.sql(
              "INSERT INTO users (username, email, display_name, organization_id, password_hash,"
                  + " created_at) VALUES (?, ?, ?, ?, '{noop}-', ?)")
          .params(unique + i, unique + i + "@example.test", prefix + i, organizationId, now)
          .update();
      long id =
          jdbc.sql("SELECT id FROM users WHERE username = ?")
              .param(unique + i)
              .query(Long.class)
              .single();
      link(id, prefix + i + "@contoso.test");
      ids.add(id);
    }
    return ids;
  }

  void link(long userId, String upn) {
    jdbc.sql(
            "INSERT INTO microsoft_user_links (user_id, microsoft_user, microsoft_user_key,"
                + " linked_by, linked_at) VALUES (?, ?, ?, 'TEST', ?)")
        .params(
            userId, upn, upn.toLowerCase(java.util.Locale.ROOT), OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  void unlink(long userId) {
    jdbc.sql("DELETE FROM microsoft_user_links WHERE user_id = ?").param(userId).update();
  }

  public <T> void set(Scope scope, SettingKey<T> key, T value) {
    Map<SettingKey<?>, Object> values = new LinkedHashMap<>();
    values.put(key, value);
    settings.apply(null, scope, values);
  }

  /** Sets several settings of a scope in one change, as one save of a settings page does. */
  public void set(Scope scope, Map<SettingKey<?>, Object> values) {
    settings.apply(null, scope, new LinkedHashMap<>(values));
  }
}
