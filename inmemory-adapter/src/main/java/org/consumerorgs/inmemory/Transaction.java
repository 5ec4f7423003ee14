package org.consumerorgs.inmemory;

import org.consumerorgs.domain.ProviderId;

/**
 * The transaction open on the current thread: its provider's state and its undo log. Whether it may write is judged
 * when a store asks for it ({@link InMemoryTransactions#writing()}).
 */
final class Transaction {
  final ProviderId scope;
  final ProviderState state;
  final UndoLog undo = new UndoLog();

  Transaction(ProviderId scope, ProviderState state) {
    this.scope = scope;
    this.state = state;
  }

  /** The state of {@code provider}; refuses another provider than the one this transaction acts for. */
  ProviderState of(ProviderId provider) {
    if (!scope.equals(provider)) {
      throw new IllegalStateException(
          "this transaction acts for provider " + scope + ", not for " + provider);
    }
    return state;
  }
}
