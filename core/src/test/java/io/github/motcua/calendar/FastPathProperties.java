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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/**
 * The shortcuts of the arithmetic against the general path they stand in for: converting instants
 * with the zone's last offset (fixed-offset zones, and zones such as Vietnam's whose offset has not
 * changed since 1975) against asking the zone rules each time; and finding the working day that
 * reaches a level from a guess against calendars whose working days differ widely in length.
 */
class FastPathProperties {

  private static void assertSameAnswers(
      WorkingCalendar fast, WorkingCalendar general, Instant i, Instant j, Duration d) {
    String what = fast + " at " + i + ", " + j + ", " + d;
    assertThat(fast.addWorkingTime(i, d)).as(what).isEqualTo(general.addWorkingTime(i, d));
    assertThat(fast.addWorkingTime(i, d.negated()))
        .as(what)
        .isEqualTo(general.addWorkingTime(i, d.negated()));
    assertThat(fast.workingTimeBetween(i, j)).as(what).isEqualTo(general.workingTimeBetween(i, j));
    assertThat(fast.nextWorkingInstant(i)).as(what).isEqualTo(general.nextWorkingInstant(i));
    assertThat(fast.previousWorkingInstant(i))
        .as(what)
        .isEqualTo(general.previousWorkingInstant(i));
    assertThat(fast.isWorkingTime(i)).as(what).isEqualTo(general.isWorkingTime(i));
    LocalDate date = LocalDate.ofInstant(i, fast.zone());
    if (fast.isWorkingDay(date)) {
      assertThat(fast.openingInstant(date)).as(what).isEqualTo(general.openingInstant(date));
      assertThat(fast.closingInstant(date)).as(what).isEqualTo(general.closingInstant(date));
    }
  }

  @Property(tries = 200)
  void fixedOffsetConversionAgreesWithTheZoneRulesOnRandomCalendars(
      @ForAll @IntRange(min = 0, max = 2) int snap,
      @ForAll int pick,
      @ForAll long seed,
      @ForAll @Scale(9) @DoubleRange(min = 0.05, max = 0.95) double at,
      @ForAll @Scale(9) @DoubleRange(min = -0.2, max = 0.2) double span,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double amount) {
    RandomCalendar c = new RandomCalendar(seed);
    Instant i = c.instant(at, snap, pick);
    Instant j = c.instant(Math.min(0.999, Math.max(0, at + span)));
    Duration d =
        Duration.ofNanos((long) (amount * c.weeklyWorkingTime().toNanos() * 40)).plusNanos(1);
    assertSameAnswers(c.calendar, c.calendar.withGeneralZonePath(), i, j, d);
  }

  private static final WorkingCalendar VIETNAM_GENERAL =
      WorkingCalendar.vietnam().withGeneralZonePath();

  private static final Instant VIETNAM_LAST_OFFSET_CHANGE =
      Instant.parse("1975-06-12T16:00:00Z"); // 13 June 1975 00:00 at +08:00, to +07:00

  @Property(tries = 200)
  void vietnamAgreesWithTheZoneRulesAroundItsLastOffsetChange(
      @ForAll @LongRange(min = -20 * 86_400, max = 20 * 86_400) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @LongRange(min = -40 * 86_400, max = 40 * 86_400) long toOther,
      @ForAll @IntRange(min = 1, max = 250 * 8 * 60) int minutes) {
    WorkingCalendar vn = WorkingCalendar.vietnam();
    Instant i = VIETNAM_LAST_OFFSET_CHANGE.plusSeconds(seconds).plusNanos(nanos);
    assertSameAnswers(vn, VIETNAM_GENERAL, i, i.plusSeconds(toOther), Duration.ofMinutes(minutes));
  }

  @Property(tries = 100)
  void vietnamAgreesWithTheZoneRulesOverTheWholeRange(
      @ForAll @Scale(9) @DoubleRange(min = 0.005, max = 0.99) double at,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @LongRange(min = -400 * 86_400, max = 400 * 86_400) long toOther,
      @ForAll @IntRange(min = 1, max = 250 * 8 * 60) int minutes) {
    WorkingCalendar vn = WorkingCalendar.vietnam();
    long from = WorkingCalendar.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long to = WorkingCalendar.MAX_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    Instant i = Instant.ofEpochSecond(from + (long) (at * (to - from)), nanos);
    Instant j = i.plusSeconds(toOther);
    if (LocalDate.ofInstant(j, vn.zone()).isAfter(WorkingCalendar.MAX_DATE.minusYears(2))
        || LocalDate.ofInstant(j, vn.zone()).isBefore(WorkingCalendar.MIN_DATE.plusYears(2))) {
      j = i;
    }
    assertSameAnswers(vn, VIETNAM_GENERAL, i, j, Duration.ofMinutes(minutes));
  }

