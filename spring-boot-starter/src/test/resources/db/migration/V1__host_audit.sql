-- The host application's own first migration, run by Boot's Flyway beside the SDK's own V1.
CREATE TABLE host_audit (id BIGINT PRIMARY KEY, note VARCHAR(200) NOT NULL);
