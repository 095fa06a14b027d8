-- Which series each occurrence seen in a mailbox's calendar belongs to: Graph reports a deleted
-- series only as removed occurrence ids, so an incremental run needs this to pass the deletion on,
-- also after a restart or on another node. mailbox is the connection's key (one per Tandem user).
CREATE TABLE sync_occurrences (
    mailbox       VARCHAR(100)  NOT NULL,
    occurrence_id VARCHAR(512)  NOT NULL,
    master_id     VARCHAR(512)  NOT NULL,
    PRIMARY KEY (mailbox, occurrence_id)
);
CREATE INDEX sync_occurrences_master ON sync_occurrences (mailbox, master_id);
