package org.consumerorgs.spring.boot;

/** What the starter does about the SDK's tables at start-up ({@code consumer-orgs.schema.mode}). */
public enum SchemaMode {
  /** {@link #FLYWAY} when Flyway is on the class path, {@link #VALIDATE} otherwise. The default. */
  AUTO,
  /**
   * Migrates the SDK's shipped scripts with a Flyway instance of the SDK's own (not the application's), in a history
   * table of its own ({@code <prefix>schema_history}), so the application's own migrations never meet them.
   */
  FLYWAY,
  /** Installs the schema, or upgrades an older one, through {@link org.consumerorgs.jdbc.JdbcSchema#install}. */
  INSTALL,
  /** Changes nothing; start-up fails, saying how to fix it, unless the schema is at the version the SDK needs. */
  VALIDATE,
  /** Neither changes nor checks anything here ({@link org.consumerorgs.jdbc.JdbcStorage} still checks the version). */
  NONE
}
