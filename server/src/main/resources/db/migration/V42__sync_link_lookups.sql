-- A run looks links up a page of ids at a time (microsoft_id IN (...), crm_id IN (...)). H2 uses an
-- index for an IN list only when the listed column leads the index, and it prefers an index whose
-- leading columns the query pins: behind user_id and resource it scanned every link of the user
-- for each page, which made a first import quadratic. The ids now lead.
DROP INDEX sync_links_microsoft;
CREATE UNIQUE INDEX sync_links_microsoft ON sync_links (microsoft_id, user_id, resource);
CREATE INDEX sync_links_crm ON sync_links (crm_id, user_id, resource);
