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

import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.StatisticsCounts;
import io.github.motcua.spi.StatisticsScope;
import java.time.Instant;
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
    StatisticsCounts n =
        ctx.store
            .countInScope(scope)
            .orElseGet(
                () -> {
                  StatisticsCounts.Tally tally = new StatisticsCounts.Tally(scope);
                  ctx.store.forEachInScope(scope, tally::add);
                  return tally.counts();
                });
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
          } else if (d.clock().state() == ClockState.PAUSED) {
            late = false; // waiting for the applicant: that time is not counted
          } else {
            late = d.dueAt().isPresent() && d.dueAt().get().isBefore(scope.to());
          }
          c[late ? 1 : 0]++;
        });
    return new OnTimeIndicator(scope, c[0] + c[1], c[0], c[1]);
  }
}
