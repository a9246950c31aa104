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

import java.sql.Connection;
import java.util.Optional;

/**
 * How the store finds a transaction the host has open on the calling thread, so that a dossier
 * transition commits together with the host's own rows. When {@link #connection()} returns a
 * connection, every store call on that thread runs on it and never commits, rolls back or closes
 * it; after-commit and after-rollback actions are handed to the binding, which runs them when the
 * host's transaction ends. When it returns empty, the store opens its own transactions on its
 * {@code DataSource}.
 *
 * <p>Under Spring (which this module does not depend on), a binding is a few lines over {@code
 * DataSourceUtils} and {@code TransactionSynchronizationManager}:
 *
 * <pre>{@code
 * TransactionBinding spring = new TransactionBinding() {
 *   public Optional<Connection> connection() {
 *     return TransactionSynchronizationManager.isActualTransactionActive()
 *         ? Optional.of(DataSourceUtils.getConnection(dataSource)) : Optional.empty();
 *   }
 *   public void afterCommit(Runnable action) {
 *     TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
 *       public void afterCommit() { action.run(); }
 *     });
 *   }
 *   public void afterRollback(Runnable action) {
 *     TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
 *       public void afterCompletion(int status) { if (status == STATUS_ROLLED_BACK) action.run(); }
 *     });
 *   }
 * };
 * }</pre>
 *
 * Giving the store a {@code TransactionAwareDataSourceProxy} alone is not enough: the store would
 * take Spring's connection for its own transaction and commit it; the binding is what tells it the
 * transaction is the host's. With plain JDBC, use {@link JdbcDossierStore#join(Connection)} instead
 * of a binding.
 *
 * <p>Implementations are thread-safe; {@link #connection()} answers for the calling thread.
 */
public interface TransactionBinding {
  /**
   * Returns the connection of the host transaction open on the calling thread.
   *
   * @return the connection, or empty when the thread has no host transaction
   */
  Optional<Connection> connection();

  /**
   * Runs an action after the host transaction open on this thread commits. Called only while {@link
   * #connection()} returns a connection.
   *
   * @param action what to run
   */
  void afterCommit(Runnable action);

  /**
   * Runs an action after the host transaction open on this thread rolls back. Called only while
   * {@link #connection()} returns a connection.
   *
   * @param action what to run
   */
  void afterRollback(Runnable action);

  /**
   * Returns the binding of a host that never shares its transactions: the store always opens its
   * own.
   *
   * @return the binding
   */
  static TransactionBinding none() {
    return NoBinding.INSTANCE;
  }
}

/** The binding that finds no host transaction. */
enum NoBinding implements TransactionBinding {
  INSTANCE;

  @Override
  public Optional<Connection> connection() {
    return Optional.empty();
  }

  @Override
  public void afterCommit(Runnable action) {
    throw new IllegalStateException("no host transaction is open");
  }

  @Override
  public void afterRollback(Runnable action) {
    throw new IllegalStateException("no host transaction is open");
  }
}
