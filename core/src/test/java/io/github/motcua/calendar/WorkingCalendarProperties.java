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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * The table-based arithmetic against the day-by-day {@link ReferenceCalendar}, on random calendars
 * (random weeks with 0–3 periods a day, random days off and working days, random standard days,
 * random zones, variants) and on {@link WorkingCalendar#vietnam()}, plus the algebra that must hold
 * between the operations.
 */
class WorkingCalendarProperties {

  private static Duration scaled(RandomCalendar c, double fraction) {
    // Up to about 40 weeks of the calendar's working time, in exact nanoseconds.
    long nanos = (long) (fraction * c.weeklyWorkingTime().toNanos() * 40);
    return Duration.ofNanos(nanos);
  }

  private static boolean hasNoTransitions(RandomCalendar c) {
    ZoneRules rules = c.zone.getRules();
    return rules.isFixedOffset()
        || rules.nextTransition(RandomCalendar.FIRST.minusYears(1).atStartOfDay(c.zone).toInstant())
            == null;
  }

  @Property(tries = 300)
  void addWorkingTimeMatchesTheReferenceOnRandomCalendars(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.05, max = 0.95) double at,
      @ForAll @Scale(9) @DoubleRange(min = -1, max = 1) double amount) {
    RandomCalendar c = new RandomCalendar(seed);
    Instant start = c.instant(at, snap, pick);
    Duration d = scaled(c, amount);
    assertThat(c.calendar.addWorkingTime(start, d))
        .as("%s: %s + %s", c, start, d)
        .isEqualTo(c.reference().addWorkingTime(start, d));
  }

  @Property(tries = 300)
  void workingTimeBetweenMatchesTheReferenceOnRandomCalendars(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double a,
      @ForAll @Scale(9) @DoubleRange(min = -0.3, max = 0.3) double span) {
    RandomCalendar c = new RandomCalendar(seed);
    Instant from = c.instant(a, snap, pick);
    Instant to = c.instant(Math.min(0.999, Math.max(0, a + span)));
    // Wall-clock arithmetic: in a daylight-saving overlap local time runs backwards, and the
    // reference (which walks local dates forward) only agrees where it does not.
    Assume.that(
        hasNoTransitions(c)
            || !java.time.LocalDateTime.ofInstant(from.isBefore(to) ? from : to, c.zone)
                .isAfter(java.time.LocalDateTime.ofInstant(from.isBefore(to) ? to : from, c.zone)));
    assertThat(c.calendar.workingTimeBetween(from, to))
        .as("%s: [%s, %s)", c, from, to)
        .isEqualTo(c.reference().workingTimeBetween(from, to));
  }

  @Property(tries = 300)
  void addWorkingDaysAndWorkingDaysBetweenMatchTheReferenceOnRandomCalendars(
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.1, max = 0.9) double at,
      @ForAll @IntRange(min = -150, max = 150) int n,
      @ForAll @IntRange(min = -400, max = 400) int days) {
    RandomCalendar c = new RandomCalendar(seed);
    LocalDate start = LocalDate.ofInstant(c.instant(at), c.zone);
    ReferenceCalendar ref = c.reference();
    assertThat(c.calendar.addWorkingDays(start, n))
        .as("%s: %s + %d working days", c, start, n)
        .isEqualTo(ref.addWorkingDays(start, n));
    LocalDate other = start.plusDays(days);
    assertThat(c.calendar.workingDaysBetween(start, other))
        .as("%s: (%s, %s]", c, start, other)
        .isEqualTo(ref.workingDaysBetween(start, other));
  }

  @Property(tries = 300)
  void instantQueriesMatchTheReferenceOnRandomCalendars(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.05, max = 0.95) double at) {
    RandomCalendar c = new RandomCalendar(seed);
    Instant i = c.instant(at, snap, pick);
    ReferenceCalendar ref = c.reference();
    LocalDate date = LocalDate.ofInstant(i, c.zone);
    assertThat(c.calendar.isWorkingTime(i)).as("%s: %s", c, i).isEqualTo(ref.isWorkingTime(i));
    assertThat(c.calendar.isWorkingDay(date)).isEqualTo(ref.isWorkingDay(date));
    assertThat(c.calendar.describe(date).periods()).isEqualTo(c.periodsOf(date));
    assertThat(c.calendar.nextWorkingInstant(i))
        .as("%s: next after %s", c, i)
        .isEqualTo(ref.nextWorkingInstant(i));
    assertThat(c.calendar.previousWorkingInstant(i))
        .as("%s: previous before %s", c, i)
        .isEqualTo(ref.previousWorkingInstant(i));
  }

  @Property(tries = 200)
  void addThenMeasureGivesTheDurationBack(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.05, max = 0.6) double at,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double amount) {
    RandomCalendar c = new RandomCalendar(seed);
    Assume.that(hasNoTransitions(c));
    Instant start = c.instant(at, snap, pick);
    Duration d = scaled(c, amount);
    Instant end = c.calendar.addWorkingTime(start, d);
    assertThat(c.calendar.workingTimeBetween(start, end)).as("%s", c).isEqualTo(d);
    assertThat(c.calendar.workingTimeBetween(end, start)).isEqualTo(d.negated());
  }

  @Property(tries = 300)
  void measureThenAddReachesTheEndOrTheCloseBeforeIt(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.05, max = 0.5) double a,
      @ForAll @Scale(9) @DoubleRange(min = 0.001, max = 0.3) double span) {
    RandomCalendar c = new RandomCalendar(seed);
    Assume.that(hasNoTransitions(c));
    Instant from = c.instant(a, snap, pick);
    Instant to = c.instant(a + span, snap, pick);
    Duration between = c.calendar.workingTimeBetween(from, to);
    Assume.that(!between.isNegative() && !between.isZero());
    // The earliest instant with as much working time behind it as 'to': 'to' itself when the
    // nanosecond before it was worked, else the close of the last period before it.
    Instant justBefore = to.minusNanos(1);
    Instant expected =
        c.calendar.isWorkingTime(justBefore) ? to : c.calendar.previousWorkingInstant(justBefore);
    assertThat(c.calendar.addWorkingTime(from, between)).as("%s", c).isEqualTo(expected);
  }

  @Property(tries = 200)
  void subtractingUndoesAddingUpToTheNextWorkingInstant(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.1, max = 0.6) double at,
      @ForAll @Scale(9) @DoubleRange(min = 0.001, max = 1) double amount) {
    RandomCalendar c = new RandomCalendar(seed);
    Assume.that(hasNoTransitions(c));
    Instant start = c.instant(at, snap, pick);
    Duration d = scaled(c, amount);
    Assume.that(!d.isZero());
    Instant end = c.calendar.addWorkingTime(start, d);
    assertThat(c.calendar.addWorkingTime(end, d.negated()))
        .as("%s", c)
        .isEqualTo(c.calendar.nextWorkingInstant(start));
  }

  @Property(tries = 200)
  void addWorkingTimeIsMonotonic(
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.1, max = 0.6) double a,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 0.05) double later,
      @ForAll @Scale(9) @DoubleRange(min = -1, max = 1) double amount,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 0.2) double more) {
    RandomCalendar c = new RandomCalendar(seed);
    Assume.that(hasNoTransitions(c));
    Instant s1 = c.instant(a);
    Instant s2 = c.instant(a + later);
    Duration d1 = scaled(c, amount);
    Duration d2 = scaled(c, amount + more);
    Assume.that(!d1.isZero() && !d2.isZero());
    assertThat(c.calendar.addWorkingTime(s1, d1))
        .isBeforeOrEqualTo(c.calendar.addWorkingTime(s2, d1));
    assertThat(c.calendar.addWorkingTime(s1, d1))
        .isBeforeOrEqualTo(c.calendar.addWorkingTime(s1, d2));
  }

  @Property(tries = 300)
  void workingDaysAddThenCountInverts(
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.1, max = 0.9) double at,
      @ForAll @IntRange(min = -200, max = 200) int n) {
    RandomCalendar c = new RandomCalendar(seed);
    LocalDate start = LocalDate.ofInstant(c.instant(at), c.zone);
    LocalDate end = c.calendar.addWorkingDays(start, n);
    assertThat(c.calendar.isWorkingDay(end)).isTrue();
    // (start, end] holds the n working days counted when n > 0. When n < 0 the span counted is
    // (end, start]: the |n| - 1 working days strictly between, and start itself if it is worked.
    int startWorks = c.calendar.isWorkingDay(start) ? 1 : 0;
    int expected = n > 0 ? n : n < 0 ? n + 1 - startWorks : 1 - startWorks;
    if (n == 0 && startWorks == 1) {
      expected = 0;
    }
    assertThat(c.calendar.workingDaysBetween(start, end)).as("%s", c).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- the Vietnamese calendar

  private static final long V_FROM =
      LocalDate.of(2016, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  private static final long V_TO =
      LocalDate.of(2031, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

  private static Instant vietnamInstant(double fraction, int nanos) {
    return Instant.ofEpochSecond(V_FROM + (long) (fraction * (V_TO - V_FROM)), nanos);
  }

  @Property(tries = 250)
  void vietnamMatchesTheReferenceForBudgetsUpTo250WorkingDays(
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double at,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = -250 * 8 * 60, max = 250 * 8 * 60) int minutes,
      @ForAll @IntRange(min = -250, max = 250) int days) {
    WorkingCalendar vn = WorkingCalendar.vietnam();
    ReferenceCalendar ref = ReferenceCalendar.of(vn);
    Instant start = vietnamInstant(at, nanos);
    Duration d = Duration.ofMinutes(minutes);
    Instant end = vn.addWorkingTime(start, d);
    assertThat(end).as("%s + %s", start, d).isEqualTo(ref.addWorkingTime(start, d));
    assertThat(vn.workingTimeBetween(start, end)).isEqualTo(ref.workingTimeBetween(start, end));
    LocalDate date = LocalDate.ofInstant(start, vn.zone());
    LocalDate due = vn.addWorkingDays(date, days);
    assertThat(due).isEqualTo(ref.addWorkingDays(date, days));
    assertThat(vn.workingDaysBetween(date, due)).isEqualTo(ref.workingDaysBetween(date, due));
    assertThat(vn.nextWorkingInstant(start)).isEqualTo(ref.nextWorkingInstant(start));
    assertThat(vn.previousWorkingInstant(start)).isEqualTo(ref.previousWorkingInstant(start));
  }
}
