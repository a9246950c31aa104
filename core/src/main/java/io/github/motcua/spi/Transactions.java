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
package io.github.motcua.spi;

import java.util.function.Supplier;

/**
 * The transaction seam of a {@link DossierStore}: how the engine runs one unit of work (a
 * submission, an action, an undo, the timer work on one dossier) atomically, and how it defers what
 * must happen only once that work is durable (publishing events to listeners).
 *
 * <p>A unit of work <em>joins</em> a transaction already open on the calling thread (the host's, or
 * an outer unit of work) instead of starting one: its changes then commit or roll back with the
 * host's own rows, and its after-commit actions run when the host commits (never if it rolls back).
 * Without an open transaction each unit of work is its own transaction.
 *
 * <p>Modelled on jdbi's {@code TransactionHandler} (which joins an open transaction) and jOOQ's
 * {@code TransactionProvider}. Implementations are thread-safe; a transaction belongs to the thread
 * that opened it.
 */
public interface Transactions {
  /**
   * Runs work in a transaction of the store: joins the transaction open on this thread, else begins
   * one, commits it when the work returns and rolls it back when the work throws (the exception is
   * rethrown unchanged).
   *
   * @param <T> the result type
   * @param work the unit of work
   * @return what the work returned
   * @throws DossierStoreException if the store fails to begin or commit
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs an action after the transaction open on this thread commits, in registration order; never
   * if it rolls back. Without an open transaction the action runs at once. An action that throws is
   * the caller's concern: the commit has happened.
   *
   * @param action what to run
   */
  void afterCommit(Runnable action);

  /**
   * Runs an action after the transaction open on this thread rolls back; never if it commits.
   * Without an open transaction the call does nothing.
   *
   * @param action what to run
   */
  void afterRollback(Runnable action);

  /**
   * Returns whether a unit of work begun on this thread now would join a transaction already open
   * (an outer unit of work, or the host's) rather than begin and end its own. The engine uses it to
   * decide whether a deadlock or serialization failure of one dossier's unit left the others
   * untouched (its own unit: only that dossier's change was rolled back) or doomed the whole
   * transaction (joined: it must end the call). The default answers true, the careful answer for a
   * store that cannot tell.
   *
   * @return whether it would join
   */
  default boolean joined() {
    return true;
  }
}
