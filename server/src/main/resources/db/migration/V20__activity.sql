-- The CRM's calendar events and tasks, kept as tombstones when deleted, and the change feed.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE calendar_events (
    id                VARCHAR(36)  PRIMARY KEY,
    user_id           BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title             VARCHAR(255) NOT NULL,
    description       TEXT,
    start_local       TIMESTAMP    NOT NULL,
    end_local         TIMESTAMP    NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    start_utc         TIMESTAMP WITH TIME ZONE NOT NULL,
    end_utc           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the end of the last occurrence (far future for open or counted series), for range queries
    series_end_utc    TIMESTAMP WITH TIME ZONE NOT NULL,
    all_day           BOOLEAN      NOT NULL,
    location          VARCHAR(255),
    attendees         TEXT         NOT NULL,
    reminder_minutes  INTEGER,
    show_as           VARCHAR(20)  NOT NULL,
    is_private        BOOLEAN      NOT NULL,
    recurrence        TEXT,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_origin       VARCHAR(10)  NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX calendar_events_user_start_idx ON calendar_events (user_id, start_utc);

CREATE TABLE tasks (
    id            VARCHAR(36)  PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject       VARCHAR(255) NOT NULL,
    description   TEXT,
    due_date      DATE,
    start_date    DATE,
    status        VARCHAR(20)  NOT NULL,
    priority      VARCHAR(10)  NOT NULL,
    reminder_at   TIMESTAMP WITH TIME ZONE,
    completed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_origin   VARCHAR(10)  NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX tasks_user_idx ON tasks (user_id, status);

-- One row whose lock every writer holds from taking a seq until its commit, so that seqs become
-- visible in increasing order: a reader never sees seq n+1 while n may still commit.
CREATE TABLE activity_feed_counter (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT  NOT NULL
);

INSERT INTO activity_feed_counter (id, last_seq) VALUES (1, 0);

CREATE TABLE activity_changes (
    seq         BIGINT       PRIMARY KEY,
    item_type   VARCHAR(20)  NOT NULL,
    item_id     VARCHAR(64)  NOT NULL,
    user_id     BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    op          VARCHAR(10)  NOT NULL,
    origin      VARCHAR(10)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX activity_changes_user_idx ON activity_changes (user_id, seq);
