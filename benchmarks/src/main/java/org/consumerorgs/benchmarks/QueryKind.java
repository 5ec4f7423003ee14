package org.consumerorgs.benchmarks;

/**
 * What a person types into the "add consumers" dropdown, and how often (the weights of the reported mix). Each kind
 * is measured on its own; the mix's percentiles are those of the kinds' samples weighted by these shares.
 */
public enum QueryKind {
  /** The start of an existing name, 1 to 8 characters: what people type most. */
  PREFIX(50),
  /** The start (2 to 6 characters) of a later word of an existing name: "logi" for "Miller Logistics". */
  WORD(20),
  /** 3 to 5 characters from inside a word of an existing name: "gist". */
  FRAGMENT(15),
  /** A misspelt word (two letters swapped, or one wrong) that no name contains. */
  MISS(15);

  final int percent;

  QueryKind(int percent) {
    this.percent = percent;
  }
}
