package com.tandem.server.sync.store;

import com.tandem.engine.reconcile.Conflict;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.sync.resource.SyncedResource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sync_conflicts rows: items changed on both sides, with both versions and the decision. */
@Repository
public class JdbcConflicts {

  private final JdbcClient jdbc;

  public JdbcConflicts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public <F extends SyncFields<F>> void record(
      long userId, SyncedResource<F> resource, Long runId, Conflict<F> conflict, String title) {
    FieldsJson<F> json = FieldsJson.of(resource.fieldsType());
    jdbc.sql(
            "INSERT INTO sync_conflicts (user_id, resource, run_id, crm_id, microsoft_id, title,"
                + " rule_name, decision, crm_fields, microsoft_fields, result_fields, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            userId,
            resource.id().name(),
            runId,
            conflict.crmId(),
            conflict.microsoftId(),
            JdbcRunLog.clip(title, 300),
            JdbcRunLog.clip(conflict.rule(), 40),
            conflict.decision().name(),
            json.write(conflict.crmVersion()),
            json.write(conflict.microsoftVersion()),
            json.write(conflict.result()),
            OffsetDateTime.ofInstant(conflict.at(), ZoneOffset.UTC))
        .update();
  }
}
