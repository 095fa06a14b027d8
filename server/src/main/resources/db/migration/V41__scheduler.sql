-- The sync scheduler: db-scheduler's table (its documented PostgreSQL layout, with VARCHAR keys so
-- that it also runs on H2 in PostgreSQL mode, where TEXT is a large object and cannot be a key).
-- One row per scheduled task instance: each connection's next run ("sync-connection", instance =
-- the user id), the cluster-wide "sync-schedules" pass and settings changes being applied.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)  NOT NULL,
    task_instance        VARCHAR(250)  NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN       NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- When the connection's last scheduled or Sync now run ended: the next run is this plus the
-- interval, so an interval change can recompute it.
ALTER TABLE sync_connections ADD COLUMN last_run_at TIMESTAMP WITH TIME ZONE;
