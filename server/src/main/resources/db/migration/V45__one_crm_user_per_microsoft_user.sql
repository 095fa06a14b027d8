-- A Microsoft user belongs to at most one CRM user, whether linked (application mode) or
-- connected (delegated mode). Earlier versions let two CRM users share one: the first link stays;
-- later links go (the user shows as not linked and can be linked again), and later connections
-- keep their row but must be connected again.
ALTER TABLE microsoft_user_links ADD COLUMN microsoft_user_key VARCHAR(300);
UPDATE microsoft_user_links SET microsoft_user_key = LOWER(microsoft_user);
DELETE FROM microsoft_user_links
 WHERE EXISTS (SELECT 1 FROM microsoft_user_links first
                WHERE first.microsoft_user_key = microsoft_user_links.microsoft_user_key
                  AND (first.linked_at < microsoft_user_links.linked_at
                       OR (first.linked_at = microsoft_user_links.linked_at
                           AND first.user_id < microsoft_user_links.user_id)));
ALTER TABLE microsoft_user_links ALTER COLUMN microsoft_user_key SET NOT NULL;
CREATE UNIQUE INDEX microsoft_user_links_one_crm_user ON microsoft_user_links (microsoft_user_key);

ALTER TABLE microsoft_connections ADD COLUMN microsoft_user_key VARCHAR(300);
UPDATE microsoft_connections SET microsoft_user_key = LOWER(microsoft_user);
UPDATE microsoft_connections
   SET microsoft_user_key = NULL, status = 'RECONNECT_REQUIRED',
       problem = 'account.problem.sharedAccount', access_token = NULL, refresh_token = NULL
 WHERE EXISTS (SELECT 1 FROM microsoft_connections first
                WHERE first.microsoft_user_key = microsoft_connections.microsoft_user_key
                  AND (first.connected_at < microsoft_connections.connected_at
                       OR (first.connected_at = microsoft_connections.connected_at
                           AND first.user_id < microsoft_connections.user_id)));
CREATE UNIQUE INDEX microsoft_connections_one_crm_user ON microsoft_connections (microsoft_user_key);
