package com.tandem.server.settings;

import static com.tandem.server.settings.SettingKey.Kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every setting of Tandem, declared once (PRODUCT.md, "The settings"). */
public final class SettingKeys {

  /** The Azure AD application's client id. */
  public static final SettingKey<String> AZURE_CLIENT_ID =
      SettingKey.text("azure.client_id", Kind.TEXT);

  /** The Azure AD application's client secret: stored encrypted, never shown. */
  public static final SettingKey<String> AZURE_CLIENT_SECRET =
      SettingKey.text("azure.client_secret", Kind.SECRET);

  /** The directory (tenant) id, or {@code organizations} / {@code common}. */
  public static final SettingKey<String> AZURE_TENANT_ID =
      SettingKey.text("azure.tenant_id", Kind.TENANT);

  /** The Microsoft cloud. */
  public static final SettingKey<Cloud> AZURE_CLOUD =
      SettingKey.choice("azure.cloud", Cloud.class, Cloud.GLOBAL, true);

  /** The identity platform's base URL when the cloud is {@link Cloud#CUSTOM}. */
  public static final SettingKey<String> AZURE_AUTHORITY_URL =
      SettingKey.text("azure.authority_url", Kind.URL);

  /** Graph's base URL when the cloud is {@link Cloud#CUSTOM}. */
  public static final SettingKey<String> AZURE_GRAPH_URL =
      SettingKey.text("azure.graph_url", Kind.URL);

  /** Delegated (each user connects) or application (client credentials) sign-in. */
  public static final SettingKey<AuthMode> AZURE_AUTH_MODE =
      SettingKey.choice("azure.auth_mode", AuthMode.class, AuthMode.DELEGATED, true);

  /** The system switch for email sync. */
  public static final SettingKey<Boolean> EMAIL_SYNC_ENABLED =
      SettingKey.flag("integrations.email_enabled", false, true);

  /** The system switch for calendar sync. */
  public static final SettingKey<Boolean> CALENDAR_SYNC_ENABLED =
      SettingKey.flag("integrations.calendar_enabled", false, true);

  /** The system switch for task sync. */
  public static final SettingKey<Boolean> TASKS_SYNC_ENABLED =
      SettingKey.flag("integrations.tasks_enabled", false, true);

  /** Minutes between two sync runs of a connection. */
  public static final SettingKey<Integer> SYNC_INTERVAL_MINUTES =
      SettingKey.wholeNumber("sync.interval_minutes", 5, 1, 1440);

  /** Whether calendar events are synced for the scope. */
  public static final SettingKey<Boolean> CALENDAR_ENABLED =
      SettingKey.flag("calendar.enabled", true, false);

  /** Which way calendar events flow. */
  public static final SettingKey<SyncDirection> CALENDAR_DIRECTION =
      SettingKey.choice(
          "calendar.direction", SyncDirection.class, SyncDirection.BIDIRECTIONAL, false);

  /** Who wins a calendar conflict (bidirectional only). */
  public static final SettingKey<ConflictResolution> CALENDAR_CONFLICT_RESOLUTION =
      SettingKey.choice(
          "calendar.conflict_resolution",
          ConflictResolution.class,
          ConflictResolution.CRM_WINS,
          false);

  /** Whether tasks are synced for the scope. */
  public static final SettingKey<Boolean> TASKS_ENABLED =
      SettingKey.flag("tasks.enabled", true, false);

  /** Which way tasks flow. */
  public static final SettingKey<SyncDirection> TASKS_DIRECTION =
      SettingKey.choice("tasks.direction", SyncDirection.class, SyncDirection.BIDIRECTIONAL, false);

  /** Who wins a task conflict (bidirectional only). */
  public static final SettingKey<ConflictResolution> TASKS_CONFLICT_RESOLUTION =
      SettingKey.choice(
          "tasks.conflict_resolution",
          ConflictResolution.class,
          ConflictResolution.CRM_WINS,
          false);

  /** How many days back calendar sync reaches. */
  public static final SettingKey<Integer> CALENDAR_WINDOW_PAST_DAYS =
      SettingKey.wholeNumber("calendar.window_past_days", 365, 0, 3650);

  /** How many days ahead calendar sync reaches. */
  public static final SettingKey<Integer> CALENDAR_WINDOW_FUTURE_DAYS =
      SettingKey.wholeNumber("calendar.window_future_days", 730, 1, 3650);

  /** Whether email is imported for the scope (while the system's email switch is on). */
  public static final SettingKey<Boolean> EMAIL_ENABLED =
      SettingKey.flag("email.enabled", true, false);

  /** The mailbox folders to import: well-known names or folder ids. */
  public static final SettingKey<List<String>> EMAIL_FOLDERS =
      SettingKey.folders("email.folders", List.of("inbox", "sentitems"));

  /** How many days back a first email import reaches. */
  public static final SettingKey<Integer> EMAIL_IMPORT_DAYS =
      SettingKey.wholeNumber("email.import_days", 365, 0, 3650);

  /** Which emails of the chosen folders are kept. */
  public static final SettingKey<EmailTrack> EMAIL_TRACK =
      SettingKey.choice("email.track", EmailTrack.class, EmailTrack.ALL, false);

  /** The largest share (percent) of one side's synced items a run may delete before it stops. */
  public static final SettingKey<Integer> SYNC_MAX_DELETE_PERCENT =
      SettingKey.wholeNumber("sync.max_delete_percent", 50, 1, 100);

  /** Every key, in the order of the settings pages. */
  public static final List<SettingKey<?>> ALL =
      List.of(
          AZURE_CLIENT_ID,
          AZURE_CLIENT_SECRET,
          AZURE_TENANT_ID,
          AZURE_CLOUD,
          AZURE_AUTHORITY_URL,
          AZURE_GRAPH_URL,
          AZURE_AUTH_MODE,
          EMAIL_SYNC_ENABLED,
          CALENDAR_SYNC_ENABLED,
          TASKS_SYNC_ENABLED,
          SYNC_INTERVAL_MINUTES,
          CALENDAR_ENABLED,
          CALENDAR_DIRECTION,
          CALENDAR_CONFLICT_RESOLUTION,
          TASKS_ENABLED,
          TASKS_DIRECTION,
          TASKS_CONFLICT_RESOLUTION,
          CALENDAR_WINDOW_PAST_DAYS,
          CALENDAR_WINDOW_FUTURE_DAYS,
          SYNC_MAX_DELETE_PERCENT,
          EMAIL_ENABLED,
          EMAIL_FOLDERS,
          EMAIL_IMPORT_DAYS,
          EMAIL_TRACK);

  /** The system switches, which need the Azure application to be complete. */
  static final List<SettingKey<Boolean>> INTEGRATION_SWITCHES =
      List.of(EMAIL_SYNC_ENABLED, CALENDAR_SYNC_ENABLED, TASKS_SYNC_ENABLED);

  /** The Azure application's fields that the system switches need. */
  static final List<SettingKey<String>> APPLICATION_FIELDS =
      List.of(AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_TENANT_ID);

  private static final Map<String, SettingKey<?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(SettingKey::name, Function.identity()));

  private SettingKeys() {}

  /** The key with this name, if there is one. */
  public static Optional<SettingKey<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
