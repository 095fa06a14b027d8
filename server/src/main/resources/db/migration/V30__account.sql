-- Microsoft account connections: one per CRM user, tokens sealed (AES-GCM) by the server.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE microsoft_connections (
    user_id           BIGINT       NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    status            VARCHAR(30)  NOT NULL,
    account_name      VARCHAR(300),
    microsoft_user    VARCHAR(300),
    granted_scopes    VARCHAR(1000) NOT NULL DEFAULT '',
    connected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    access_token      TEXT,
    access_expires_at TIMESTAMP WITH TIME ZONE,
    refresh_token     TEXT,
    problem           VARCHAR(500),
    lease_owner       VARCHAR(64),
    lease_until       TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL DEFAULT 0,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A Connect flow in progress: the state's hash, who started it for whom, the sealed PKCE verifier.
CREATE TABLE microsoft_connect_states (
    state_hash     VARCHAR(100) NOT NULL PRIMARY KEY,
    actor_id       BIGINT       NOT NULL,
    target_user_id BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_verifier  TEXT         NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Application mode: which Microsoft user a CRM user's mailbox is.
CREATE TABLE microsoft_user_links (
    user_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    microsoft_user VARCHAR(300) NOT NULL,
    account_name   VARCHAR(300),
    linked_by      VARCHAR(20)  NOT NULL,
    linked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The built-in sandbox tenant: its application and each user's sandbox account.
CREATE TABLE sandbox_tenant (
    id            INT          NOT NULL PRIMARY KEY,
    client_id     VARCHAR(100) NOT NULL,
    client_secret TEXT         NOT NULL,
    retired       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sandbox_accounts (
    user_id             BIGINT       NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_principal_name VARCHAR(300) NOT NULL UNIQUE,
    password            TEXT         NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
