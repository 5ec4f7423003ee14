package org.consumerorgs.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.consumerorgs.ConsumerOrgs;

/**
 * What the reading benchmarks of one JVM share, so that it is made once: the name sequence, and the in-memory search
 * dataset, which grows from one size to the next (10^4, then 9 * 10^4 more, then 9 * 10^5 more) as the sizes are
 * measured in turn. The reading benchmarks run in one JVM per backend for this reason (see {@link BenchmarkMain}).
 */
final class Datasets {
  private static final CompanyNames GENERATOR = new CompanyNames();
  private static final List<String> NAMES = new ArrayList<>();
  private static ConsumerOrgs inMemory;
  private static int inMemorySize;

  private Datasets() {}

  /** The first {@code count} names of the sequence. */
  static synchronized List<String> names(int count) {
    while (NAMES.size() < count) {
      NAMES.add(GENERATOR.next());
    }
    return List.copyOf(NAMES.subList(0, count));
  }

  /** The in-memory search dataset of exactly {@code size} organizations, grown from the last one when larger. */
  static synchronized ConsumerOrgs inMemorySearch(int size) {
    if (inMemory == null || inMemorySize > size) {
      inMemory = SearchDataset.emptyInMemory();
      inMemorySize = 0;
    }
    if (inMemorySize < size) {
      SearchDataset.growInMemory(inMemory, names(size), inMemorySize);
      inMemorySize = size;
    }
    return inMemory;
  }
}
