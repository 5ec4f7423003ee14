package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionBoundary;

/**
 * The SDK's storage on a relational database, through plain JDBC over a {@link DataSource} the host supplies (and
 * pools). Thread-safe; build one per {@code DataSource} and share it.
 *
 * <pre>{@code
 * JdbcSchema.install(dataSource, "corg_");              // once, or let your migration tool run the scripts
 * Storage storage = JdbcStorage.builder(dataSource).build();
 * ConsumerOrgs sdk = ConsumerOrgs.builder(storage).build();
 * }</pre>
 *
 * <p>Building checks, with one connection, that the database is a supported one (and the one named, if any) and
 * that the schema is installed at the version this release needs ({@link JdbcSchema#REQUIRED_VERSION}); it creates
 * nothing.
 */
public final class JdbcStorage implements Storage {
  private final Dialect dialect;
  private final String tablePrefix;
  private final JdbcTransactions transactions;
  private final JdbcProviderStore providers;
  private final JdbcShareStore shares;
  private final JdbcOrganizationStore organizations;
  private final JdbcLinkStore links;
  private final JdbcEventStore events;
  private final CursorKeyTable cursorKey;

  private JdbcStorage(Dialect dialect, String tablePrefix, DataSource dataSource, HostConnections host, int glance,
      int cap, Optional<byte[]> cursorKey) {
    this.dialect = dialect;
    this.tablePrefix = tablePrefix;
    SqlErrors errors = new SqlErrors(dialect, Optional.of(tablePrefix));
    this.transactions = new JdbcTransactions(dataSource, host, errors);
    this.cursorKey = new CursorKeyTable(dataSource, tablePrefix, errors, cursorKey);
    Statements statements = new Statements(transactions);
    this.providers = new JdbcProviderStore(statements, dialect, tablePrefix);
    this.shares = new JdbcShareStore(statements, dialect, tablePrefix);
    this.organizations = new JdbcOrganizationStore(statements, dialect, tablePrefix, glance, cap);
    this.links = new JdbcLinkStore(statements, dialect, tablePrefix);
    this.events = new JdbcEventStore(statements, dialect, tablePrefix);
  }

  /**
   * Starts configuring a storage over the host's data source.
   *
   * @param dataSource the host's pool, which the storage borrows its connections from
   * @return a builder with the default prefix and no joining
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * {@return the database this storage talks to}
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * {@return the prefix of its tables}
   */
  public String tablePrefix() {
    return tablePrefix;
  }

  @Override
  public TransactionBoundary transactions() {
    return transactions;
  }

  @Override
  public ProviderStore providers() {
    return providers;
  }

  @Override
  public ShareStore shares() {
    return shares;
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public EventStore events() {
    return events;
  }

  /**
   * The key in the table {@code <prefix>cursor_key}, shared by every host over these tables. The first host that
   * needs one writes it, on a connection of its own; each storage reads it once and keeps it.
   */
  @Override
  public byte[] cursorKey() {
    return cursorKey.get();
  }

  /**
   * Configures a {@link JdbcStorage}; {@link #build()} checks the database and the schema.
   */
  public static final class Builder {
    private final DataSource dataSource;
    private Optional<Dialect> dialect = Optional.empty();
    private String tablePrefix = TablePrefix.DEFAULT;
    private HostConnections host = HostConnections.none();
    private int substringGlance = CappedSubstringSearch.DEFAULT_GLANCE;
    private int substringCap = CappedSubstringSearch.DEFAULT_CAP;

    private Builder(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    /**
     * The database the host expects. Without it the adapter takes the one the driver reports; with it, a different
     * one is an error at {@link #build()}, not a surprise later.
     *
     * @param dialect the database expected
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Optional.of(requireNonNull(dialect, "dialect"));
      return this;
    }

    /**
     * The prefix of every table and index name, the same one the schema was installed with. Default
     * {@code "corg_"}. A lower-case ASCII letter followed by lower-case letters, digits and underscores, at most 24
     * characters. Upper case is refused on every database: MariaDB and MySQL tell table names apart by case where
     * PostgreSQL and H2 do not, so only a lower-case prefix names the same tables everywhere.
     *
     * @param tablePrefix the prefix
     * @return this builder
     */
    public Builder tablePrefix(String tablePrefix) {
      this.tablePrefix = TablePrefix.validate(tablePrefix);
      return this;
    }

    /**
     * Join the host's open transaction when it has one; see {@link HostConnections}.
     *
     * @param host where to find the host's open transaction
     * @return this builder
     */
    public Builder joining(HostConnections host) {
      this.host = requireNonNull(host, "host");
      return this;
    }

    /**
     * How many names a search on PostgreSQL walks first, and how many matching names it then reads through a
     * trigram index before it walks the whole name index (see {@link CappedSubstringSearch}); tests lower them to
     * take every way with few names.
     */
    Builder substringSearch(int glance, int cap) {
      this.substringGlance = glance;
      this.substringCap = cap;
      return this;
    }

    /**
     * Checks the database and the schema with one connection and builds the storage.
     *
     * @return the storage
     * @throws IllegalArgumentException if the database is not supported or not the named dialect
     * @throws StorageException if the database cannot be reached, or the schema is not installed, half made, or at
     *     another version than {@link JdbcSchema#REQUIRED_VERSION} (the message names the call that upgrades it)
     */
    public JdbcStorage build() {
      Dialect actual;
      Optional<byte[]> cursorKey;
      try (Connection connection = dataSource.getConnection()) {
        actual = Dialect.of(connection.getMetaData());
        if (dialect.isPresent() && dialect.get() != actual) {
          throw new IllegalArgumentException("the storage was configured for " + dialect.get()
              + " but the DataSource connects to " + actual + " (" + connection.getMetaData().getDatabaseProductName()
              + " " + connection.getMetaData().getDatabaseProductVersion() + ")");
        }
        requireSchema(connection, actual);
        cursorKey = CursorKeyTable.read(connection, tablePrefix);
      } catch (SQLException e) {
        throw new StorageException(SqlErrors.reaching(e), "Could not connect to the database to check it: "
            + e.getMessage(), e);
      }
      return new JdbcStorage(actual, tablePrefix, dataSource, host, substringGlance, substringCap, cursorKey);
    }

    private void requireSchema(Connection connection, Dialect actual) throws SQLException {
      int installed = InstalledSchema.version(connection, actual, tablePrefix).orElseThrow(
          () -> new StorageException(SchemaMismatch.notInstalled(actual, tablePrefix), null, false));
      if (installed < JdbcSchema.REQUIRED_VERSION) {
        throw new StorageException(SchemaMismatch.older(actual, tablePrefix, installed), null, false);
      }
      if (installed > JdbcSchema.REQUIRED_VERSION) {
        throw new StorageException(SchemaMismatch.newer(actual, tablePrefix, installed), null, false);
      }
    }
  }
}
