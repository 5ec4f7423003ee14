-- Consumer Organizations SDK schema version 3, H2 2.x: external ids.
-- Run as it is by Flyway (placeholder table_prefix) or by JdbcSchema.upgrade(...) / install(...), step by step after V2.
-- H2 commits each DDL statement; each one here says IF NOT EXISTS, so an upgrade cut short half-way is simply run
-- again.

-- The host's own key for an organization (ExternalId: printable ASCII, compared exactly), kept after a deletion like
-- the name. live_external_id is the same value while the organization is live and NULL once it is deleted: the
-- unique key on it is what keeps external ids unique among live organizations, as live_name_hash does for names, and
-- frees the id of a deleted organization. Organizations without one hold NULL in both.
ALTER TABLE ${table_prefix}organization ADD COLUMN IF NOT EXISTS external_id VARCHAR(64);
ALTER TABLE ${table_prefix}organization ADD COLUMN IF NOT EXISTS live_external_id VARCHAR(64);
ALTER TABLE ${table_prefix}organization ADD CONSTRAINT IF NOT EXISTS ${table_prefix}organization_live_external_id
  UNIQUE (provider_id, live_external_id);
ALTER TABLE ${table_prefix}organization
  ADD CONSTRAINT IF NOT EXISTS ${table_prefix}organization_live_has_external_id
  CHECK ((deleted_at IS NULL AND live_external_id IS NOT DISTINCT FROM external_id)
    OR (deleted_at IS NOT NULL AND live_external_id IS NULL));

UPDATE ${table_prefix}schema_version SET schema_version = 3 WHERE singleton = 1;
