package org.consumerorgs.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A share's consumer set answers as a {@link HashSet} would, sparse or turned dense. */
class OrdinalSetProperties {

  /** Positive values add, negative ones remove their complement; dense sets come from runs of adds. */
  @Property(tries = 200)
  void itHoldsWhatWasAddedAndNotRemoved(
      @ForAll @Size(max = 300) List<@IntRange(min = -3000, max = 2999) Integer> steps,
      @ForAll @IntRange(min = 0, max = 2500) int run) {
    OrdinalSet set = new OrdinalSet();
    Set<Integer> model = new HashSet<>();
    for (int o = 0; o < run; o++) {
      assertEquals(model.add(o * 2), set.add(o * 2));
    }
    for (int step : steps) {
      if (step >= 0) {
        assertEquals(model.add(step), set.add(step));
      } else {
        assertEquals(model.remove(-step - 1), set.remove(-step - 1));
      }
    }
    assertEquals(model.size(), set.size());
    Set<Integer> members = new TreeSet<>();
    set.forEach(members::add);
    assertEquals(new TreeSet<>(model), members);
    for (int o = 0; o < 6000; o++) {
      assertEquals(model.contains(o), set.contains(o));
      int absent = o;
      while (model.contains(absent)) {
        absent++;
      }
      assertEquals(absent, set.nextAbsent(o));
    }
  }
}
