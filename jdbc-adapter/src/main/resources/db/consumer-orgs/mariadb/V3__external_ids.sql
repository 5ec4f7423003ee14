-- Consumer Organizations SDK schema version 3, MariaDB 10.6+ and MySQL 8: external ids.
-- Run as it is by Flyway (placeholder table_prefix) or by JdbcSchema.upgrade(...) / install(...), step by step after V2.
-- One ALTER TABLE, which InnoDB applies whole or not at all; MariaDB and MySQL commit it before the version is
-- recorded, so an upgrade cut short between the two leaves version 2 with the columns, and is refused when run again
-- (duplicate column) until the columns are dropped.

-- The host's own key for an organization (ExternalId: printable ASCII, compared exactly, hence ascii_bin), kept
-- after a deletion like the name. live_external_id is the same value while the organization is live and NULL once it
-- is deleted: the unique key on it is what keeps external ids unique among live organizations, as live_name_hash
-- does for names, and frees the id of a deleted organization. Organizations without one hold NULL in both.
ALTER TABLE ${table_prefix}organization
  ADD COLUMN external_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin,
  ADD COLUMN live_external_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin,
  ADD CONSTRAINT ${table_prefix}organization_live_external_id UNIQUE (provider_id, live_external_id),
  ADD CONSTRAINT ${table_prefix}organization_live_has_external_id
    CHECK ((deleted_at IS NULL AND live_external_id <=> external_id)
      OR (deleted_at IS NOT NULL AND live_external_id IS NULL));

UPDATE ${table_prefix}schema_version SET schema_version = 3 WHERE singleton = 1;
