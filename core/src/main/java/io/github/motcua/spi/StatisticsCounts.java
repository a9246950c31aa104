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

import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counts of a statistics scope, each dossier in exactly one of in progress (not yet due,
 * overdue), waiting for the applicant, and finished (early, on time, late), besides received in the
 * period or carried over into it, plus the counts by national portal status code. {@link Tally} is
 * the one definition of the classes: the engine tallies the dossiers a store streams, and a store
 * that counts in its query language ({@link DossierStore#countInScope}) must give the numbers of a
 * tally by current state ({@link Standing#now}; the contract suite checks it). The engine then
 * classes the dossiers open at a past period's end again by their standing at that end ({@link
 * #withOpenAtEnd}, over {@link DossierStore#forEachOpenAtEnd}).
 *
 * @param received received in the period
 * @param carriedOver received before it and still open at its start
 * @param inProgressNotDue open at its end, not due by then
 * @param inProgressOverdue open at its end and past due
 * @param waitingForApplicant open at its end with the clock paused for the applicant
 * @param finishedEarly finished in the period before the due day
 * @param finishedOnTime finished in the period on the due day, by the due instant
 * @param finishedLate finished in the period after the due instant
 * @param byPortalCode counts by the national portal status code (1 to 10)
 */
public record StatisticsCounts(
    long received,
    long carriedOver,
    long inProgressNotDue,
    long inProgressOverdue,
    long waitingForApplicant,
    long finishedEarly,
    long finishedOnTime,
    long finishedLate,
    Map<Integer, Long> byPortalCode) {
  /**
   * Copies.
   *
   * @param received received
   * @param carriedOver carried over
   * @param inProgressNotDue in progress, not due
   * @param inProgressOverdue in progress, overdue
   * @param waitingForApplicant waiting for the applicant
   * @param finishedEarly finished early
   * @param finishedOnTime finished on time
   * @param finishedLate finished late
   * @param byPortalCode counts by portal code
   */
  public StatisticsCounts {
    byPortalCode = Map.copyOf(new TreeMap<>(byPortalCode));
  }

  /**
   * Returns how many dossiers these counts have open at the period's end.
   *
   * @return in progress (not due, overdue) plus waiting for the applicant
   */
  public long openAtEnd() {
    return inProgressNotDue + inProgressOverdue + waitingForApplicant;
  }

  /**
   * Returns these counts with the three classes of the dossiers open at the period's end replaced:
   * the engine's as-of-the-end standing over {@link DossierStore#forEachOpenAtEnd} replaces what a
   * store counted from its dossiers' current state.
   *
   * @param open the counts of the dossiers open at the end (their other classes are ignored)
   * @return the combined counts
   */
  public StatisticsCounts withOpenAtEnd(StatisticsCounts open) {
    return new StatisticsCounts(
        received,
        carriedOver,
        open.inProgressNotDue,
        open.inProgressOverdue,
        open.waitingForApplicant,
        finishedEarly,
        finishedOnTime,
        finishedLate,
        byPortalCode);
  }

  /**
   * How a dossier still open at the end of a period stood at that end: waiting for the applicant
   * (its clock paused), or past its due instant.
   *
   * @param waiting whether its clock was paused at the end
   * @param overdue whether its due instant was before the end (never when waiting)
   */
  public record Standing(boolean waiting, boolean overdue) {
    /**
     * The standing of a dossier by its current state, which is its state at a period's end when it
     * has not changed since: paused now, or due (now) before the end.
     *
     * @param d the dossier
     * @param end the end of the period
     * @return the standing
     */
    public static Standing now(Dossier d, Instant end) {
      if (d.clock().state() == ClockState.PAUSED) {
        return new Standing(true, false);
      }
      return new Standing(false, d.dueAt().isPresent() && d.dueAt().get().isBefore(end));
    }
  }

  /** Adds dossiers of a scope up, one at a time. Not thread-safe. */
  public static final class Tally {
    private final StatisticsScope scope;
    private final java.util.function.BiFunction<Dossier, Instant, Standing> standing;
    private final long[] c = new long[8];
    private final Map<Integer, Long> byCode = new TreeMap<>();

    /**
     * Starts a tally that classes a dossier open at the period's end by its current state ({@link
     * Standing#now}): what a store counting in its query language gives.
     *
     * @param scope the scope the dossiers come from
     */
    public Tally(StatisticsScope scope) {
      this(scope, Standing::now);
    }

    /**
     * Starts a tally that classes a dossier open at the period's end by its standing then.
     *
     * @param scope the scope the dossiers come from
     * @param standing the standing of an open dossier at the period's end
     */
    public Tally(
        StatisticsScope scope, java.util.function.BiFunction<Dossier, Instant, Standing> standing) {
      this.scope = java.util.Objects.requireNonNull(scope, "scope");
      this.standing = java.util.Objects.requireNonNull(standing, "standing");
    }

    /**
     * Counts a dossier of the scope.
     *
     * @param d the dossier
     */
    public void add(Dossier d) {
      c[d.receivedAt().isBefore(scope.from()) ? 1 : 0]++;
      Optional<Instant> fin = d.finishedAt();
      if (fin.isPresent() && fin.get().isBefore(scope.to())) {
        switch (d.timeliness().orElse(Timeliness.ON_TIME)) {
          case EARLY -> c[5]++;
          case ON_TIME -> c[6]++;
          case LATE -> c[7]++;
        }
      } else {
        Standing at = standing.apply(d, scope.to());
        c[at.waiting() ? 4 : at.overdue() ? 3 : 2]++;
      }
      byCode.merge(d.status().portalCode(), 1L, Long::sum);
    }

    /**
     * Returns the counts so far.
     *
     * @return the counts
     */
    public StatisticsCounts counts() {
      return new StatisticsCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], byCode);
    }
  }
}
