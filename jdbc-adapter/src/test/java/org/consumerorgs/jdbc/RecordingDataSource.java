package org.consumerorgs.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that passes everything through and writes down each query the adapter runs, with the values it
 * bound, so that a test can look at exactly that statement again (for instance, {@code EXPLAIN} it) with
 * {@link Query#bind}.
 */
final class RecordingDataSource {
  private final DataSource target;
  private final List<Query> queries = new ArrayList<>();

  RecordingDataSource(DataSource target) {
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

  private synchronized void record(Query query) {
    queries.add(query);
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (method, result, args) ->
        method.getName().equals("prepareStatement") ? statement((PreparedStatement) result, (String) args[0]) : result);
  }

  private PreparedStatement statement(PreparedStatement statement, String sql) {
    TreeMap<Integer, Binding> bindings = new TreeMap<>();
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          if (method.getName().startsWith("set") && args != null && args.length >= 2
              && method.getParameterTypes()[0] == int.class) {
            bindings.put((Integer) args[0], new Binding(method, args.clone()));
          } else if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
            record(new Query(sql, List.copyOf(bindings.values())));
          } else if (method.getName().equals("clearParameters")) {
            bindings.clear();
          }
          return invoke(method, statement, args);
        });
  }

  @FunctionalInterface
  private interface Wrapper {
    Object wrap(Method method, Object result, Object[] args);
  }

  private static <T> T proxy(Class<T> type, T target, Wrapper wrapper) {
    InvocationHandler handler = (proxy, method, args) -> wrapper.wrap(method, invoke(method, target, args), args);
    return type.cast(Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type},
        handler));
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
