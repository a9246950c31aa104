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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * One calendar year of one calendar, precomputed so that every question costs the same for one day
 * as for a year.
 *
 * <p>Design. For a year of {@code n} days the table holds, per local day {@code i}: its {@link
 * DayLayout} (shared instances: usually two or three distinct ones per year), its special day if
 * any, and two cumulative arrays of length {@code n + 1}: {@code cumNanos[i]}, the working
 * nanoseconds from the year's first local midnight to day {@code i}'s midnight, and {@code
 * cumDays[i]}, the working days before day {@code i}. {@code workingDayIndex[k]} is the day of the
 * {@code k}-th (0-based) working day. Working time is measured on the local wall clock in exact
 * nanoseconds (a year of 24-hour days is 3.2e16 ns, far below {@code Long.MAX_VALUE}).
 *
 * <p>Per working day {@code k} (0-based) it also holds {@code workingDayIndex[k]}, the day it falls
 * on, {@code workingDates[k]}, its {@link LocalDate} (built once, returned to every caller), and
 * {@code workCum[k]}, the working nanoseconds before it ({@code workCum[workingDays] = total}).
 *
 * <p>The working time before a local moment {@code (i, t)} of the year is {@code cumNanos[i] +
 * layout[i].offsetAt(t)}: a non-decreasing function of the moment, flat outside working periods.
 * Adding working time is finding where that function reaches a level: the working day {@code k}
 * with {@code workCum[k] < level <= workCum[k + 1]}, guessed from the year's average working day
 * and corrected by a step or two (exact at once when all working days are equally long, as in the
 * public sector, since days off have no entry), then a scan of at most a handful of periods.
 * Counting working days is a difference of {@code cumDays}; adding them within the year is {@code
 * workingDates[cumDays[i + 1] + n - 1]}. Spans longer than a year step from year to year using each
 * year's total, so ten years cost ten additions, never a walk over days.
 *
 * <p>Converting between instants and local moments uses the zone's offset; when the zone has no
 * transition within two days of the year (always in Vietnam since 1975) the offset is kept and the
 * conversion is plain arithmetic. Local dates are located by month and day of month ({@link
 * #dayOf}), without computing an epoch day.
 */
final class YearTable {
  private static final int NOT_FIXED = Integer.MIN_VALUE;

  /** Linear steps from the guessed working day before falling back to a binary search. */
  private static final int STEPS = 4;

  private static final int[] DAY_BEFORE_MONTH = dayBeforeMonth(false);
  private static final int[] LEAP_DAY_BEFORE_MONTH = dayBeforeMonth(true);

  final int year;
  final long firstEpochDay;
  final int length;
  final long total;
  final int workingDays;
  final ImmutableList<DatedDay> specialList;

  private final DayLayout[] layouts;
  private final DatedDay[] specials;
  private final long[] cumNanos;
  private final int[] cumDays;
  private final short[] workingDayIndex;
  private final long[] workCum;
  private final LocalDate[] workingDates;
  private final double workingDaysPerNano;
  private final int[] dayBeforeMonth;
  private final ZoneId zone;
  private final int fixedOffset;

  private YearTable(
      int year,
      ZoneId zone,
      DayLayout[] weekLayouts,
      DayLayout makeup,
      SortedMap<LocalDate, DatedDay> yearSpecials,
      boolean useFixedOffset) {
    this.year = year;
    this.zone = zone;
    LocalDate first = LocalDate.of(year, 1, 1);
    this.firstEpochDay = first.toEpochDay();
    this.length = first.lengthOfYear();
    this.layouts = new DayLayout[length];
    this.specials = new DatedDay[length];
    this.cumNanos = new long[length + 1];
    this.cumDays = new int[length + 1];
    this.specialList = ImmutableList.copyOf(yearSpecials.values());
    for (Map.Entry<LocalDate, DatedDay> e : yearSpecials.entrySet()) {
      int i = (int) (e.getKey().toEpochDay() - firstEpochDay);
      DatedDay d = e.getValue();
      specials[i] = d;
      if (!d.day().isWorking()) {
        layouts[i] = DayLayout.NONE;
      } else if (d.periods() == null) {
        layouts[i] = makeup;
      } else {
        layouts[i] = new DayLayout(d.periods());
      }
    }
    // 1970-01-01 was a Thursday: dayOfWeek index (Monday = 0) of epoch day e is (e + 3) mod 7.
    int dow = (int) Math.floorMod(firstEpochDay + 3, 7L);
    short[] index = new short[length];
    int count = 0;
    long nanos = 0;
    for (int i = 0; i < length; i++) {
      if (layouts[i] == null) {
        layouts[i] = weekLayouts[dow];
      }
      cumNanos[i] = nanos;
      cumDays[i] = count;
      if (layouts[i].isWorking()) {
        index[count++] = (short) i;
        nanos += layouts[i].total;
      }
      dow = dow == 6 ? 0 : dow + 1;
    }
    cumNanos[length] = nanos;
    cumDays[length] = count;
    this.total = nanos;
    this.workingDays = count;
    this.workingDayIndex = Arrays.copyOf(index, count);
    this.workCum = new long[count + 1];
    this.workingDates = new LocalDate[count];
    for (int k = 0; k < count; k++) {
      workCum[k] = cumNanos[index[k]];
      workingDates[k] = first.plusDays(index[k]);
    }
    workCum[count] = nanos;
    this.workingDaysPerNano = nanos == 0 ? 0 : count / (double) nanos;
    this.dayBeforeMonth = first.isLeapYear() ? LEAP_DAY_BEFORE_MONTH : DAY_BEFORE_MONTH;
    this.fixedOffset = useFixedOffset ? fixedOffset(zone, firstEpochDay, length) : NOT_FIXED;
  }

  static YearTable build(
      int year,
      ZoneId zone,
      DayLayout[] weekLayouts,
      DayLayout makeup,
      SortedMap<LocalDate, DatedDay> yearSpecials,
      boolean useFixedOffset) {
    return new YearTable(year, zone, weekLayouts, makeup, yearSpecials, useFixedOffset);
  }

  private static int[] dayBeforeMonth(boolean leap) {
    // [m] = (day of the year of the first of month m, 0-based) - 1, so that the 0-based day of
    // the year of a date is dayBeforeMonth[month] + dayOfMonth.
    int[] out = new int[13];
    int before = 0;
    for (int m = 1; m <= 12; m++) {
      out[m] = before - 1;
      before += java.time.Month.of(m).length(leap);
    }
    return out;
  }

  private static int fixedOffset(ZoneId zone, long firstEpochDay, int length) {
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return rules.getOffset(Instant.EPOCH).getTotalSeconds();
    }
    Instant from = Instant.ofEpochSecond((firstEpochDay - 2) * 86_400);
    Instant to = Instant.ofEpochSecond((firstEpochDay + length + 2) * 86_400);
    ZoneOffsetTransition next = rules.nextTransition(from);
    if (next != null && next.getInstant().isBefore(to)) {
      return NOT_FIXED;
    }
    return rules.getOffset(from).getTotalSeconds();
  }

  LocalDate date(int day) {
    return LocalDate.ofEpochDay(firstEpochDay + day);
  }

  /** The 0-based day of the year of a date of this year (cheaper than {@code toEpochDay}). */
  int dayOf(LocalDate date) {
    return dayBeforeMonth[date.getMonthValue()] + date.getDayOfMonth();
  }

  DayLayout layout(int day) {
    return layouts[day];
  }

  DatedDay special(int day) {
    return specials[day];
  }

  DayInfo describe(int day) {
    DayLayout l = layouts[day];
    DatedDay s = specials[day];
    if (s != null) {
      return new DayInfo(
          date(day), s.day().dayKind(), s.day().reason(), l.periods, s.day().observance());
    }
    return new DayInfo(
        date(day), l.isWorking() ? DayKind.WORKING_DAY : DayKind.WEEKLY_REST, "", l.periods);
  }

  /** Working nanoseconds from the year's start to the local moment (day, nanoOfDay). */
  long workingAt(int day, long nanoOfDay) {
    return cumNanos[day] + layouts[day].offsetAt(nanoOfDay);
  }

  /** Working days strictly before {@code day}. */
  int workingDaysBefore(int day) {
    return cumDays[day];
  }

  /**
   * The date of the k-th (1-based) working day of the year; 1 &le; k &le; workingDays. The same
   * instance on every call (dates are values; sharing them spares an allocation per call).
   */
  LocalDate workingDate(int k) {
    return workingDates[k - 1];
  }

  /**
   * The earliest instant of the year at which {@code level} (0 &lt; level &le; total) is reached.
   */
  Instant earliestAt(long level) {
    int k = lastWorkingDayBelow(level);
    int day = workingDayIndex[k];
    return toInstant(day, layouts[day].earliestAt(level - workCum[k]));
  }

  /** The latest instant of the year at which {@code level} (0 &le; level &lt; total) holds. */
  Instant latestAt(long level) {
    int k = lastWorkingDayBelow(level + 1);
    int day = workingDayIndex[k];
    return toInstant(day, layouts[day].latestAt(level - workCum[k]));
  }

  /**
   * The largest {@code k} in {@code [0, workingDays)} with {@code workCum[k] < level}, for {@code 0
   * < level <= total}: the working day in which the level is reached.
   *
   * <p>Guesses {@code k} from the year's average working day and steps from there. When every
   * working day of the year has the same length (the usual case: holidays are not working days and
   * take no room in {@code workCum}) the guess is exact or one off, so the cost is a multiplication
   * and two array reads. A calendar whose working days differ much in length falls back to a binary
   * search after a few steps.
   */
  private int lastWorkingDayBelow(long level) {
    long[] cum = workCum;
    int last = workingDays - 1;
    int k = (int) ((level - 1) * workingDaysPerNano);
    if (k > last) {
      k = last;
    }
    if (cum[k] >= level) {
      // Too far; cum[0] == 0 < level, so stepping down stops at 0 at the latest.
      for (int step = 0; step < STEPS; step++) {
        k--;
        if (cum[k] < level) {
          return k;
        }
      }
      return search(0, k - 1, level);
    }
    for (int step = 0; step < STEPS; step++) {
      if (cum[k + 1] >= level) {
        return k;
      }
      k++;
    }
    return search(k, last, level);
  }

  /** The largest k in [lo, hi] with workCum[k] &lt; level, given workCum[lo] &lt; level. */
  private int search(int lo, int hi, long level) {
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (workCum[mid] < level) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  Instant toInstant(int day, long nanoOfDay) {
    long epochDay = firstEpochDay + day;
    if (fixedOffset != NOT_FIXED) {
      // ofEpochSecond splits the nanoseconds of the day into seconds and nanoseconds itself.
      return Instant.ofEpochSecond(epochDay * 86_400 - fixedOffset, nanoOfDay);
    }
    return ZonedDateTime.of(
            LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofNanoOfDay(nanoOfDay)),
            zone)
        .toInstant();
  }
}
