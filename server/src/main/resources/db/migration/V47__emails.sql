-- Emails, stored once per organization and Internet message id (RFC 5322 allows 998 characters on
-- a line). The first mailbox copy recorded gives the content; every copy is in email_copies.
CREATE TABLE emails (
    id                   VARCHAR(36)   PRIMARY KEY,
    organization_id      BIGINT        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    internet_message_id  VARCHAR(998)  NOT NULL,
    conversation_id      VARCHAR(512),
    subject              VARCHAR(1000) NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE,
    received_at          TIMESTAMP WITH TIME ZONE,
    preview              VARCHAR(255)  NOT NULL,
    body_html            BOOLEAN       NOT NULL,
    body                 TEXT          NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT emails_once_per_organization UNIQUE (organization_id, internet_message_id)
);

CREATE INDEX emails_conversation_idx ON emails (organization_id, conversation_id);
CREATE INDEX emails_received_idx ON emails (organization_id, received_at);

-- Sender and recipients in order. An email's contacts are those whose address (contact_addresses)
-- equals an address here: a join when read, so a contact's new address links past emails at once.
CREATE TABLE email_addresses (
    email_id         VARCHAR(36)  NOT NULL REFERENCES emails (id) ON DELETE CASCADE,
    role             VARCHAR(4)   NOT NULL,
    position         INT          NOT NULL,
    organization_id  BIGINT       NOT NULL,
    name             VARCHAR(320),
    address          VARCHAR(320) NOT NULL,
    address_key      VARCHAR(320) NOT NULL,
    PRIMARY KEY (email_id, role, position)
);

CREATE INDEX email_addresses_key_idx ON email_addresses (organization_id, address_key);

-- Attachments' metadata only.
CREATE TABLE email_attachments (
    email_id      VARCHAR(36)  NOT NULL REFERENCES emails (id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    name          VARCHAR(255) NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    is_inline     BOOLEAN      NOT NULL,
    PRIMARY KEY (email_id, position)
);

-- Each synced mailbox's copy (a user's mailbox or a system mailbox) under its immutable Graph id.
CREATE TABLE email_copies (
    mailbox_kind   VARCHAR(6)   NOT NULL,
    mailbox_id     BIGINT       NOT NULL,
    message_id     VARCHAR(512) NOT NULL,
    email_id       VARCHAR(36)  NOT NULL REFERENCES emails (id) ON DELETE CASCADE,
    folder_id      VARCHAR(512) NOT NULL,
    first_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (mailbox_kind, mailbox_id, message_id)
);

CREATE INDEX email_copies_email_idx ON email_copies (email_id);
