/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.motcua.persistence.jdbc;

import io.github.motcua.persistence.jdbc.internal.Failures;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A host's own JDBC transaction joined by the store for the duration of a block (plain JDBC, no
 * framework): every store call on the joining thread, and every engine command through it, runs on
 * the host's connection, so a dossier transition commits or rolls back with the host's own rows.
 * The host ends the transaction through this object, which then runs the store's after-commit
 * actions (the engine's event publication) or after-rollback actions.
 *
 * <pre>{@code
 * connection.setAutoCommit(false);
 * try (HostTransaction tx = store.join(connection)) {
 *   insertOwnRow(connection);
 *   engine.perform(command);
 *   tx.commit();           // commits both, then publishes the events
 * }                        // not committed: rolled back, nothing published
 * }</pre>
 *
 * <p>Not thread-safe: it belongs to the thread that joined, and must end on it.
 */
public final class HostTransaction implements AutoCloseable {
  private final JdbcTransactions transactions;
  private final JdbcTransactions.Unit unit;
  private final Thread thread = Thread.currentThread();
  private boolean ended;

  HostTransaction(JdbcTransactions transactions, Connection connection) {
    this.transactions = transactions;
    this.unit = transactions.bind(connection);
  }

  /**
   * Returns the host's connection.
   *
   * @return the connection
   */
  public Connection connection() {
    return unit.connection;
  }

  /**
   * Commits the host's connection, releases it from the store, then runs the after-commit actions
   * in registration order.
   *
   * @throws io.github.motcua.spi.DossierStoreException if the commit fails (the after-rollback
   *     actions have then run)
   * @throws IllegalStateException if already ended, or called from another thread
   */
  public void commit() {
    end();
    try {
      unit.connection.commit();
    } catch (SQLException e) {
      try {
        unit.connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      unit.afterRollback.forEach(Runnable::run);
      throw Failures.translate("commit the host transaction", e);
    }
    unit.afterCommit.forEach(Runnable::run);
  }

  /**
   * Rolls back the host's connection, releases it from the store, then runs the after-rollback
   * actions.
   *
   * @throws io.github.motcua.spi.DossierStoreException if the rollback fails
   * @throws IllegalStateException if already ended, or called from another thread
   */
  public void rollback() {
    end();
    try {
      unit.connection.rollback();
    } catch (SQLException e) {
      throw Failures.translate("roll back the host transaction", e);
    } finally {
      unit.afterRollback.forEach(Runnable::run);
    }
  }

  /** Rolls back unless {@link #commit()} or {@link #rollback()} ended the transaction. */
  @Override
  public void close() {
    if (!ended) {
      rollback();
    }
  }

  private void end() {
    if (Thread.currentThread() != thread) {
      throw new IllegalStateException("a host transaction must end on the thread that joined it");
    }
    if (ended) {
      throw new IllegalStateException("the host transaction has already ended");
    }
    ended = true;
    transactions.release(unit);
  }
}
