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
package io.github.motcua.persistence.jdbc.internal;

import io.github.motcua.spi.DossierStoreException;
import io.github.motcua.spi.DossierStoreException.Kind;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Translates driver failures into {@link DossierStoreException} by the table in {@code
 * DossierStore}'s Javadoc. Messages name the operation, the SQLState and the vendor code, never the
 * driver's text (which may quote the statement and so the stored data); the driver's exception is
 * kept as the cause.
 */
public final class Failures {
  /** H2: the object (connection) is already closed; the connection is broken. */
  private static final Set<String> H2_CONNECTION = Set.of("90007", "90067", "90098", "90121");

  /** PostgreSQL: terminated by an administrator, crash shutdown, cannot connect now. */
  private static final Set<String> PG_CONNECTION = Set.of("57P01", "57P02", "57P03");

  private Failures() {}

  /**
   * Finds the {@link SQLException} that says what went wrong in a cause chain: the first one with
   * an SQLState, else the first one. A driver may wrap the failure of a batch in a {@link
   * java.sql.BatchUpdateException} of its own without an SQLState (MariaDB Connector/J does when
   * the server goes away mid-batch); the failure that classifies it is its cause or its next
   * exception.
   *
   * @param t the failure
   * @return the SQL exception, if any
   */
  public static Optional<SQLException> sqlCause(Throwable t) {
    SQLException first = null;
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
    todo.add(t);
    while (!todo.isEmpty()) {
      Throwable c = todo.poll();
      if (c == null || !seen.add(c)) {
        continue;
      }
      if (c instanceof SQLException e) {
        if (e.getSQLState() != null && !e.getSQLState().isEmpty()) {
          return Optional.of(e);
        }
        if (first == null) {
          first = e;
        }
        if (e.getNextException() != null) {
          todo.add(e.getNextException());
        }
      }
      if (c.getCause() != null) {
        todo.add(c.getCause());
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Returns whether a failure is a unique (or primary key) violation.
   *
   * @param t the failure
   * @return whether it is one
   */
  public static boolean isUniqueViolation(Throwable t) {
    Optional<SQLException> e = sqlCause(t);
    if (e.isEmpty()) {
      return false;
    }
    String state = e.get().getSQLState();
    return "23505".equals(state)
        || e.get().getErrorCode() == 1062 // MariaDB/MySQL duplicate entry
        || ("23000".equals(state) && e.get().getErrorCode() == 1062);
  }

  /**
   * Classifies a failure.
   *
   * @param t the failure
   * @return the kind
   */
  public static Kind kind(Throwable t) {
    Optional<SQLException> found = sqlCause(t);
    if (found.isEmpty()) {
      return Kind.OTHER;
    }
    SQLException e = found.get();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    if ("40P01".equals(state) || code == 1213) {
      return Kind.DEADLOCK;
    }
    if ("40001".equals(state)) {
      return Kind.SERIALIZATION;
    }
    if (state.startsWith("08")
        || PG_CONNECTION.contains(state)
        || H2_CONNECTION.contains(state)
        || e instanceof SQLTransientConnectionException
        || e instanceof java.sql.SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException) {
      return Kind.CONNECTION;
    }
    if ("57014".equals(state)
        || "55P03".equals(state)
        || "HYT00".equals(state)
        || code == 1205
        || code == 1969
        || e instanceof SQLTimeoutException) {
      return Kind.TIMEOUT;
    }
    return Kind.OTHER;
  }

  /**
   * Wraps a failure as a store exception of its kind.
   *
   * @param what what the store was doing, e.g. "update dossier 'x'"
   * @param t the failure
   * @return the exception to throw
   */
  public static DossierStoreException translate(String what, Throwable t) {
    Kind kind = kind(t);
    Optional<SQLException> e = sqlCause(t);
    String detail =
        e.map(
                x ->
                    " (SQLState "
                        + x.getSQLState()
                        + ", vendor code "
                        + x.getErrorCode()
                        + ", "
                        + x.getClass().getSimpleName()
                        + ")")
            .orElse(" (" + t.getClass().getSimpleName() + ")");
    return new DossierStoreException(
        kind,
        "dossier store could not "
            + what
            + detail
            + ": "
            + kind
            + (kind.retryable() ? ", retryable" : ", not retryable"),
        t);
  }
}
