package com.tandem.server.sync.tasks;

import com.tandem.engine.tasks.TaskFields;
import com.tandem.server.settings.ConflictResolution;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.SyncDirection;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.CrmItems;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.SyncedResource;
import org.springframework.stereotype.Component;

/** CRM tasks and the user's default Microsoft To Do list, whatever their dates. */
@Component
public class TaskResource implements SyncedResource<TaskFields> {

  private final CrmItems<TaskFields> crm;
  private final MicrosoftItems<TaskFields> microsoft;

  public TaskResource(CrmItems<TaskFields> crm, MicrosoftItems<TaskFields> microsoft) {
    this.crm = crm;
    this.microsoft = microsoft;
  }

  @Override
  public SyncResource id() {
    return SyncResource.TASKS;
  }

  @Override
  public SettingKey<Boolean> systemSwitch() {
    return SettingKeys.TASKS_SYNC_ENABLED;
  }

  @Override
  public SettingKey<Boolean> enabledSetting() {
    return SettingKeys.TASKS_ENABLED;
  }

  @Override
  public SettingKey<SyncDirection> directionSetting() {
    return SettingKeys.TASKS_DIRECTION;
  }

  @Override
  public SettingKey<ConflictResolution> conflictSetting() {
    return SettingKeys.TASKS_CONFLICT_RESOLUTION;
  }

  @Override
  public boolean windowed() {
    return false;
  }

  @Override
  public CrmItems<TaskFields> crm() {
    return crm;
  }

  @Override
  public MicrosoftItems<TaskFields> microsoft() {
    return microsoft;
  }

  @Override
  public Class<TaskFields> fieldsType() {
    return TaskFields.class;
  }
}
