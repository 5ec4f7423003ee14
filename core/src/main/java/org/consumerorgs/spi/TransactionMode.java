package org.consumerorgs.spi;

/** Whether a transaction may write. */
public enum TransactionMode {
  /** Reads only: a list, a search, a report. */
  READ_ONLY,
  /** Writes, and reads what it needs to write. */
  READ_WRITE
}
