package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cursor key in {@code <prefix>cursor_key}: hosts that all find the table empty and race to fill it end up with
 * one key, the one stored; a host started later reads that key; other tables have another.
 */
class CursorKeyTableTest {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final int HOSTS = 8;

  @Nested
  class OnH2 extends Keys {
    OnH2() {
      super(Dialect.H2);
    }
  }

  @Nested
  @ExtendWith(ServerAvailable.Postgres.class)
  class OnPostgres extends Keys {
    OnPostgres() {
      super(Dialect.POSTGRESQL);
    }
  }

  @Nested
  @ExtendWith(ServerAvailable.MariaDb.class)
  class OnMariaDb extends Keys {
    OnMariaDb() {
      super(Dialect.MARIADB);
    }
  }

  abstract static class Keys {
    private final Dialect dialect;

    Keys(Dialect dialect) {
      this.dialect = dialect;
    }

    @Test
    void hostsRacingToMakeTheKeyAllGetTheOneStored() throws Exception {
      String prefix = "ck" + PREFIXES.incrementAndGet() + "_";
      TestDatabase database = TestDatabase.of(dialect);
      JdbcSchema.install(database.first(), prefix);
      List<JdbcStorage> hosts = new ArrayList<>();
      for (int i = 0; i < HOSTS; i++) {
        hosts.add(JdbcStorage.builder(i % 2 == 0 ? database.first() : database.second()).tablePrefix(prefix).build());
      }

      List<byte[]> keys = race(hosts);

      byte[] stored = JdbcStorage.builder(database.second()).tablePrefix(prefix).build().cursorKey();
      assertEquals(32, stored.length);
      for (byte[] key : keys) {
        assertArrayEquals(stored, key);
      }
      assertFalse(Arrays.equals(stored, new byte[32]), "the key is random, not zeros");
    }

    @Test
    void otherTablesHaveAnotherKey() {
      TestDatabase database = TestDatabase.of(dialect);
      String one = "ck" + PREFIXES.incrementAndGet() + "_";
      String two = "ck" + PREFIXES.incrementAndGet() + "_";
      JdbcSchema.install(database.first(), one);
      JdbcSchema.install(database.first(), two);

      assertFalse(Arrays.equals(JdbcStorage.builder(database.first()).tablePrefix(one).build().cursorKey(),
          JdbcStorage.builder(database.first()).tablePrefix(two).build().cursorKey()));
    }

    private static List<byte[]> race(List<JdbcStorage> hosts) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(hosts.size());
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> futures = new ArrayList<>();
        for (JdbcStorage host : hosts) {
          Callable<byte[]> ask = () -> {
            start.await();
            return host.cursorKey();
          };
          futures.add(pool.submit(ask));
        }
        start.countDown();
        List<byte[]> keys = new ArrayList<>();
        for (Future<byte[]> future : futures) {
          keys.add(future.get());
        }
        return keys;
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
