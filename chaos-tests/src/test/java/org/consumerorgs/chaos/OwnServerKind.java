package org.consumerorgs.chaos;

import java.util.Optional;
import org.consumerorgs.jdbc.Dialect;

/**
 * The database servers the suite runs of its own. Every scenario gets a fresh server on a port of its kind's: the
 * suite never cuts, kills or fills a server that anything else uses (the shared test servers serve other suites and
 * other processes, whose connections would count against the run and whose failures would be the run's).
 */
enum OwnServerKind {
  POSTGRES(Dialect.POSTGRESQL, 55432, 55433),
  MARIADB(Dialect.MARIADB, 53306, 53307);

  final Dialect dialect;
  /** The port of the server a kill scenario kills. */
  final int killPort;
  /** The port of the server a proxy scenario stands in front of (not the kill port: a server of a scenario that did
   * not end cleanly must not be taken for the next one's). */
  final int proxyPort;

  OwnServerKind(Dialect dialect, int killPort, int proxyPort) {
    this.dialect = dialect;
    this.killPort = killPort;
    this.proxyPort = proxyPort;
  }

  /** Why this machine cannot run such a server, or empty. */
  Optional<String> unavailable() {
    return this == POSTGRES ? OwnPostgres.unavailable() : OwnMariaDb.unavailable();
  }

  /** A new server (not yet created) on {@code port}. */
  OwnServer newServer(int port) {
    return this == POSTGRES ? new OwnPostgres(port) : new OwnMariaDb(port);
  }
}
