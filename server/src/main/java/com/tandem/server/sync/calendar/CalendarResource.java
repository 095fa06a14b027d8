package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.EventFields;
import com.tandem.server.settings.ConflictResolution;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.SyncDirection;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.CrmItems;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.SyncedResource;
import org.springframework.stereotype.Component;

/** CRM calendar events and the user's Outlook calendar, over the sync window. */
@Component
class CalendarResource implements SyncedResource<EventFields> {

  private final CrmItems<EventFields> crm;
  private final MicrosoftItems<EventFields> microsoft;

  CalendarResource(CrmItems<EventFields> crm, MicrosoftItems<EventFields> microsoft) {
    this.crm = crm;
    this.microsoft = microsoft;
  }

  @Override
  public SyncResource id() {
    return SyncResource.CALENDAR;
  }

  @Override
  public SettingKey<Boolean> systemSwitch() {
    return SettingKeys.CALENDAR_SYNC_ENABLED;
  }

  @Override
  public SettingKey<Boolean> enabledSetting() {
    return SettingKeys.CALENDAR_ENABLED;
  }

  @Override
  public SettingKey<SyncDirection> directionSetting() {
    return SettingKeys.CALENDAR_DIRECTION;
  }

  @Override
  public SettingKey<ConflictResolution> conflictSetting() {
    return SettingKeys.CALENDAR_CONFLICT_RESOLUTION;
  }

  @Override
  public boolean windowed() {
    return true;
  }

  @Override
  public CrmItems<EventFields> crm() {
    return crm;
  }

  @Override
  public MicrosoftItems<EventFields> microsoft() {
    return microsoft;
  }

  @Override
  public Class<EventFields> fieldsType() {
    return EventFields.class;
  }
}
