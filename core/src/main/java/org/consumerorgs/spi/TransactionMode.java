package org.consumerorgs.spi;

/** Whether a transaction may write. */
public enum TransactionMode {
  READ_ONLY,
  READ_WRITE
}
