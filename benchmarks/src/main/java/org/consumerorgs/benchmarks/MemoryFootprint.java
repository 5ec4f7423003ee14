package org.consumerorgs.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.inmemory.InMemoryStorage;

/**
 * Bytes of heap the in-memory adapter keeps per organization, measured in a JVM of its own with a fixed heap: the
 * heap in use after full collections with the store holding n organizations, minus the same with the store empty,
 * divided by n. The store is filled with n organizations created one by one ({@code organizations().create}), so it
 * holds each organization and its creation event. ({@link #fill} with {@code "batch"} fills it through
 * {@code addConsumers} instead, 1000 a call, each organization then also holding a link and a second event: about
 * 1,800 bytes an organization at 10^6 before the adapter's memory work; left out of the run, it doubles its time.)
 *
 * Names come from the same generator as every dataset, made one at a time so that no list of them is counted.
 * Writes {@code key=value} lines to the file named by the second argument.
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int count = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    StringBuilder result = new StringBuilder();
    result.append("organizations=").append(count).append('\n');
    result.append("maxHeap=").append(Runtime.getRuntime().maxMemory()).append('\n');
    measure("created", count, result);
    Files.writeString(out, result.toString());
  }

  private static void measure(String how, int count, StringBuilder result) throws InterruptedException {
    ConsumerOrgs sdk = ConsumerOrgs.builder(new InMemoryStorage()).build();
    sdk.providers().register(SearchDataset.ACTOR, "Benchmark Provider");
    for (int i = 0; i < SearchDataset.SHARES; i++) {
      sdk.shares().register(SearchDataset.ACTOR, SearchDataset.share(i), "Share " + i);
    }
    long empty = usedAfterCollections();
    long started = System.nanoTime();
    fill(sdk, how, count);
    double seconds = (System.nanoTime() - started) / 1e9;
    long full = usedAfterCollections();
    // The store must still be reachable when the heap is read, or the collections could free it.
    if (sdk.organizations().list(SearchDataset.ACTOR, org.consumerorgs.domain.PageRequest.first(1)).items()
        .isEmpty()) {
      throw new IllegalStateException("the store is empty");
    }
    double perOrganization = (full - empty) / (double) count;
    Log.info("memory, %s: %,d organizations in %.1f s; heap %,d -> %,d bytes: %.0f bytes an organization", how,
        count, seconds, empty, full, perOrganization);
    result.append(how).append(".emptyBytes=").append(empty).append('\n');
    result.append(how).append(".fullBytes=").append(full).append('\n');
    result.append(how).append(".bytesPerOrganization=")
        .append(String.format(Locale.ROOT, "%.1f", perOrganization)).append('\n');
    result.append(how).append(".loadSeconds=").append(String.format(Locale.ROOT, "%.1f", seconds)).append('\n');
  }

  static void fill(ConsumerOrgs sdk, String how, int count) {
    CompanyNames names = new CompanyNames();
    if (how.equals("created")) {
      for (int i = 0; i < count; i++) {
        sdk.organizations().create(SearchDataset.ACTOR, names.next());
      }
      return;
    }
    for (int from = 0; from < count; from += 1000) {
      AddConsumersRequest.Builder batch = AddConsumersRequest.builder();
      for (int i = from; i < Math.min(count, from + 1000); i++) {
        batch.newOrganization(names.next());
      }
      sdk.shares().addConsumers(SearchDataset.ACTOR, SearchDataset.share((from / 1000) % SearchDataset.SHARES),
          batch.build());
    }
  }

  /** Heap in use after full collections, once it stops falling. */
  static long usedAfterCollections() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(100);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (i >= 3 && now >= used) {
        return Math.min(now, used);
      }
      used = Math.min(used, now);
    }
    return used;
  }
}
