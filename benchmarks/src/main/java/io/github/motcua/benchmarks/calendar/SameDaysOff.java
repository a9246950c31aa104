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
package io.github.motcua.benchmarks.calendar;

import static java.util.Objects.requireNonNull;

import io.github.motcua.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days off of a motcua calendar over a span of years, in the two forms the peers accept: a
 * weekend (weekdays without working periods) and a list of holidays (weekly working days the
 * calendar says are not worked). Make-up working days (ngày làm bù: a rest day the calendar makes a
 * working day) are collected separately, because neither peer can express a working day on a
 * weekend date.
 *
 * <p>Immutable; built once in a benchmark's setup, never inside a measured method.
 */
final class SameDaysOff {
  private final LocalDate first;
  private final LocalDate last;
  private final Set<DayOfWeek> weekend;
  private final NavigableSet<LocalDate> holidays;
  private final NavigableSet<LocalDate> makeupDays;

  private SameDaysOff(
      LocalDate first,
      LocalDate last,
      Set<DayOfWeek> weekend,
      NavigableSet<LocalDate> holidays,
      NavigableSet<LocalDate> makeupDays) {
    this.first = first;
    this.last = last;
    this.weekend = Collections.unmodifiableSet(weekend);
    this.holidays = Collections.unmodifiableNavigableSet(holidays);
    this.makeupDays = Collections.unmodifiableNavigableSet(makeupDays);
  }

  /**
   * Reads the days off of {@code calendar} from 1 January of {@code firstYear} to 31 December of
   * {@code lastYear}, asking the calendar about every date.
   */
  static SameDaysOff of(WorkingCalendar calendar, int firstYear, int lastYear) {
    requireNonNull(calendar, "calendar");
    if (lastYear < firstYear) {
      throw new IllegalArgumentException(
          "lastYear must not be before firstYear; got " + firstYear + ".." + lastYear);
    }
    Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (calendar.week().periods(d).isEmpty()) {
        weekend.add(d);
      }
    }
    LocalDate first = LocalDate.of(firstYear, 1, 1);
    LocalDate last = LocalDate.of(lastYear, 12, 31);
    NavigableSet<LocalDate> holidays = new TreeSet<>();
    NavigableSet<LocalDate> makeup = new TreeSet<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      boolean weeklyWorking = !weekend.contains(d.getDayOfWeek());
      boolean working = calendar.isWorkingDay(d);
      if (weeklyWorking && !working) {
        holidays.add(d);
      } else if (!weeklyWorking && working) {
        makeup.add(d);
      }
    }
    return new SameDaysOff(first, last, weekend, holidays, makeup);
  }

  /** The first date covered. */
  LocalDate first() {
    return first;
  }

  /** The last date covered. */
  LocalDate last() {
    return last;
  }

  /** The weekly rest days (Saturday and Sunday in the public sector). */
  Set<DayOfWeek> weekend() {
    return weekend;
  }

  /** Weekly working days that are days off: holidays, compensatory and swapped days. */
  NavigableSet<LocalDate> holidays() {
    return holidays;
  }

  /** Weekly rest days that are working days; no peer can express them. */
  NavigableSet<LocalDate> makeupDays() {
    return makeupDays;
  }

  /** Counts the make-up days in {@code (from, to]}. */
  int makeupDaysIn(LocalDate from, LocalDate to) {
    return makeupDays.subSet(from, false, to, true).size();
  }

  /**
   * Groups the holidays into runs: two holidays belong to one run when only weekly rest days lie
   * between them (a Friday and the next Monday form one run). Each run is {@code [from, to]}.
   */
  List<LocalDate[]> holidayRuns() {
    List<LocalDate[]> runs = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (LocalDate d : holidays) {
      if (to != null && onlyWeekendBetween(to, d)) {
        to = d;
        continue;
      }
      if (from != null) {
        runs.add(new LocalDate[] {from, to});
      }
      from = d;
      to = d;
    }
    if (from != null) {
      runs.add(new LocalDate[] {from, to});
    }
    return runs;
  }

  private boolean onlyWeekendBetween(LocalDate a, LocalDate b) {
    for (LocalDate d = a.plusDays(1); d.isBefore(b); d = d.plusDays(1)) {
      if (!weekend.contains(d.getDayOfWeek())) {
        return false;
      }
    }
    return true;
  }
}
