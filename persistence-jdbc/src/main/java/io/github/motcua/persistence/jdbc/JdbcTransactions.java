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

import static java.util.Objects.requireNonNull;

import io.github.motcua.persistence.jdbc.internal.Failures;
import io.github.motcua.spi.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The store's transactions: a unit of work is bound to its thread with the connection it runs on.
 * In order of precedence, a unit of work joins (1) the unit already open on the thread (an outer
 * {@code inTransaction} or a {@link HostTransaction}), (2) the host transaction the {@link
 * TransactionBinding} reports, else (3) begins its own on a connection from the {@code DataSource}
 * with autocommit off, commits or rolls back, restores autocommit and closes the connection.
 */
final class JdbcTransactions implements Transactions {

  /** One unit of work open on a thread. */
  static final class Unit {
    final Connection connection;

    /** The binding the actions go to when the host owns the transaction; null otherwise. */
    final TransactionBinding delegate;

    final List<Runnable> afterCommit = new ArrayList<>();
    final List<Runnable> afterRollback = new ArrayList<>();

    Unit(Connection connection, TransactionBinding delegate) {
      this.connection = connection;
      this.delegate = delegate;
    }
  }

  private final DataSource dataSource;
  private final TransactionBinding binding;
  private final ThreadLocal<Unit> current = new ThreadLocal<>();

  /**
   * The isolation level of a transaction the store begins itself (the connection's own level is
   * restored after); {@code TRANSACTION_NONE} keeps the connection's. A joined transaction keeps
   * the level its owner chose.
   */
  private final int ownIsolation;

  JdbcTransactions(DataSource dataSource, TransactionBinding binding, int ownIsolation) {
    this.dataSource = dataSource;
    this.binding = binding;
    this.ownIsolation = ownIsolation;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    Optional<Connection> host = binding.connection();
    if (host.isPresent()) {
      current.set(new Unit(host.get(), binding));
      try {
        return work.get();
      } finally {
        current.remove();
      }
    }
    return own(work, ownIsolation);
  }

  private <T> T own(Supplier<T> work, int isolation) {
    Connection c = open();
    boolean autoCommit;
    int restoreIsolation = Connection.TRANSACTION_NONE;
    try {
      autoCommit = c.getAutoCommit();
      if (isolation != Connection.TRANSACTION_NONE) {
        int was = c.getTransactionIsolation();
        if (was != isolation) {
          c.setTransactionIsolation(isolation);
          restoreIsolation = was;
        }
      }
      if (autoCommit) {
        c.setAutoCommit(false);
      }
    } catch (SQLException e) {
      closeQuietly(c, false, restoreIsolation);
      throw Failures.translate("begin a transaction", e);
    }
    Unit unit = new Unit(c, null);
    current.set(unit);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      current.remove();
      rollbackQuietly(c, e);
      closeQuietly(c, autoCommit, restoreIsolation);
      unit.afterRollback.forEach(Runnable::run);
      throw e;
    }
    current.remove();
    try {
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      closeQuietly(c, autoCommit, restoreIsolation);
      unit.afterRollback.forEach(Runnable::run);
      throw Failures.translate("commit", e);
    }
    closeQuietly(c, autoCommit, restoreIsolation);
    unit.afterCommit.forEach(Runnable::run);
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    requireNonNull(action, "action");
    Unit u = current.get();
    if (u != null) {
      if (u.delegate != null) {
        u.delegate.afterCommit(action);
      } else {
        u.afterCommit.add(action);
      }
    } else if (binding.connection().isPresent()) {
      binding.afterCommit(action);
    } else {
      action.run();
    }
  }

  @Override
  public void afterRollback(Runnable action) {
    requireNonNull(action, "action");
    Unit u = current.get();
    if (u != null) {
      if (u.delegate != null) {
        u.delegate.afterRollback(action);
      } else {
        u.afterRollback.add(action);
      }
    } else if (binding.connection().isPresent()) {
      binding.afterRollback(action);
    }
  }

  /**
   * Runs a read on the connection of the thread's transaction, the host's, or a connection of its
   * own (autocommit, closed after).
   */
  <T> T withConnection(Function<Connection, T> read) {
    Unit u = current.get();
    if (u != null) {
      return read.apply(u.connection);
    }
    Optional<Connection> host = binding.connection();
    if (host.isPresent()) {
      return read.apply(host.get());
    }
    Connection c = open();
    try {
      return read.apply(c);
    } finally {
      closeQuietly(c, true);
    }
  }

  @Override
  public boolean joined() {
    return current.get() != null || binding.connection().isPresent();
  }

  /** The connection of the unit of work open on this thread; fails outside one. */
  Connection connection() {
    Unit u = current.get();
    if (u == null) {
      throw new IllegalStateException("no unit of work is open on this thread");
    }
    return u.connection;
  }

  /** Binds a host's connection to this thread until the returned unit is released. */
  Unit bind(Connection connection) {
    if (current.get() != null) {
      throw new IllegalStateException(
          "a unit of work of this store is already open on this thread; join the host connection"
              + " before calling the store, and end it before joining another");
    }
    try {
      if (connection.getAutoCommit()) {
        throw new IllegalStateException(
            "the host connection is in autocommit mode; begin a transaction"
                + " (setAutoCommit(false)) before joining it");
      }
    } catch (SQLException e) {
      throw Failures.translate("join the host connection", e);
    }
    Unit u = new Unit(connection, null);
    current.set(u);
    return u;
  }

  /** Unbinds a unit bound by {@link #bind}, if it is still the thread's. */
  void release(Unit u) {
    if (current.get() == u) {
      current.remove();
    }
  }

  private Connection open() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw Failures.translate("open a connection", e);
    }
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void closeQuietly(Connection c, boolean restoreAutoCommit) {
    closeQuietly(c, restoreAutoCommit, Connection.TRANSACTION_NONE);
  }

  private static void closeQuietly(Connection c, boolean restoreAutoCommit, int isolation) {
    try {
      if (isolation != Connection.TRANSACTION_NONE && !c.isClosed()) {
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException | RuntimeException ignored) {
      // the connection is broken; closing it is all that is left
    }
    try {
      if (restoreAutoCommit && !c.isClosed() && !c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
    } catch (SQLException | RuntimeException ignored) {
      // the connection is broken; closing it is all that is left
    }
    try {
      c.close();
    } catch (SQLException | RuntimeException ignored) {
      // nothing more to do with a connection that cannot close
    }
  }
}
