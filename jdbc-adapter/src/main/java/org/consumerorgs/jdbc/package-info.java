/**
 * The JDBC adapter: {@link org.consumerorgs.jdbc.JdbcStorage} over a host's {@code DataSource}, the shipped DDL
 * ({@link org.consumerorgs.jdbc.JdbcSchema}), and joining a host's transaction
 * ({@link org.consumerorgs.jdbc.HostConnections}). Integrity lives in the database: unique keys and guarded
 * statements judge names, versions and open links, never a read followed by a write.
 */
package org.consumerorgs.jdbc;
