package org.consumerorgs.inmemory;

import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.TransactionMode;

/** The transaction open on the current thread: its provider's state, whether it may write, and its undo log. */
final class Transaction {
  final ProviderId scope;
  final TransactionMode mode;
  final ProviderState state;
  final UndoLog undo = new UndoLog();

  Transaction(ProviderId scope, TransactionMode mode, ProviderState state) {
    this.scope = scope;
    this.mode = mode;
    this.state = state;
  }

  /** The state of {@code provider} for a write; refuses to write in a read-only transaction or another provider. */
  ProviderState forWrite(ProviderId provider) {
    if (mode != TransactionMode.READ_WRITE) {
      throw new IllegalStateException("a read-only transaction cannot write");
    }
    return forRead(provider);
  }

  ProviderState forRead(ProviderId provider) {
    if (!scope.equals(provider)) {
      throw new IllegalStateException(
          "this transaction acts for provider " + scope + ", not for " + provider);
    }
    return state;
  }
}
