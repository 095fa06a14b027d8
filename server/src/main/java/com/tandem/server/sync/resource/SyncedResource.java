package com.tandem.server.sync.resource;

import com.tandem.engine.reconcile.ConflictPolicy;
import com.tandem.engine.reconcile.Direction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.server.settings.ConflictResolution;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.SyncDirection;
import com.tandem.server.sync.SyncResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One kind of item that syncs (calendar events, tasks): everything that differs between them, so
 * that the run, the scheduler, the status pages, the metrics and the API name none. A resource is
 * its settings, its CRM store, its Microsoft side and the type of its synced fields.
 *
 * @param <F> the kind of item
 */
public interface SyncedResource<F extends SyncFields<F>> {

  /** Its name in the database, the API and the pages. */
  SyncResource id();

  /** The system-wide switch (Microsoft 365 Integrations) without which it never syncs. */
  SettingKey<Boolean> systemSwitch();

  /** Its "Enabled" setting, resolved per user. */
  SettingKey<Boolean> enabledSetting();

  /** Its "Sync Direction" setting. */
  SettingKey<SyncDirection> directionSetting();

  /** Its "Conflict Resolution" setting. */
  SettingKey<ConflictResolution> conflictSetting();

  /** Whether Microsoft's delta round covers the sync window (a window moved far starts anew). */
  boolean windowed();

  /** The CRM side. */
  CrmItems<F> crm();

  /** The Microsoft side. */
  MicrosoftItems<F> microsoft();

  /** The type of its synced fields, as links store them. */
  Class<F> fieldsType();

  /** The settings whose change switches it on or off for someone. */
  default List<SettingKey<Boolean>> switches() {
    return List.of(systemSwitch(), enabledSetting());
  }

  /** Whether it syncs for the user whose settings these are. */
  default boolean enabled(ResolvedSettings settings) {
    return settings.value(systemSwitch()) && settings.value(enabledSetting());
  }

  /** The direction, conflict strategy and deletion limit a run of it follows. */
  default SyncPolicy policy(ResolvedSettings settings) {
    return new SyncPolicy(
        switch (settings.value(directionSetting())) {
          case CRM_TO_MICROSOFT -> Direction.CRM_TO_MICROSOFT;
          case MICROSOFT_TO_CRM -> Direction.MICROSOFT_TO_CRM;
          case BIDIRECTIONAL -> Direction.BIDIRECTIONAL;
        },
        switch (settings.value(conflictSetting())) {
          case CRM_WINS -> ConflictPolicy.CRM_WINS;
          case MICROSOFT_WINS -> ConflictPolicy.MICROSOFT_WINS;
          case MOST_RECENT -> ConflictPolicy.MOST_RECENT;
          case MERGE_FIELDS -> ConflictPolicy.MERGE_FIELDS;
        },
        settings.value(SettingKeys.SYNC_MAX_DELETE_PERCENT));
  }

  /** The sync window the settings ask for at {@code now}. */
  default SyncWindow window(ResolvedSettings settings, Instant now) {
    return new SyncWindow(
        now.minus(Duration.ofDays(settings.value(SettingKeys.CALENDAR_WINDOW_PAST_DAYS))),
        now.plus(Duration.ofDays(settings.value(SettingKeys.CALENDAR_WINDOW_FUTURE_DAYS))));
  }
}
