-- Each synced mailbox folder's place in Graph's message delta, and the part of a first import's
-- history still to list (Graph ends a filtered delta round after 5,000 messages).
CREATE TABLE mail_folder_cursors (
    mailbox_kind    VARCHAR(6)   NOT NULL,
    mailbox_id      BIGINT       NOT NULL,
    folder_id       VARCHAR(512) NOT NULL,
    delta_link      TEXT,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    backfill_until  TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mailbox_kind, mailbox_id, folder_id)
);
