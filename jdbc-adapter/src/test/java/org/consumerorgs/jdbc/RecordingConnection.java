package org.consumerorgs.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A connection that records what the adapter calls on it, and what state it was in when the adapter handed it back,
 * and can make a chosen call fail. A proxy rather than a Mockito spy: the pools' connection classes are generated, and
 * the adapter should see exactly the real connection's behaviour except where a test says otherwise.
 *
 * <p>Calls are recorded as {@code name/argumentCount}, so that {@code rollback/0} (ending the whole transaction) and
 * {@code rollback/1} (back to a savepoint) are told apart.
 */
final class RecordingConnection implements InvocationHandler {
  private final Connection target;
  private final Connection proxy;
  private final List<String> calls = new ArrayList<>();
  private final Map<String, SQLException> failures = new ConcurrentHashMap<>();
  private Boolean autoCommitAtClose;
  private Integer isolationAtClose;
  private Boolean autoCommitAtCommit;
  private Integer isolationAtCommit;

  RecordingConnection(Connection target) {
    this.target = target;
    this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, this);
  }

  /** What the adapter is given. */
  Connection connection() {
    return proxy;
  }

  /** The real connection underneath, for the test's own statements, which are not recorded. */
  Connection target() {
    return target;
  }

  /**
   * From now on, {@code call} throws {@code failure} instead of reaching the driver: every call of a method
   * ({@code name/argumentCount}), or only with a given argument ({@code setAutoCommit(true)}).
   */
  void fail(String call, SQLException failure) {
    failures.put(call, failure);
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  synchronized long count(String call) {
    return calls.stream().filter(call::equals).count();
  }

  synchronized boolean closed() {
    return calls.contains("close/0");
  }

  synchronized Boolean autoCommitAtClose() {
    return autoCommitAtClose;
  }

  synchronized Integer isolationAtClose() {
    return isolationAtClose;
  }

  synchronized Boolean autoCommitAtCommit() {
    return autoCommitAtCommit;
  }

  synchronized Integer isolationAtCommit() {
    return isolationAtCommit;
  }

  @Override
  public Object invoke(Object self, Method method, Object[] args) throws Throwable {
    String call = method.getName() + "/" + (args == null ? 0 : args.length);
    synchronized (this) {
      calls.add(call);
      if (call.equals("commit/0")) {
        autoCommitAtCommit = target.getAutoCommit();
        isolationAtCommit = target.getTransactionIsolation();
      }
      // The state the pool gets the connection back in: the first close is the one that counts.
      if (call.equals("close/0") && autoCommitAtClose == null && !target.isClosed()) {
        autoCommitAtClose = target.getAutoCommit();
        isolationAtClose = target.getTransactionIsolation();
      }
    }
    SQLException failure = failures.get(call);
    if (failure == null && args != null && args.length == 1) {
      failure = failures.get(method.getName() + "(" + args[0] + ")");
    }
    if (failure != null) {
      throw failure;
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
