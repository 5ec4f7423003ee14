-- Consumer Organizations SDK schema version 2, PostgreSQL 13+.
-- Run as it is by Flyway (placeholder table_prefix) or by JdbcSchema.upgrade(...) / install(...), step by step after V1.
-- Every script from this one on ends by recording its version in schema_version, so a version is recorded only once
-- its script ran whole; JdbcStorage refuses to start on a schema whose version is not the one it was built for.
-- PostgreSQL runs DDL in transactions: the script applies whole or not at all.

-- The secret that page cursors are sealed with (Storage.cursorKey), shared by every host over these tables so that
-- a cursor one host hands out is read by another. One row, written by the first host that needs it: 32 random bytes.
CREATE TABLE ${table_prefix}cursor_key (
  key_id     SMALLINT NOT NULL,
  secret     BYTEA NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT ${table_prefix}cursor_key_pk PRIMARY KEY (key_id),
  CONSTRAINT ${table_prefix}cursor_key_one_row CHECK (key_id = 1)
);

-- The version of the installed schema: one row. Later scripts end with UPDATE ... SET schema_version = <theirs>.
CREATE TABLE ${table_prefix}schema_version (
  singleton      SMALLINT NOT NULL,
  schema_version INTEGER NOT NULL,
  CONSTRAINT ${table_prefix}schema_version_pk PRIMARY KEY (singleton),
  CONSTRAINT ${table_prefix}schema_version_one_row CHECK (singleton = 1)
);
INSERT INTO ${table_prefix}schema_version (singleton, schema_version) VALUES (1, 2);
