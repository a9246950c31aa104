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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TimeZone;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the peers of the calendar benchmarks against {@link WorkingCalendar#vietnam()} where
 * their meanings agree, and pins down, with concrete dates, where they do not.
 */
class PeerCrossCheckTest {
  private static final int CASES = 1500;

  private static WorkingCalendar motcua;
  private static ZoneId zone;
  private static SameDaysOff off;
  private static Duration day;

  @BeforeAll
  static void deriveDaysOff() {
    motcua = WorkingCalendar.vietnam();
    zone = motcua.zone();
    off =
        SameDaysOff.of(
            motcua, WorkingCalendarBenchmark.FIRST_YEAR, WorkingCalendarBenchmark.LAST_PEER_YEAR);
    day = motcua.standardDay();
  }

  // ---- the configuration itself ----

  @Test
  void daysOffComeFromTheAnnouncedSchedule() {
    assertThat(off.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    // Tết 2019: Monday 4 to Friday 8 February; 2 September 2019; 30 April and 1 May 2024.
    assertThat(off.holidays())
        .contains(
            LocalDate.of(2019, 2, 4),
            LocalDate.of(2019, 2, 8),
            LocalDate.of(2019, 9, 2),
            LocalDate.of(2024, 4, 30),
            LocalDate.of(2024, 5, 1));
    // Make-up working Saturday for the New Year 2019 break.
    assertThat(off.makeupDays()).contains(LocalDate.of(2019, 1, 5));
    for (LocalDate d : off.holidays()) {
      assertThat(motcua.isWorkingDay(d)).as("%s", d).isFalse();
    }
    for (LocalDate d : off.makeupDays()) {
      assertThat(motcua.isWorkingDay(d)).as("%s", d).isTrue();
    }
  }

  @Test
  void jbpmSeesTheSameWorkingDaysAsMotcuaExceptMakeupDays() {
    ProbedJbpm jbpm = new ProbedJbpm(Peers.jbpmProperties(off, zone, 8));
    for (LocalDate d = off.first(); !d.isAfter(off.last()); d = d.plusDays(1)) {
      boolean expected = motcua.isWorkingDay(d) && !off.makeupDays().contains(d);
      // The hours jBPM looks at: its opening, and the last minute before its close.
      assertThat(jbpm.worksAt(d, LocalTime.of(Peers.JBPM_START_HOUR, 0)))
          .as("jBPM at the opening of %s", d)
          .isEqualTo(expected);
      assertThat(jbpm.worksAt(d, LocalTime.of(Peers.JBPM_END_HOUR - 1, 59)))
          .as("jBPM before the close of %s", d)
          .isEqualTo(expected);
    }
  }

  @Test
  void datecalcSeesTheSameWorkingDaysAsMotcuaExceptMakeupDays() {
    LocalDateCalculator calc = Peers.datecalc(off);
    for (LocalDate d = off.first(); !d.isAfter(off.last()); d = d.plusDays(1)) {
      boolean expected = motcua.isWorkingDay(d) && !off.makeupDays().contains(d);
      assertThat(calc.isNonWorkingDay(d)).as("datecalc on %s", d).isEqualTo(!expected);
    }
  }

  // ---- datecalc moveByBusinessDays vs addWorkingDays ----

  @Test
  void datecalcAgreesWithAddWorkingDaysFromAWorkingDayUnlessAMakeupDayIsCrossed() {
    LocalDateCalculator calc = Peers.datecalc(off);
    SplittableRandom random = new SplittableRandom(1);
    int crossed = 0;
    for (int i = 0; i < CASES; i++) {
      LocalDate start = workingDayForAll(random);
      int n = budget(random);
      LocalDate expected = motcua.addWorkingDays(start, n);
      LocalDate actual = calc.setStartDate(start).moveByBusinessDays(n).getCurrentBusinessDate();
      if (off.makeupDaysIn(start, expected) == 0) {
        assertThat(actual).as("%s + %d working days", start, n).isEqualTo(expected);
      } else {
        crossed++;
        assertThat(actual).as("%s + %d", start, n).isAfter(expected);
        assertCountsWithoutMakeupDays(start, actual, n);
      }
    }
    assertThat(crossed).as("cases crossing a make-up day").isPositive();
  }

  @Test
  void datecalcFromARestDayCountsOneWorkingDayMore() {
    LocalDateCalculator calc = Peers.datecalc(off);
    // Sunday 6 January 2019: motcua's first working day after it is Monday 7, datecalc first moves
    // the start itself to Monday 7 and then counts one more.
    LocalDate sunday = LocalDate.of(2019, 1, 6);
    assertThat(motcua.addWorkingDays(sunday, 1)).isEqualTo(LocalDate.of(2019, 1, 7));
    assertThat(calc.setStartDate(sunday).moveByBusinessDays(1).getCurrentBusinessDate())
        .isEqualTo(LocalDate.of(2019, 1, 8));

    SplittableRandom random = new SplittableRandom(2);
    int checked = 0;
    while (checked < CASES / 3) {
      LocalDate start = randomDate(random);
      if (motcua.isWorkingDay(start)) {
        continue;
      }
      int n = budget(random);
      LocalDate expected = motcua.addWorkingDays(start, n + 1);
      if (off.makeupDaysIn(start, expected) > 0) {
        continue;
      }
      assertThat(calc.setStartDate(start).moveByBusinessDays(n).getCurrentBusinessDate())
          .as("rest day %s + %d", start, n)
          .isEqualTo(expected);
      checked++;
    }
  }

  @Test
  void aMakeupSaturdayIsInvisibleToBothPeers() {
    // Friday 4 January 2019; Saturday 5 January was worked to make up for Monday 31 December.
    LocalDate friday = LocalDate.of(2019, 1, 4);
    assertThat(motcua.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2019, 1, 5));
    assertThat(Peers.datecalc(off).setStartDate(friday).moveByBusinessDays(1))
        .extracting(c -> c.getCurrentBusinessDate())
        .isEqualTo(LocalDate.of(2019, 1, 7));

    Instant fridayNine = at(friday, 9, 0);
    assertThat(motcua.addWorkingTime(fridayNine, day))
        .isEqualTo(at(LocalDate.of(2019, 1, 5), 9, 0));
    assertThat(jbpm(fridayNine, 1)).isEqualTo(at(LocalDate.of(2019, 1, 7), 9, 0));
  }

  // ---- jBPM calculateBusinessTimeAsDate vs addWorkingTime ----

  @Test
  void jbpmAgreesWithAddWorkingTimeForWholeDaysStartedInsideBothWorkingDays() {
    SplittableRandom random = new SplittableRandom(3);
    int crossed = 0;
    int longSpansOverHolidays = 0;
    for (int i = 0; i < CASES; i++) {
      LocalDate startDay = workingDayForAll(random);
      Instant start = at(startDay, insideBoth(random));
      int n = budget(random);
      Instant expected = motcua.addWorkingTime(start, day.multipliedBy(n));
      Instant actual = jbpm(start, n);
      LocalDate expectedDay = LocalDate.ofInstant(expected, zone);
      if (off.makeupDaysIn(startDay, expectedDay) == 0) {
        assertThat(actual).as("%s + %dd", start, n).isEqualTo(expected);
        if (!off.holidays().subSet(startDay, false, expectedDay, true).isEmpty()) {
          longSpansOverHolidays++;
        }
      } else {
        crossed++;
        LocalDateTime local = LocalDateTime.ofInstant(actual, zone);
        assertThat(local.toLocalTime())
            .as("%s + %dd", start, n)
            .isEqualTo(LocalDateTime.ofInstant(start, zone).toLocalTime());
        assertCountsWithoutMakeupDays(startDay, local.toLocalDate(), n);
      }
    }
    assertThat(crossed).as("cases crossing a make-up day").isPositive();
    assertThat(longSpansOverHolidays).as("cases spanning a holiday").isPositive();
  }

  @Test
  void jbpmSkipsTetInsideALongSpan() {
    // Monday 28 January 2019 09:00 + 10 days, across Tết (4–8 February 2019).
    Instant start = at(LocalDate.of(2019, 1, 28), 9, 0);
    Instant due = at(LocalDate.of(2019, 2, 18), 9, 0);
    assertThat(motcua.addWorkingTime(start, day.multipliedBy(10))).isEqualTo(due);
    assertThat(jbpm(start, 10)).isEqualTo(due);
  }

  @Test
  void jbpmEndsAWholeDayAtTheNextOpeningWhereMotcuaEndsAtTheClose() {
    // Each calendar started at its own opening on Monday 4 March 2019 with one day.
    LocalDate monday = LocalDate.of(2019, 3, 4);
    assertThat(motcua.addWorkingTime(at(monday, 7, 30), day)).isEqualTo(at(monday, 17, 0));
    assertThat(jbpm(at(monday, Peers.JBPM_START_HOUR, 0), 1))
        .isEqualTo(at(monday.plusDays(1), Peers.JBPM_START_HOUR, 0));
  }

  @Test
  void fromOutsideWorkingTimeBothEndAtTheCloseOfTheSameDayEachInItsOwnWay() {
    SplittableRandom random = new SplittableRandom(4);
    int checked = 0;
    while (checked < CASES / 3) {
      Instant start = at(randomDate(random), LocalTime.ofSecondOfDay(random.nextInt(0, 24 * 3600)));
      LocalDateTime local = LocalDateTime.ofInstant(start, zone);
      boolean restDay = !motcua.isWorkingDay(local.toLocalDate());
      boolean night =
          local.toLocalTime().isBefore(LocalTime.of(7, 30))
              || !local.toLocalTime().isBefore(LocalTime.of(17, 0));
      if (!restDay && !night) {
        continue;
      }
      int n = budget(random);
      Instant motcuaDue = motcua.addWorkingTime(start, day.multipliedBy(n));
      LocalDateTime motcuaLocal = LocalDateTime.ofInstant(motcuaDue, zone);
      if (off.makeupDaysIn(local.toLocalDate().minusDays(1), motcuaLocal.toLocalDate()) > 0) {
        continue;
      }
      // motcua: the close (17:00) of the n-th working day; jBPM: the opening of the next one.
      assertThat(motcuaLocal.toLocalTime()).as("%s + %dd", start, n).isEqualTo(LocalTime.of(17, 0));
      LocalDate next = motcua.addWorkingDays(motcuaLocal.toLocalDate(), 1);
      if (off.makeupDays().contains(next)) {
        continue;
      }
      assertThat(jbpm(start, n))
          .as("%s + %dd", start, n)
          .isEqualTo(at(next, Peers.JBPM_START_HOUR, 0));
      checked++;
    }
  }

  @Test
  void jbpmReadsPlainHolidayDatesInTheJvmZoneNotInItsCalendarZone() {
    // With the default format yyyy-MM-dd, jBPM parses a holiday at midnight of the JVM's default
    // zone, whatever business.cal.timezone says; the peer is therefore given yyyy-MM-ddZ dates.
    Properties plain = Peers.jbpmProperties(off, zone, 8);
    plain.setProperty(BusinessCalendarImpl.HOLIDAY_DATE_FORMAT, "yyyy-MM-dd");
    plain.setProperty(BusinessCalendarImpl.HOLIDAYS, "2019-09-02");
    TimeZone saved = TimeZone.getDefault();
    ProbedJbpm jbpm;
    try {
      // A server on Pacific time: midnight there is 14:00 in Hanoi.
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      jbpm = new ProbedJbpm(plain);
    } finally {
      TimeZone.setDefault(saved);
    }
    // National Day, Monday 2 September 2019, moves to the Tuesday morning.
    LocalDate nationalDay = LocalDate.of(2019, 9, 2);
    assertThat(jbpm.worksAt(nationalDay, LocalTime.of(9, 0))).isTrue();
    assertThat(jbpm.worksAt(nationalDay.plusDays(1), LocalTime.of(9, 0))).isFalse();
    // The same date written with the zone's offset is read as meant.
    ProbedJbpm zoned = new ProbedJbpm(Peers.jbpmProperties(off, zone, 8));
    assertThat(zoned.worksAt(nationalDay, LocalTime.of(9, 0))).isFalse();
    assertThat(zoned.worksAt(nationalDay.plusDays(1), LocalTime.of(9, 0))).isTrue();
  }

  // ---- helpers ----

  /**
   * A peer that cannot see make-up days lands on a working day d, not a make-up day, such that the
   * working days in (start, d] other than make-up days number n.
   */
  private static void assertCountsWithoutMakeupDays(LocalDate start, LocalDate actual, int n) {
    assertThat(motcua.isWorkingDay(actual)).as("%s is a working day", actual).isTrue();
    assertThat(off.makeupDays()).doesNotContain(actual);
    assertThat(motcua.workingDaysBetween(start, actual) - off.makeupDaysIn(start, actual))
        .as("working days other than make-up days in (%s, %s]", start, actual)
        .isEqualTo(n);
  }

  private static Instant jbpm(Instant start, int days) {
    SettableSessionClock clock = new SettableSessionClock();
    BusinessCalendarImpl cal = Peers.jbpm(off, zone, (int) day.toHours(), clock);
    clock.set(start.toEpochMilli());
    return cal.calculateBusinessTimeAsDate(days + "d").toInstant();
  }

  private static LocalDate randomDate(SplittableRandom random) {
    LocalDate from = LocalDate.of(WorkingCalendarBenchmark.FIRST_YEAR, 1, 1);
    LocalDate to = LocalDate.of(WorkingCalendarBenchmark.LAST_YEAR, 12, 31);
    return from.plusDays(random.nextLong(0, to.toEpochDay() - from.toEpochDay() + 1));
  }

  /** A random working day that is not a make-up day: a working day for motcua and both peers. */
  private static LocalDate workingDayForAll(SplittableRandom random) {
    LocalDate d = motcua.addWorkingDays(randomDate(random), 0);
    while (off.makeupDays().contains(d)) {
      d = motcua.addWorkingDays(d, 1);
    }
    return d;
  }

  private static int budget(SplittableRandom random) {
    return random.nextInt(4) == 0 ? 250 : random.nextInt(1, 251);
  }

  /** A time strictly inside a working period of both calendars, on a whole second. */
  private static LocalTime insideBoth(SplittableRandom random) {
    List<int[]> spans = new ArrayList<>();
    spans.add(new int[] {8 * 3600 + 1, 11 * 3600 + 30 * 60});
    spans.add(new int[] {13 * 3600 + 1, Peers.JBPM_END_HOUR * 3600});
    int[] s = spans.get(random.nextInt(spans.size()));
    return LocalTime.ofSecondOfDay(random.nextInt(s[0], s[1]));
  }

  private static Instant at(LocalDate d, int hour, int minute) {
    return at(d, LocalTime.of(hour, minute));
  }

  private static Instant at(LocalDate d, LocalTime t) {
    return ZonedDateTime.of(d, t, zone).toInstant();
  }

  /** Exposes jBPM's own weekend and holiday checks. */
  private static final class ProbedJbpm extends BusinessCalendarImpl {
    ProbedJbpm(Properties p) {
      super(p);
    }

    boolean worksAt(LocalDate d, LocalTime t) {
      Calendar c = new GregorianCalendar(TimeZone.getTimeZone(zone));
      c.setTimeInMillis(at(d, t).toEpochMilli());
      return isWorkingDay(c) && !isHoliday(c);
    }
  }
}
