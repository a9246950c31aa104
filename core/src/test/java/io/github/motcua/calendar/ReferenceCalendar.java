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
package io.github.motcua.calendar;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The obvious, slow implementation of working-time arithmetic: day by day and period by period,
 * from a function giving each date's working periods. It is the skeleton's original algorithm, kept
 * as the oracle the table-based {@link WorkingCalendar} is checked against. Loops give up after
 * {@link #MAX_DAYS} days so that a mistake in a test cannot hang the build.
 */
final class ReferenceCalendar {
  static final int MAX_DAYS = 20 * 366;

  private final ZoneId zone;
  private final Function<LocalDate, List<WorkingPeriod>> periods;

  ReferenceCalendar(ZoneId zone, Function<LocalDate, List<WorkingPeriod>> periods) {
    this.zone = zone;
    this.periods = periods;
  }

  static ReferenceCalendar of(WorkingCalendar cal) {
    return new ReferenceCalendar(cal.zone(), d -> cal.describe(d).periods());
  }

  List<WorkingPeriod> periods(LocalDate d) {
    return periods.apply(d);
  }

  boolean isWorkingDay(LocalDate d) {
    return !periods(d).isEmpty();
  }

  boolean isWorkingTime(Instant instant) {
    LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
    for (WorkingPeriod p : periods(t.toLocalDate())) {
      if (!t.toLocalTime().isBefore(p.start()) && t.toLocalTime().isBefore(p.end())) {
        return true;
      }
    }
    return false;
  }

  Instant nextWorkingInstant(Instant instant) {
    LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
    LocalDate d = t.toLocalDate();
    LocalTime time = t.toLocalTime();
    for (int guard = 0; guard < MAX_DAYS; guard++) {
      for (WorkingPeriod p : periods(d)) {
        if (time.isBefore(p.end())) {
          if (!time.isBefore(p.start())) {
            return instant;
          }
          return ZonedDateTime.of(d, p.start(), zone).toInstant();
        }
      }
      d = d.plusDays(1);
      time = LocalTime.MIN;
    }
    throw new IllegalStateException("reference gave up");
  }

  Instant previousWorkingInstant(Instant instant) {
    if (isWorkingTime(instant)) {
      return instant;
    }
    LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
    LocalDate d = t.toLocalDate();
    LocalTime time = t.toLocalTime();
    boolean sameDay = true;
    for (int guard = 0; guard < MAX_DAYS; guard++) {
      for (WorkingPeriod p : ImmutableList.copyOf(periods(d)).reverse()) {
        if (!sameDay || !time.isBefore(p.end())) {
          return ZonedDateTime.of(d, p.end(), zone).toInstant();
        }
      }
      d = d.minusDays(1);
      sameDay = false;
    }
    throw new IllegalStateException("reference gave up");
  }

  LocalDate addWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    if (n == 0) {
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
      return d;
    }
    int step = n > 0 ? 1 : -1;
    int left = Math.abs(n);
    int guard = 0;
    while (left > 0) {
      if (++guard > MAX_DAYS) {
        throw new IllegalStateException("reference gave up");
      }
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  int workingDaysBetween(LocalDate a, LocalDate b) {
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    int n = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  Instant addWorkingTime(Instant start, Duration d) {
    if (d.isNegative()) {
      return subtractWorkingTime(start, d.negated());
    }
    if (d.isZero()) {
      return start;
    }
    LocalDateTime t = LocalDateTime.ofInstant(start, zone);
    LocalDate day = t.toLocalDate();
    LocalTime time = t.toLocalTime();
    Duration left = d;
    for (int guard = 0; guard < MAX_DAYS; guard++) {
      for (WorkingPeriod p : periods(day)) {
        if (!time.isBefore(p.end())) {
          continue;
        }
        LocalTime from = time.isBefore(p.start()) ? p.start() : time;
        Duration avail = Duration.between(from, p.end());
        if (avail.compareTo(left) >= 0) {
          return ZonedDateTime.of(LocalDateTime.of(day, from).plus(left), zone).toInstant();
        }
        left = left.minus(avail);
      }
      day = day.plusDays(1);
      time = LocalTime.MIN;
    }
    throw new IllegalStateException("reference gave up");
  }

  private Instant subtractWorkingTime(Instant start, Duration d) {
    LocalDateTime t = LocalDateTime.ofInstant(start, zone);
    LocalDate day = t.toLocalDate();
    LocalDateTime limit = t;
    Duration left = d;
    for (int guard = 0; guard < MAX_DAYS; guard++) {
      for (WorkingPeriod p : ImmutableList.copyOf(periods(day)).reverse()) {
        LocalDateTime ps0 = LocalDateTime.of(day, p.start());
        LocalDateTime pe = LocalDateTime.of(day, p.end());
        if (!limit.isAfter(ps0)) {
          continue;
        }
        LocalDateTime to = limit.isBefore(pe) ? limit : pe;
        Duration avail = Duration.between(ps0, to);
        if (avail.compareTo(left) >= 0) {
          return ZonedDateTime.of(to.minus(left), zone).toInstant();
        }
        left = left.minus(avail);
      }
      day = day.minusDays(1);
      limit = LocalDateTime.of(day, LocalTime.MAX);
    }
    throw new IllegalStateException("reference gave up");
  }

  Duration workingTimeBetween(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return workingTimeBetween(b, a).negated();
    }
    LocalDateTime ta = LocalDateTime.ofInstant(a, zone);
    LocalDateTime tb = LocalDateTime.ofInstant(b, zone);
    Duration sum = Duration.ZERO;
    for (LocalDate d = ta.toLocalDate(); !d.isAfter(tb.toLocalDate()); d = d.plusDays(1)) {
      for (WorkingPeriod p : periods(d)) {
        LocalDateTime s = LocalDateTime.of(d, p.start());
        LocalDateTime e = LocalDateTime.of(d, p.end());
        LocalDateTime from = s.isBefore(ta) ? ta : s;
        LocalDateTime to = e.isAfter(tb) ? tb : e;
        if (to.isAfter(from)) {
          sum = sum.plus(Duration.between(from, to));
        }
      }
    }
    return sum;
  }
}
