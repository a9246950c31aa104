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

import io.github.motcua.MotcuaException;

/**
 * A store failed for a reason of its own, not because a command was wrong: a lost connection, a
 * deadlock, a serialization failure, a time-out, a schema the library does not expect. The change
 * that was being stored did not happen (the transaction was rolled back). {@link #retryable()} says
 * whether trying the same command again, after reloading, can succeed; {@link #kind()} says why.
 *
 * <p>The conditions a store reports with the dossier package's own exceptions instead (a stale
 * version, a duplicate id or number, a reused idempotency key, an unknown dossier) are listed in
 * {@link DossierStore}'s translation table.
 */
public class DossierStoreException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** Why a store failed. */
  public enum Kind {
    /** The connection was lost or could not be opened; retryable once the database is back. */
    CONNECTION(true),
    /** The database chose this transaction as a deadlock victim; retryable. */
    DEADLOCK(true),
    /** The database could not serialize this transaction with a concurrent one; retryable. */
    SERIALIZATION(true),
    /** A statement or a lock wait ran past its time-out; retryable. */
    TIMEOUT(true),
    /** The schema is older or newer than this library expects; not retryable. */
    SCHEMA(false),
    /** Anything else the database refused; not retryable without a change. */
    OTHER(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    /**
     * Returns whether a failure of this kind may succeed on a retry.
     *
     * @return whether it is retryable
     */
    public boolean retryable() {
      return retryable;
    }
  }

  private final transient Kind kind;

  /**
   * Creates the exception.
   *
   * @param kind why the store failed
   * @param message what failed and where (no personal data)
   * @param cause the driver's exception, if any
   */
  public DossierStoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
  }

  /**
   * Returns why the store failed.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns whether the same command, retried after reloading the dossier, may succeed.
   *
   * @return whether a retry can help
   */
  @Override
  public boolean retryable() {
    return kind.retryable();
  }
}
