package org.consumerorgs.jdbc;

import java.sql.Connection;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.TransactionMode;

/** The transaction a thread has open: its connection, the provider it acts for, and whether it may write. */
record OpenTransaction(Connection connection, ProviderId scope, TransactionMode mode) {}
