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
package io.github.motcua.examples.spring;

import io.github.motcua.persistence.jdbc.TransactionBinding;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the JDBC store join the Spring transaction open on the calling thread (the documented seam
 * of {@link TransactionBinding}): inside a {@code @Transactional} method, every store call runs on
 * Spring's connection and never commits it, so a dossier transition commits or rolls back with the
 * host's own rows; the engine publishes its events after Spring commits. Outside a Spring
 * transaction (the timer runner's thread, a plain read) the store opens its own.
 *
 * <p>The store must be built on the same {@code DataSource} as Spring's transaction manager, not on
 * a {@code TransactionAwareDataSourceProxy}: the binding, not the proxy, tells the store that the
 * transaction is the host's.
 */
final class SpringTransactionBinding implements TransactionBinding {
  private final DataSource dataSource;

  SpringTransactionBinding(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Connection> connection() {
    return TransactionSynchronizationManager.isActualTransactionActive()
        ? Optional.of(DataSourceUtils.getConnection(dataSource))
        : Optional.empty();
  }

  @Override
  public void afterCommit(Runnable action) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }

  @Override
  public void afterRollback(Runnable action) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_ROLLED_BACK) {
              action.run();
            }
          }
        });
  }
}
