package io.github.motcua.engine;

import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.StatisticsScope;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Counts the dossiers of a scope for {@link DossierEngine#statistics(StatisticsScope)} in one pass
 * over {@link DossierStore#forEachInScope}: each dossier lands in exactly one of in progress (not
 * yet due, overdue), waiting for the applicant, and finished (early, on time, late), besides
 * received or carried over; plus the counts by national status code. Stateless; thread-safe.
 */
final class Statistics {
  private final EngineContext ctx;

  Statistics(EngineContext ctx) {
    this.ctx = ctx;
  }

  DossierStatistics of(StatisticsScope scope) {
    long[] c = new long[8];
    Map<Integer, Long> byCode = new TreeMap<>();
    ctx.store.forEachInScope(
        scope,
        d -> {
          Instant at = d.receivedAt();
          if (at.isBefore(scope.from())) {
            c[1]++;
          } else {
            c[0]++;
          }
          Optional<Instant> fin = d.finishedAt();
          if (fin.isPresent() && fin.get().isBefore(scope.to())) {
            switch (d.timeliness().orElse(Timeliness.ON_TIME)) {
              case EARLY -> c[5]++;
              case ON_TIME -> c[6]++;
              case LATE -> c[7]++;
            }
          } else if (d.clock().state() == ClockState.PAUSED) {
            c[4]++;
          } else if (d.dueAt().isPresent() && d.dueAt().get().isBefore(scope.to())) {
            c[3]++;
          } else {
            c[2]++;
          }
          byCode.merge(d.status().portalCode(), 1L, Long::sum);
        });
    long finished = c[5] + c[6] + c[7];
    OptionalDouble rate =
        finished == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((c[5] + c[6]) / (double) finished);
    return new DossierStatistics(
        scope, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], rate, byCode);
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
