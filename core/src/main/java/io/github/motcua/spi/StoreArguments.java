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

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import java.time.Instant;
import java.util.List;

/**
 * The argument checks every {@link DossierStore} makes the same way, with the same messages: a
 * store calls them first, so that a wrong call is refused alike on every store (the contract suite
 * runs the same calls on each). For store implementers; the engine never makes a wrong call.
 */
public final class StoreArguments {
  private StoreArguments() {}

  /**
   * Checks a change: at least one event, the new version the expected one plus the events, each
   * event the dossier's and numbered in sequence from {@code expectedVersion + 1}.
   *
   * @param d the new snapshot
   * @param expectedVersion the version it was computed from (0 for an insert)
   * @param events its new events
   * @throws IllegalArgumentException if the change does not fit
   */
  public static void checkChange(Dossier d, long expectedVersion, List<DossierEvent> events) {
    if (events.isEmpty() || d.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException(
          "dossier '"
              + d.id()
              + "': a change from version "
              + expectedVersion
              + " to "
              + d.version()
              + " must record exactly that many events, at least one; got "
              + events.size());
    }
    for (int i = 0; i < events.size(); i++) {
      DossierEvent e = events.get(i);
      if (e.sequence() != expectedVersion + i + 1 || !e.dossierId().equals(d.id())) {
        throw new IllegalArgumentException(
            "dossier '"
                + d.id()
                + "': event "
                + e.sequence()
                + " of dossier '"
                + e.dossierId()
                + "' is out of sequence; expected event "
                + (expectedVersion + i + 1));
      }
    }
  }

  /**
   * Checks a page or batch size.
   *
   * @param limit the size
   * @throws IllegalArgumentException if below 1
   */
  public static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1; got " + limit);
    }
  }

  /**
   * Checks the arguments of {@link DossierStore#claimDueTimers}.
   *
   * @param by the instant timers are due by
   * @param limit the most to claim
   * @param owner the claimer
   * @param leaseUntil the end of the lease
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the limit is below 1 or the lease does not end after {@code
   *     by}
   */
  public static void checkClaim(Instant by, int limit, String owner, Instant leaseUntil) {
    requireNonNull(by, "by");
    requireNonNull(owner, "owner");
    requireNonNull(leaseUntil, "leaseUntil");
    checkLimit(limit);
    if (!leaseUntil.isAfter(by)) {
      throw new IllegalArgumentException(
          "a timer lease must end after the instant timers are due by; got "
              + leaseUntil
              + " for "
              + by);
    }
  }
}
