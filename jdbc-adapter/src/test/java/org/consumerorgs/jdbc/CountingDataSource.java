package org.consumerorgs.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A DataSource that counts what reaches the database: statements executed (a JDBC batch is one), commits and
 * rollbacks, and the connection settings the adapter changes (auto-commit, isolation), which most drivers send to the
 * server. It records the SQL too, so tests can look at what ran.
 */
final class CountingDataSource {
  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch");
  private static final Set<String> ENDINGS = Set.of("commit", "rollback");
  private static final Set<String> SETTINGS = Set.of("setAutoCommit", "setTransactionIsolation");

  private final DataSource target;
  private final List<String> statements = new ArrayList<>();
  private int endings;
  private int settings;

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return method.getName().equals("getConnection") ? connection((Connection) result) : result;
        });
  }

  synchronized void reset() {
    statements.clear();
    endings = 0;
    settings = 0;
  }

  synchronized Counts counts() {
    return new Counts(statements.size(), endings, settings, List.copyOf(statements));
  }

  /** What one use case cost. Round trips: statements, the commit, and connection settings sent to the server. */
  record Counts(int statements, int commits, int settings, List<String> sql) {
    int roundTrips() {
      return statements + commits + settings;
    }
  }

  private Connection connection(Connection real) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          synchronized (this) {
            if (ENDINGS.contains(name)) {
              endings++;
            } else if (SETTINGS.contains(name)) {
              settings++;
            }
          }
          Object result = invoke(real, method, args);
          if (result instanceof PreparedStatement prepared) {
            return statement(prepared, PreparedStatement.class, (String) args[0]);
          }
          if (result instanceof Statement plain) {
            return statement(plain, Statement.class, null);
          }
          return result;
        });
  }

  private <S extends Statement> S statement(S real, Class<S> type, String preparedSql) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTES.contains(method.getName())) {
        synchronized (this) {
          statements.add(preparedSql != null ? preparedSql : String.valueOf(args == null ? "?" : args[0]));
        }
      }
      return invoke(real, method, args);
    };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
