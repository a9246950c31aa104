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
package io.github.motcua.engine;

import io.github.motcua.deadline.ClockEntry;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.StatisticsCounts;
import io.github.motcua.spi.StatisticsScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Counts the dossiers of a scope for {@link DossierEngine#statistics(StatisticsScope)}: the store's
 * own count where it has one ({@link DossierStore#countInScope}), else one pass over {@link
 * DossierStore#forEachInScope} with the classes of {@link StatisticsCounts.Tally}. Stateless;
 * thread-safe.
 */
final class Statistics {
  private final EngineContext ctx;

  Statistics(EngineContext ctx) {
    this.ctx = ctx;
  }

  DossierStatistics of(StatisticsScope scope) {
    StatisticsCounts n = counts(scope);
    long finished = n.finishedEarly() + n.finishedOnTime() + n.finishedLate();
    OptionalDouble rate =
        finished == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((n.finishedEarly() + n.finishedOnTime()) / (double) finished);
    return new DossierStatistics(
        scope,
        n.received(),
        n.carriedOver(),
        n.inProgressNotDue(),
        n.inProgressOverdue(),
        n.waitingForApplicant(),
        n.finishedEarly(),
        n.finishedOnTime(),
        n.finishedLate(),
        rate,
        n.byPortalCode());
  }

  /**
   * The counts of a scope, the dossiers open at the period's end classed by their standing at that
   * end ({@link #standingAt}). A store that counts in its query language counts from its dossiers'
   * current state, which is their state at the end unless the period is over: then the dossiers
   * open at its end (a dossier finished since was in progress then) are streamed and classed again.
   */
  private StatisticsCounts counts(StatisticsScope scope) {
    Optional<StatisticsCounts> counted = ctx.store.countInScope(scope);
    if (counted.isEmpty()) {
      return tallied(scope);
    }
    if (!scope.to().isBefore(ctx.now())) {
      return counted.get(); // nothing has happened after the end yet
    }
    StatisticsCounts.Tally open = new StatisticsCounts.Tally(scope, this::standingAt);
    ctx.store.forEachOpenAtEnd(scope, open::add);
    StatisticsCounts atEnd = open.counts();
    if (atEnd.openAtEnd() != counted.get().openAtEnd()) {
      // a dossier was received or finished between the two reads: count in one pass instead
      return tallied(scope);
    }
    return counted.get().withOpenAtEnd(atEnd);
  }

  /** The counts of a scope in one streamed pass over its dossiers. */
  private StatisticsCounts tallied(StatisticsScope scope) {
    StatisticsCounts.Tally tally = new StatisticsCounts.Tally(scope, this::standingAt);
    ctx.store.forEachInScope(scope, tally::add);
    return tally.counts();
  }

  /**
   * How a dossier open at {@code end} stood then: its clock replayed up to the end (the entries
   * before it), paused or running, and if running whether its due instant (on the calendar of the
   * agency competent for it now) was before the end. A dossier whose clock has not changed since
   * the end, and that is not finished, stands as it does now.
   */
  StatisticsCounts.Standing standingAt(Dossier d, Instant end) {
    DeadlineClock clock = d.clock();
    List<ClockEntry> entries = clock.entries();
    int before = 0;
    while (before < entries.size() && entries.get(before).at().isBefore(end)) {
      before++;
    }
    if (before == entries.size() && d.finishedAt().isEmpty()) {
      return StatisticsCounts.Standing.now(d, end);
    }
    if (before == 0) {
      return new StatisticsCounts.Standing(false, false); // its clock had not started
    }
    DeadlineClock then =
        DeadlineClock.replay(clock.limit(), clock.policy(), entries.subList(0, before));
    if (then.state() == ClockState.PAUSED) {
      return new StatisticsCounts.Standing(true, false);
    }
    boolean overdue =
        then.state() == ClockState.RUNNING
            && then.dueInstant(ctx.calendarOf(d)).map(due -> due.isBefore(end)).orElse(false);
    return new StatisticsCounts.Standing(false, overdue);
  }

  /** The on-time indicator of Decision 766/QĐ-TTg; see {@link OnTimeIndicator}. */
  OnTimeIndicator onTime(StatisticsScope scope) {
    long[] c = new long[2];
    ctx.store.forEachInScope(
        scope,
        d -> {
          boolean late;
          Optional<Instant> fin = d.finishedAt();
          if (d.supplementRounds() > 1) {
            late = true; // "trừ trường hợp Yêu cầu bổ sung hồ sơ hơn 01 lần thì tính quá hạn"
          } else if (fin.isPresent() && fin.get().isBefore(scope.to())) {
            late = d.timeliness().orElse(Timeliness.ON_TIME) == Timeliness.LATE;
          } else {
            // open at the end: late if past due then; waiting for the applicant is not counted
            late = standingAt(d, scope.to()).overdue();
          }
          c[late ? 1 : 0]++;
        });
    return new OnTimeIndicator(scope, c[0] + c[1], c[0], c[1]);
  }
}
