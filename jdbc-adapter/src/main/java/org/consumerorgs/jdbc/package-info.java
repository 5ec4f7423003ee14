/**
 * The JDBC adapter: {@link org.consumerorgs.jdbc.JdbcStorage} over a host's {@code DataSource}, the shipped DDL
 * ({@link org.consumerorgs.jdbc.JdbcSchema}), and joining a host's transaction
 * ({@link org.consumerorgs.jdbc.HostConnections}). Integrity lives in the database: unique keys and guarded
 * statements judge names, versions and open links, never a read followed by a write.
 *
 * <p>Topologies (README, "Supported topologies"): one primary, or a replicated primary with failover. On MariaDB
 * Galera all writes of one provider must go to one node, since writes of a provider spread over several nodes can
 * lose acknowledged writes in Galera itself; readers on other nodes need causal reads
 * ({@code SET SESSION wsrep_sync_wait = 1} or higher, e.g. as the pool's connection init SQL). This was verified in an
 * earlier test campaign with each provider's writes on one node, not in this repository's CI.
 */
@NullMarked
package org.consumerorgs.jdbc;

import org.jspecify.annotations.NullMarked;
