package org.consumerorgs.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that passes everything through and writes down what reaches the database: each statement the
 * adapter runs (a JDBC batch is one), with the values it bound, so a test can look at it again (for instance,
 * {@code EXPLAIN} it with {@link Query#bind}); commits and rollbacks; and the connection settings the adapter changes
 * (auto-commit, isolation), which most drivers send to the server.
 */
final class StatementLog {
  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch");
  private static final Set<String> ENDINGS = Set.of("commit", "rollback");
  private static final Set<String> SETTINGS = Set.of("setAutoCommit", "setTransactionIsolation");

  private final DataSource target;
  private final List<Query> queries = new ArrayList<>();
  private final List<String> statements = new ArrayList<>();
  private int endings;
  private int settings;

  StatementLog(DataSource target) {
    this.target = target;
  }

  /** A query as run: its SQL and how each parameter was set, in position order. */
  record Query(String sql, List<Binding> bindings) {
    /** Sets the same parameters, the same way, on another statement. */
    void bind(PreparedStatement statement) throws SQLException {
      for (Binding binding : bindings) {
        try {
          binding.setter().invoke(statement, binding.arguments());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof SQLException sql) {
            throw sql;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    }
  }

  /** One {@code setXxx(position, value...)} call on a {@link PreparedStatement}. */
  record Binding(Method setter, Object[] arguments) {}

  /** What one use case cost. Round trips: statements, the commit, and connection settings sent to the server. */
  record Counts(int statements, int commits, int settings, List<String> sql) {
    int roundTrips() {
      return statements + commits + settings;
    }
  }

  DataSource dataSource() {
    return proxy(DataSource.class, target, (method, result, args) ->
        method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  /** The queries ({@code executeQuery}) run since the last call, oldest first; updates and batches are left out. */
  synchronized List<Query> takeQueries() {
    List<Query> taken = List.copyOf(queries);
    queries.clear();
    return taken;
  }

  /** Forgets everything counted so far. */
  synchronized void reset() {
    queries.clear();
    statements.clear();
    endings = 0;
    settings = 0;
  }

  /** What reached the database since the last {@link #reset()}. */
  synchronized Counts counts() {
    return new Counts(statements.size(), endings, settings, List.copyOf(statements));
  }

  private synchronized void executed(String sql, List<Binding> bindings, boolean query) {
    statements.add(sql);
    if (query) {
      queries.add(new Query(sql, bindings));
    }
  }

  private synchronized void connectionCall(String name) {
    if (ENDINGS.contains(name)) {
      endings++;
    } else if (SETTINGS.contains(name)) {
      settings++;
    }
  }

  private Connection connection(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      connectionCall(method.getName());
      Object result = invoke(method, connection, args);
      if (result instanceof PreparedStatement prepared) {
        return statement(prepared, PreparedStatement.class, (String) args[0]);
      }
      if (result instanceof Statement plain) {
        return statement(plain, Statement.class, null);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  private <S extends Statement> S statement(S statement, Class<S> type, String preparedSql) {
    TreeMap<Integer, Binding> bindings = new TreeMap<>();
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("set") && args != null && args.length >= 2 && method.getParameterTypes()[0] == int.class) {
        bindings.put((Integer) args[0], new Binding(method, args.clone()));
      } else if (name.equals("clearParameters")) {
        bindings.clear();
      } else if (EXECUTES.contains(name)) {
        String sql = preparedSql != null ? preparedSql : String.valueOf(args == null ? "?" : args[0]);
        executed(sql, List.copyOf(bindings.values()), name.equals("executeQuery") && preparedSql != null);
      }
      return invoke(method, statement, args);
    };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  @FunctionalInterface
  private interface Wrapper {
    Object wrap(Method method, Object result, Object[] args);
  }

  private static <T> T proxy(Class<T> type, T target, Wrapper wrapper) {
    InvocationHandler handler = (proxy, method, args) -> wrapper.wrap(method, invoke(method, target, args), args);
    return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** Calls through, and lets the target's own exception out unwrapped (SQL states matter to the adapter). */
  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