  // ------------------------------------------------------------ long spans

  private static final WorkingCalendar ALWAYS =
      WorkingCalendar.builder("always")
          .zone(ZoneOffset.UTC)
          .week(
              WorkingWeek.builder()
                  .workingDays(List.of(DayOfWeek.values()), WorkingPeriod.parse("00:00-23:00"))
                  .build())
          .build();

  @Example
  void theWholeRangeIsMeasuredExactlyThoughItsNanosecondsNearlyOverflowALong() {
    Instant first = WorkingCalendar.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant last = WorkingCalendar.MAX_DATE.atTime(23, 0).toInstant(ZoneOffset.UTC);
    long days = WorkingCalendar.MAX_DATE.toEpochDay() - WorkingCalendar.MIN_DATE.toEpochDay() + 1;
    assertThat(ALWAYS.workingTimeBetween(first, last)).isEqualTo(Duration.ofHours(23 * days));
    assertThat(ALWAYS.workingTimeBetween(last, first)).isEqualTo(Duration.ofHours(-23 * days));
  }

  @Property(tries = 100)
  void workingTimeBetweenAddsUpOverSpansOfUpTo300Years(
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double a,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double b,
      @ForAll @Scale(9) @DoubleRange(min = 0, max = 1) double c) {
    long from = WorkingCalendar.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long to = WorkingCalendar.MAX_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    Instant ia = Instant.ofEpochSecond(from + (long) (a * (to - from)));
    Instant ib = Instant.ofEpochSecond(from + (long) (b * (to - from)));
    Instant ic = Instant.ofEpochSecond(from + (long) (c * (to - from)));
    assertThat(ALWAYS.workingTimeBetween(ia, ic))
        .isEqualTo(ALWAYS.workingTimeBetween(ia, ib).plus(ALWAYS.workingTimeBetween(ib, ic)));
  }

  // ------------------------------------------------------------ uneven working days

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final WorkingPeriod LONG_DAY = WorkingPeriod.parse("00:30-23:30");
  private static final WorkingPeriod SHORT_DAY = WorkingPeriod.parse("12:00-12:01");
  private static final LocalDate SECOND_HALF = LocalDate.of(2024, 7, 1);

  /** Long working days in the first half of 2024, one-minute days in the second half. */
  private static List<WorkingPeriod> unevenPeriods(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
      return List.of();
    }
    boolean shortDay = date.getYear() == 2024 && !date.isBefore(SECOND_HALF);
    return List.of(shortDay ? SHORT_DAY : LONG_DAY);
  }

  private static final WorkingCalendar UNEVEN = uneven();

  private static WorkingCalendar uneven() {
    WorkingCalendar.Builder b =
        WorkingCalendar.builder("uneven")
            .zone(ZONE)
            .week(
                WorkingWeek.builder()
                    .workingDays(
                        List.of(
                            DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY,
                            DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY),
                        LONG_DAY)
                    .build());
    for (LocalDate d = SECOND_HALF; d.getYear() == 2024; d = d.plusDays(1)) {
      if (!unevenPeriods(d).isEmpty()) {
        b.workingDay(d, "short day", SHORT_DAY);
      }
    }
    return b.build();
  }

  @Property(tries = 300)
  void aYearOfVeryUnevenWorkingDaysMatchesTheReference(
      @ForAll @IntRange(min = 0, max = 365) int dayOfYear,
      @ForAll @LongRange(min = 0, max = 86_399) long secondOfDay,
      @ForAll @LongRange(min = -100 * 23 * 60, max = 100 * 23 * 60) long minutes) {
    ReferenceCalendar ref = new ReferenceCalendar(ZONE, FastPathProperties::unevenPeriods);
    Instant start =
        LocalDate.of(2024, 1, 1)
            .plusDays(dayOfYear)
            .atTime(LocalTime.ofSecondOfDay(secondOfDay))
            .atZone(ZONE)
            .toInstant();
    Duration d = Duration.ofMinutes(minutes);
    Instant end = UNEVEN.addWorkingTime(start, d);
    assertThat(end).as("%s + %s", start, d).isEqualTo(ref.addWorkingTime(start, d));
    assertThat(UNEVEN.nextWorkingInstant(start)).isEqualTo(ref.nextWorkingInstant(start));
    assertThat(UNEVEN.previousWorkingInstant(start)).isEqualTo(ref.previousWorkingInstant(start));
    assertThat(UNEVEN.workingTimeBetween(start, end)).isEqualTo(ref.workingTimeBetween(start, end));
  }
}
