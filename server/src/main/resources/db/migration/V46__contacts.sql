-- The CRM's people, per organization. A contact's addresses are kept with it (as typed, in order)
-- and, lower-cased, in contact_addresses, where an address belongs to at most one live contact of
-- an organization; a deleted contact leaves a tombstone row without addresses.
CREATE TABLE contacts (
    id               VARCHAR(36)  PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             VARCHAR(255) NOT NULL,
    emails           TEXT         NOT NULL,
    company          VARCHAR(255),
    phone            VARCHAR(64),
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_origin      VARCHAR(10)  NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX contacts_organization_name_idx ON contacts (organization_id, name);

CREATE TABLE contact_addresses (
    organization_id  BIGINT       NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    address_key      VARCHAR(320) NOT NULL,
    contact_id       VARCHAR(36)  NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, address_key)
);

CREATE INDEX contact_addresses_contact_idx ON contact_addresses (contact_id);

-- An organization's items (contacts) enter the change feed under their organization, without a
-- user; a user's items keep naming the user.
ALTER TABLE activity_changes ADD COLUMN organization_id BIGINT REFERENCES organizations (id) ON DELETE CASCADE;
ALTER TABLE activity_changes ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE activity_changes ADD CONSTRAINT activity_changes_one_owner
    CHECK ((user_id IS NULL) <> (organization_id IS NULL));
CREATE INDEX activity_changes_organization_idx ON activity_changes (organization_id, seq);
