package org.consumerorgs.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;

/**
 * What one writing thread does next, the same for the SDK and its baseline: new names that never repeat, the next
 * of its own organizations to rename (threads never share one, so no rename is refused), and the next
 * (organization, share) pair that is not linked yet (never one already linked: every add links).
 */
final class WritePlan {
  static final ProviderId PROVIDER = ProviderId.of("writer-provider");
  static final Actor ACTOR = Actor.ofProvider(PROVIDER, "writer@writer-provider");
  static final ShareId SEED_SHARE = ShareId.of("seed-share");
  private static final List<String> BASES = CompanyNames.first(1000);

  private final int thread;
  private final int sliceStart;
  private final int sliceSize;
  private final int shares;
  private final long[] versions;
  private long counter;
  private int renameCursor;
  private long pairCursor;

  WritePlan(int thread, int threads, int seeds, int shares) {
    this.thread = thread;
    this.sliceSize = seeds / threads;
    this.sliceStart = thread * sliceSize;
    this.shares = shares;
    this.versions = new long[sliceSize];
    java.util.Arrays.fill(versions, 1);
  }

  static ShareId share(int i) {
    return ShareId.of("w-share-" + i);
  }

  /** Registers the provider and the shares, and creates the seed organizations; returns their ids in order. */
  static List<String> seed(ConsumerOrgs sdk, int seeds, int shares) {
    sdk.providers().register(ACTOR, "Writer Provider");
    sdk.shares().register(ACTOR, SEED_SHARE, "Seed share");
    for (int i = 0; i < shares; i++) {
      sdk.shares().register(ACTOR, share(i), "Writer share " + i);
    }
    List<String> ids = new ArrayList<>(seeds);
    for (int from = 0; from < seeds; from += 1000) {
      AddConsumersRequest.Builder batch = AddConsumersRequest.builder();
      for (int i = from; i < Math.min(seeds, from + 1000); i++) {
        batch.newOrganization(seedName(i));
      }
      AddConsumersResult result = sdk.shares().addConsumers(ACTOR, SEED_SHARE, batch.build());
      result.outcomes().forEach(o -> ids.add(o.organization().id().value()));
    }
    return ids;
  }

  static String seedName(int i) {
    return "Seed " + BASES.get(i % BASES.size()) + " " + i;
  }

  String newName() {
    counter++;
    return BASES.get((int) (counter % BASES.size())) + " " + thread + "-" + counter;
  }

  /** The seed index of the next organization to rename. */
  int nextRename() {
    return sliceStart + (renameCursor++ % sliceSize);
  }

  String renamedName(int seed) {
    counter++;
    return "Renamed " + BASES.get(seed % BASES.size()) + " " + thread + "-" + counter;
  }

  long version(int seed) {
    return versions[seed - sliceStart];
  }

  void renamed(int seed, long version) {
    versions[seed - sliceStart] = version;
  }

  /** The next pair not linked yet: {seed index, share index}. */
  int[] nextPair() {
    long k = pairCursor++;
    if (k >= (long) sliceSize * shares) {
      throw new IllegalStateException("this thread linked all its " + (long) sliceSize * shares
          + " pairs; give the benchmark more seed organizations or shares");
    }
    return new int[] {sliceStart + (int) (k % sliceSize), (int) (k / sliceSize)};
  }
}
