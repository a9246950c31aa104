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
package io.github.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Explanation.DayOff;
import io.github.motcua.deadline.Explanation.DaysSkipped;
import io.github.motcua.deadline.Explanation.MovedToWorkingDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {
  static final WorkingCalendar VN = WorkingCalendar.vietnam();
  static final ZoneId ZONE = VN.zone();
  static final DeadlineCalculator CALC = DeadlineCalculator.on(VN);
  static final CountingPolicy WORKING_TIME = CountingPolicy.of(CountingRule.WORKING_TIME);
  static final CountingPolicy END_OF_DAY = CountingPolicy.of(CountingRule.END_OF_DAY);
  static final CountingPolicy CALENDAR_DAYS = CountingPolicy.of(CountingRule.CALENDAR_DAYS);
  static final LocalTime CUTOFF = LocalTime.of(15, 0);

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  @Test
  void workingTimeOneDayFromMondayMorningIsDueTuesdaySameTime() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays(1), WORKING_TIME);
    assertThat(d.effectiveStart()).isEqualTo(at("2026-03-09T09:00"));
    assertThat(d.startCause()).isEqualTo(StartCause.AS_RECEIVED);
    assertThat(d.due()).isEqualTo(at("2026-03-10T09:00"));
    assertThat(d.workingBudget()).hasHours(8);
  }

  @Test
  void afterCutoffOnFridayBeforeTheHungKingsBridgeCountsFromTuesdayAndSkipsHolidays() {
    Deadline d =
        CALC.compute(
            at("2026-04-24T16:10"),
            TimeLimit.workingDays(15),
            WORKING_TIME.withIntakeCutoff(CUTOFF));
    assertThat(d.startCause()).isEqualTo(StartCause.AFTER_CUTOFF);
    assertThat(d.effectiveStart()).isEqualTo(at("2026-04-28T07:30"));
    assertThat(d.due()).isEqualTo(at("2026-05-20T17:00"));
    DaysSkipped skipped = d.explanation().items(DaysSkipped.class).get(0);
    assertThat(skipped.daysOff())
        .extracting(DayOff::date)
        .containsExactly(
            LocalDate.parse("2026-04-27"),
            LocalDate.parse("2026-04-30"),
            LocalDate.parse("2026-05-01"));
    assertThat(skipped.weeklyRestDays()).isEqualTo(8);
  }

  @Test
  void withoutCutoffTheFridayAfternoonCounts() {
    Deadline d = CALC.compute(at("2026-04-24T16:10"), TimeLimit.workingDays(15), WORKING_TIME);
    assertThat(d.effectiveStart()).isEqualTo(at("2026-04-24T16:10"));
    assertThat(d.due()).isEqualTo(at("2026-05-20T16:10"));
  }

  @Test
  void cutoffAtFourOnAFridayBeforeNationalDayJumpsTheWholeBreak() {
    // 29-30 Aug weekend, 31 Aug swapped day off, 1-2 Sep National Day
    Deadline d =
        CALC.compute(
            at("2026-08-28T16:00"),
            TimeLimit.workingDays(1),
            WORKING_TIME.withIntakeCutoff(CUTOFF));
    assertThat(d.effectiveStart()).isEqualTo(at("2026-09-03T07:30"));
    assertThat(d.due()).isEqualTo(at("2026-09-03T17:00"));
  }

  @Test
  void receiptBeforeTheCutoffCountsAtOnce() {
    Deadline d =
        CALC.compute(
            at("2026-03-09T15:00"),
            TimeLimit.workingHours(4),
            WORKING_TIME.withIntakeCutoff(CUTOFF));
    assertThat(d.startCause()).isEqualTo(StartCause.AS_RECEIVED);
    assertThat(d.due()).isEqualTo(at("2026-03-10T09:30"));
  }

  @Test
  void receiptInTheLunchBreakCountsFromTheAfternoonPeriod() {
    Deadline d = CALC.compute(at("2026-03-09T12:00"), TimeLimit.workingHours(2), WORKING_TIME);
    assertThat(d.startCause()).isEqualTo(StartCause.OUTSIDE_WORKING_TIME);
    assertThat(d.effectiveStart()).isEqualTo(at("2026-03-09T13:00"));
    assertThat(d.due()).isEqualTo(at("2026-03-09T15:00"));
  }

  @Test
  void receiptOnAMakeUpSaturdayCountsAsAWorkingDay() {
    Deadline d = CALC.compute(at("2026-01-10T09:00"), TimeLimit.workingDays(1), END_OF_DAY);
    assertThat(d.startCause()).isEqualTo(StartCause.AS_RECEIVED);
    assertThat(d.due()).isEqualTo(at("2026-01-12T17:00"));
  }

  @Test
  void workingTimeHalfADayIsFourHours() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays("0.5"), WORKING_TIME);
    assertThat(d.due()).isEqualTo(at("2026-03-09T14:30"));
  }

  @Test
  void workingTimeLimitEndingWithAPeriodEndsAtItsClose() {
    Deadline d = CALC.compute(at("2026-03-09T07:30"), TimeLimit.workingHours(4), WORKING_TIME);
    assertThat(d.due()).isEqualTo(at("2026-03-09T11:30"));
  }

  @Test
  void endOfDayOneDayIsTheCloseOfTheNextWorkingDay() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays(1), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-03-10T17:00"));
  }

  @Test
  void endOfDayZeroDaysIsTheCloseOfTheReceiptDay() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays(0), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-03-09T17:00"));
  }

  @Test
  void endOfDayZeroDaysAfterTheCutoffIsTheCloseOfTheNextWorkingDay() {
    Deadline d =
        CALC.compute(
            at("2026-03-09T16:00"), TimeLimit.workingDays(0), END_OF_DAY.withIntakeCutoff(CUTOFF));
    assertThat(d.due()).isEqualTo(at("2026-03-10T17:00"));
  }

  @Test
  void endOfDaySkipsHolidaysByWholeDays() {
    // received Wednesday 29 April 2026; 30/4, 1/5 and the weekend are off
    Deadline d = CALC.compute(at("2026-04-29T10:00"), TimeLimit.workingDays(2), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-05-05T17:00"));
  }

  @Test
  void endOfDayRoundsAFractionUpToAWholeDay() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays("0.5"), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-03-10T17:00"));
    Deadline d2 = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays("1.5"), END_OF_DAY);
    assertThat(d2.due()).isEqualTo(at("2026-03-11T17:00"));
  }

  @Test
  void workingHoursAreWorkingTimeWhateverTheRule() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingHours(4), END_OF_DAY);
    assertThat(d.appliedRule()).isEqualTo(CountingRule.WORKING_TIME);
    assertThat(d.due()).isEqualTo(at("2026-03-09T14:30"));
  }

  @Test
  void calendarDaysLandingOnSaturdayMoveToTheCloseOfMonday() {
    Deadline d = CALC.compute(at("2026-03-13T09:00"), TimeLimit.calendarDays(1), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-03-16T17:00"));
    assertThat(d.explanation().items(MovedToWorkingDay.class))
        .containsExactly(
            new MovedToWorkingDay(LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-16")));
  }

  @Test
  void calendarDaysOnAWorkingDayEndAtItsClose() {
    Deadline d = CALC.compute(at("2026-03-09T09:00"), TimeLimit.calendarDays(10), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-03-19T17:00"));
    assertThat(d.explanation().items(MovedToWorkingDay.class)).isEmpty();
  }

  @Test
  void calendarDaysEndingOnAHolidayMoveOverTheWholeBreak() {
    // 30 days from 31 March 2026 is 30 April: 30/4, 1/5, 2-3/5 off
    Deadline d = CALC.compute(at("2026-03-31T09:00"), TimeLimit.calendarDays(30), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-05-04T17:00"));
  }

  @Test
  void aLimitInCalendarDaysIsCountedInCalendarDaysWhateverTheRule() {
    Deadline d = CALC.compute(at("2026-03-13T09:00"), TimeLimit.calendarDays(1), WORKING_TIME);
    assertThat(d.appliedRule()).isEqualTo(CountingRule.CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-03-16T17:00"));
  }

  @Test
  void workingDaysUnderTheCalendarDaysRuleAreRefused() {
    assertThatThrownBy(
            () -> CALC.compute(at("2026-03-13T09:00"), TimeLimit.workingDays(5), CALENDAR_DAYS))
        .isInstanceOf(IncompatibleTimeLimitException.class)
        .hasMessageContaining("5 working days")
        .hasMessageContaining("allowed");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> CALC.compute(null, TimeLimit.workingDays(1), WORKING_TIME))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("received");
    assertThatThrownBy(() -> DeadlineCalculator.on(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
  }

  @Test
  void effectiveStartAloneFollowsTheCutoff() {
    assertThat(CALC.effectiveStart(at("2026-03-09T15:01"), CALENDAR_DAYS.withIntakeCutoff(CUTOFF)))
        .isEqualTo(at("2026-03-10T07:30"));
  }
}
