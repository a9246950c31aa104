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
package io.github.motcua.procedure;

import io.github.motcua.calendar.WorkingPeriod;
import io.github.motcua.calendar.WorkingWeek;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Turns time limits into working time for the verifier and formats working time for messages.
 *
 * <p>Calendar days have no fixed working time; they are converted nominally with the working week
 * (30 calendar days in a 5-day week: 30 × 5 / 7 = 21.4 working days), rounded up for a step budget
 * (worst case) and down for the legal time limit, so the check stays on the safe side. Holidays are
 * not subtracted: a path that fits only without them should be given a smaller budget.
 */
final class WorkingTimes {
  private WorkingTimes() {}

  /** Converts a time limit to working time; calendar days rounded up or down to whole days. */
  static Duration of(TimeLimit limit, WorkingWeek week, boolean roundUp) {
    Duration day = week.standardDay();
    if (limit.unit() != TimeLimit.Unit.CALENDAR_DAYS) {
      return limit.toWorkingTime(day);
    }
    BigDecimal working =
        limit
            .amount()
            .multiply(BigDecimal.valueOf(workingDaysPerWeek(week)))
            .divide(BigDecimal.valueOf(7), 0, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR);
    return TimeLimit.workingDays(working.longValueExact()).toWorkingTime(day);
  }

  static int workingDaysPerWeek(WorkingWeek week) {
    int n = 0;
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!week.periods(d).isEmpty()) {
        n++;
      }
    }
    return n == 0 ? 5 : n;
  }

  /**
   * Returns the working time a dossier has for the whole procedure in the worst case of its
   * receipt: the legal time limit in working time, plus, when counting to the end of a day with an
   * intake cut-off, the working time left on the day of receipt after the cut-off (a dossier
   * received just before it still has that much of the day).
   */
  static Duration legalCapacity(Procedure p, WorkingWeek week) {
    Duration limit = of(p.timeLimit(), week, false);
    if (p.countingRule() == CountingRule.END_OF_DAY && p.intakeCutoff().isPresent()) {
      limit = limit.plus(leastAfter(p.intakeCutoff().get(), week));
    }
    return limit;
  }

  /** The least working time after a local time on any working day of the week. */
  static Duration leastAfter(LocalTime cutoff, WorkingWeek week) {
    Optional<Duration> least = Optional.empty();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (week.periods(d).isEmpty()) {
        continue;
      }
      Duration after = Duration.ZERO;
      for (WorkingPeriod period : week.periods(d)) {
        LocalTime from = period.start().isAfter(cutoff) ? period.start() : cutoff;
        if (period.end().isAfter(from)) {
          after = after.plus(Duration.between(from, period.end()));
        }
      }
      if (least.isEmpty() || after.compareTo(least.get()) < 0) {
        least = Optional.of(after);
      }
    }
    return least.orElse(Duration.ZERO);
  }

  /** Formats working time as {@code 2 working days 3 hours 30 minutes}. */
  static String format(Duration d, Duration standardDay) {
    long minutes = d.toMinutes();
    long dayMinutes = Math.max(1, standardDay.toMinutes());
    long days = minutes / dayMinutes;
    long rest = minutes % dayMinutes;
    long hours = rest / 60;
    long mins = rest % 60;
    StringBuilder sb = new StringBuilder();
    if (days > 0) {
      sb.append(days).append(days == 1 ? " working day" : " working days");
    }
    if (hours > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(hours).append(hours == 1 ? " hour" : " hours");
    }
    if (mins > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(mins).append(mins == 1 ? " minute" : " minutes");
    }
    return sb.length() == 0 ? "no working time" : sb.toString();
  }
}
