-- Consumer Organizations SDK schema version 2, MariaDB 10.6+ and MySQL 8.
-- Run as it is by Flyway (placeholder table_prefix) or by JdbcSchema.upgrade(...) / install(...), step by step after V1.
-- Every script from this one on ends by recording its version in schema_version, so a version is recorded only once
-- its script ran whole; JdbcStorage refuses to start on a schema whose version is not the one it was built for.
-- MariaDB and MySQL commit each DDL statement: if the script stops half-way, JdbcSchema drops the tables it made,
-- and one made but left without its version row is reported as a half-applied upgrade, never taken as done.

-- The secret that page cursors are sealed with (Storage.cursorKey), shared by every host over these tables so that
-- a cursor one host hands out is read by another. One row, written by the first host that needs it: 32 random bytes.
CREATE TABLE ${table_prefix}cursor_key (
  key_id     SMALLINT NOT NULL,
  secret     VARBINARY(64) NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT ${table_prefix}cursor_key_pk PRIMARY KEY (key_id),
  CONSTRAINT ${table_prefix}cursor_key_one_row CHECK (key_id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The version of the installed schema: one row. Later scripts end with UPDATE ... SET schema_version = <theirs>.
CREATE TABLE ${table_prefix}schema_version (
  singleton      SMALLINT NOT NULL,
  schema_version INTEGER NOT NULL,
  CONSTRAINT ${table_prefix}schema_version_pk PRIMARY KEY (singleton),
  CONSTRAINT ${table_prefix}schema_version_one_row CHECK (singleton = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO ${table_prefix}schema_version (singleton, schema_version) VALUES (1, 2);
