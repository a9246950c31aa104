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

import static io.github.motcua.deadline.DeadlineCalculatorTest.CALC;
import static io.github.motcua.deadline.DeadlineCalculatorTest.CUTOFF;
import static io.github.motcua.deadline.DeadlineCalculatorTest.END_OF_DAY;
import static io.github.motcua.deadline.DeadlineCalculatorTest.VN;
import static io.github.motcua.deadline.DeadlineCalculatorTest.WORKING_TIME;
import static io.github.motcua.deadline.DeadlineCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineClockTest {
  static final String OFFICER = "officer-17";

  static DeadlineClock twoDays() {
    return DeadlineClock.start(
        TimeLimit.workingDays(2), WORKING_TIME, at("2026-03-09T09:00"), OFFICER);
  }

  @Test
  void aStartedClockIsDueWhenTheCalculatorSays() {
    DeadlineClock c = twoDays();
    assertThat(c.isRunning()).isTrue();
    assertThat(c.dueInstant(VN)).contains(at("2026-03-11T09:00"));
    assertThat(c.budget(VN)).isEqualTo(Duration.ofHours(16));
  }

  @Test
  void workingTimeExampleWithPauseAndExtension() {
    DeadlineClock c =
        twoDays()
            .pause(at("2026-03-09T14:00"), "supplement requested", OFFICER)
            .resume(at("2026-03-10T14:00"), OFFICER);
    assertThat(c.dueInstant(VN)).contains(at("2026-03-12T09:00"));
    DeadlineClock e =
        c.extend(TimeLimit.workingDays(1), at("2026-03-11T10:00"), "site visit needed", "leader-3");
    assertThat(e.dueInstant(VN)).contains(at("2026-03-13T09:00"));
    assertThat(e.isRunning()).isTrue();
  }

  @Test
  void pausedClockDoesNotConsumeWorkingTime() {
    DeadlineClock c = twoDays().pause(at("2026-03-09T14:00"), "supplement requested", OFFICER);
    Duration used = Duration.ofMinutes(3 * 60 + 30); // 09:00-11:30 and 13:00-14:00
    assertThat(c.consumed(VN, at("2026-03-09T14:00"))).isEqualTo(used);
    assertThat(c.consumed(VN, at("2026-03-20T10:00"))).isEqualTo(used);
    assertThat(c.dueInstant(VN)).isEmpty();
    assertThat(c.projectedDue(VN, at("2026-03-16T07:30"))).isEqualTo(at("2026-03-17T13:30"));
    assertThat(c.remaining(VN, at("2026-03-20T10:00")).workingTime())
        .isEqualTo(Duration.ofHours(16).minus(used));
  }

  @Test
  void endOfDayExampleWithPauseIsDueAtTheCloseOfTheDayTheBudgetRunsOut() {
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(5), END_OF_DAY, at("2026-03-09T09:00"), OFFICER);
    assertThat(c.dueInstant(VN)).contains(at("2026-03-16T17:00"));
    assertThat(c.budget(VN)).isEqualTo(Duration.ofMinutes(46 * 60 + 30));
    DeadlineClock p = c.pause(at("2026-03-11T10:00"), "supplement requested", OFFICER);
    assertThat(p.consumed(VN, at("2026-03-12T10:00"))).isEqualTo(Duration.ofHours(17));
    DeadlineClock r = p.resume(at("2026-03-13T14:00"), OFFICER);
    assertThat(r.dueInstant(VN)).contains(at("2026-03-19T17:00"));
    assertThat(r.remaining(VN, at("2026-03-19T17:00")).workingTime()).isZero();
  }

  @Test
  void endOfDayClockPausedAfterItsBudgetRanOutIsDueAtTheCloseOfTheDayItRunsAgain() {
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(5), END_OF_DAY, at("2026-03-09T09:00"), OFFICER)
            .pause(at("2026-03-11T10:00"), "supplement requested", OFFICER)
            .resume(at("2026-03-13T14:00"), OFFICER)
            // the budget runs out Thursday 19 March 10:00; paused that afternoon
            .pause(at("2026-03-19T15:00"), "second supplement", OFFICER);
    assertThat(c.dueInstant(VN)).isEmpty();
    DeadlineClock r = c.resume(at("2026-03-23T09:00"), OFFICER);
    assertThat(r.dueInstant(VN)).contains(at("2026-03-23T17:00"));
    // what remains when it resumes is the rest of that day: 09:00-11:30 and 13:00-17:00
    assertThat(r.remaining(VN, at("2026-03-23T09:00")).workingTime())
        .isEqualTo(Duration.ofMinutes(6 * 60 + 30));
  }

  @Test
  void calendarDaysExampleWithPauseMovesTheDueByTheWorkingTimePaused() {
    DeadlineClock c =
        DeadlineClock.start(
            TimeLimit.calendarDays(10),
            DeadlineCalculatorTest.CALENDAR_DAYS,
            at("2026-03-13T09:00"),
            OFFICER);
    assertThat(c.dueInstant(VN)).contains(at("2026-03-23T17:00"));
    assertThat(c.budget(VN)).isEqualTo(Duration.ofMinutes(54 * 60 + 30));
    DeadlineClock r =
        c.pause(at("2026-03-17T09:00"), "supplement requested", OFFICER)
            .resume(at("2026-03-19T09:00"), OFFICER);
    assertThat(r.dueInstant(VN)).contains(at("2026-03-25T17:00"));
    DeadlineClock weekend =
        c.pause(at("2026-03-13T17:00"), "supplement requested", OFFICER)
            .resume(at("2026-03-16T07:30"), OFFICER);
    assertThat(weekend.dueInstant(VN)).contains(at("2026-03-23T17:00"));
  }

  @Test
  void restartGivesTheWholeBudgetFromTheResumeWithTheCutoff() {
    CountingPolicy policy = WORKING_TIME.withIntakeCutoff(CUTOFF);
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(2), policy, at("2026-03-09T09:00"), OFFICER)
            .extend(TimeLimit.workingDays(1), at("2026-03-09T10:00"), "complex case", OFFICER)
            .pause(at("2026-03-09T14:00"), "supplement requested", OFFICER)
            .restart(at("2026-03-12T16:00"), OFFICER);
    assertThat(c.dueInstant(VN))
        .contains(CALC.compute(at("2026-03-12T16:00"), TimeLimit.workingDays(2), policy).due())
        .contains(at("2026-03-16T17:00"));
    assertThat(c.budget(VN)).isEqualTo(Duration.ofHours(16));
  }

  @Test
  void extensionWhilePausedCountsWhenResumed() {
    DeadlineClock c =
        twoDays()
            .pause(at("2026-03-09T14:00"), "supplement requested", OFFICER)
            .extend(TimeLimit.workingHours(4), at("2026-03-10T08:00"), "inspection", OFFICER)
            .resume(at("2026-03-10T14:00"), OFFICER);
    assertThat(c.dueInstant(VN)).contains(at("2026-03-12T14:30"));
  }

  @Test
  void stoppedClockKeepsItsDueAndFreezesItsRemainingTime() {
    DeadlineClock c = twoDays().stop(at("2026-03-10T09:00"), OFFICER);
    assertThat(c.isRunning()).isFalse();
    assertThat(c.stoppedAt()).contains(at("2026-03-10T09:00"));
    assertThat(c.dueInstant(VN)).contains(at("2026-03-11T09:00"));
    assertThat(c.remaining(VN, at("2026-04-01T09:00")).workingTime())
        .isEqualTo(Duration.ofHours(8));
    assertThat(c.timeliness(VN, at("2026-03-10T09:00"))).isEqualTo(Timeliness.EARLY);
  }

  @Test
  void timelinessIsEarlyOnTimeOrLateAgainstTheDueDay() {
    DeadlineClock c = twoDays();
    assertThat(c.timeliness(VN, at("2026-03-10T16:59"))).isEqualTo(Timeliness.EARLY);
    assertThat(c.timeliness(VN, at("2026-03-11T07:00"))).isEqualTo(Timeliness.ON_TIME);
    assertThat(c.timeliness(VN, at("2026-03-11T09:00"))).isEqualTo(Timeliness.ON_TIME);
    assertThat(c.timeliness(VN, at("2026-03-11T09:01"))).isEqualTo(Timeliness.LATE);
  }

  @Test
  void remainingTimeIsRenderedInDaysAndHours() {
    DeadlineClock c =
        DeadlineClock.start(
            TimeLimit.workingDays(3), WORKING_TIME, at("2026-03-09T09:00"), OFFICER);
    RemainingTime left = c.remaining(VN, at("2026-03-09T13:00"));
    assertThat(left.render(Locale.forLanguageTag("vi"))).isEqualTo("còn 2 ngày 5 giờ");
    assertThat(left.render(Locale.ENGLISH)).isEqualTo("2 days 5 hours left");
    RemainingTime over = c.remaining(VN, at("2026-03-13T11:00"));
    assertThat(over.render(Locale.forLanguageTag("vi"))).isEqualTo("quá 1 ngày 2 giờ");
    assertThat(over.render(Locale.ENGLISH)).isEqualTo("1 day 2 hours overdue");
  }

  @Test
  void pausingAPausedClockIsRefusedNamingTheState() {
    DeadlineClock p = twoDays().pause(at("2026-03-09T14:00"), "supplement requested", OFFICER);
    assertThatThrownBy(() -> p.pause(at("2026-03-09T15:00"), "again", OFFICER))
        .isInstanceOf(IllegalClockTransitionException.class)
        .hasMessage(
            "cannot pause a paused clock; allowed while paused: resume, restart, extend, stop")
        .satisfies(
            e -> {
              IllegalClockTransitionException x = (IllegalClockTransitionException) e;
              assertThat(x.state()).isEqualTo(ClockState.PAUSED);
              assertThat(x.attempted()).isEqualTo(ClockEntry.Kind.PAUSE);
            });
  }

  @Test
  void resumingARunningClockIsRefused() {
    assertThatThrownBy(() -> twoDays().resume(at("2026-03-09T15:00"), OFFICER))
        .isInstanceOf(IllegalClockTransitionException.class)
        .hasMessage(
            "cannot resume a running clock; allowed while running: pause, restart, extend, stop");
  }

  @Test
  void nothingIsAllowedOnAStoppedClock() {
    DeadlineClock s = twoDays().stop(at("2026-03-10T09:00"));
    assertThatThrownBy(
            () -> s.extend(TimeLimit.workingDays(1), at("2026-03-10T10:00"), "x", OFFICER))
        .isInstanceOf(IllegalClockTransitionException.class)
        .hasMessage("cannot extend a stopped clock; allowed while stopped: nothing");
  }

  @Test
  void entriesGoingBackInTimeAreRefused() {
    DeadlineClock p = twoDays().pause(at("2026-03-09T14:00"), "supplement requested", OFFICER);
    assertThatThrownBy(() -> p.resume(at("2026-03-09T13:00"), OFFICER))
        .isInstanceOf(IllegalClockTransitionException.class)
        .hasMessageContaining("before its last entry")
        .hasMessageContaining("must not go back in time");
  }

  @Test
  void pausesAndExtensionsNeedAReason() {
    assertThatThrownBy(() -> twoDays().pause(at("2026-03-09T14:00"), " ", OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a reason");
  }

  @Test
  void extensionsInCalendarDaysAreRefused() {
    assertThatThrownBy(
            () -> twoDays().extend(TimeLimit.calendarDays(3), at("2026-03-09T14:00"), "x", OFFICER))
        .isInstanceOf(IncompatibleTimeLimitException.class)
        .hasMessageContaining("working days or working hours");
  }

  @Test
  void replayRebuildsTheSameClockAndChecksTransitions() {
    DeadlineClock c =
        twoDays()
            .pause(at("2026-03-09T14:00"), "supplement requested", OFFICER)
            .resume(at("2026-03-10T14:00"), OFFICER);
    DeadlineClock r = DeadlineClock.replay(c.limit(), c.policy(), c.entries());
    assertThat(r).isEqualTo(c);
    assertThat(r.dueInstant(VN)).isEqualTo(c.dueInstant(VN));
    assertThatThrownBy(() -> DeadlineClock.replay(c.limit(), c.policy(), c.entries().subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must begin with START");
  }

  @Test
  void runningSinceIsTheLastResume() {
    DeadlineClock c =
        twoDays()
            .pause(at("2026-03-09T14:00"), "supplement requested", OFFICER)
            .resume(at("2026-03-10T14:00"), OFFICER);
    assertThat(c.runningSince()).contains(at("2026-03-10T14:00"));
    assertThat(c.pause(at("2026-03-10T15:00"), "x", OFFICER).runningSince())
        .isEqualTo(Optional.empty());
  }

  @Test
  void pauseBeforeTheEffectiveStartConsumesNothing() {
    DeadlineClock c =
        DeadlineClock.start(
                TimeLimit.workingDays(1),
                WORKING_TIME.withIntakeCutoff(CUTOFF),
                at("2026-03-09T16:00"),
                OFFICER)
            .pause(at("2026-03-09T16:10"), "supplement requested", OFFICER)
            .resume(at("2026-03-09T16:20"), OFFICER);
    assertThat(c.dueInstant(VN)).contains(at("2026-03-10T17:00"));
  }

  /** A desk that also works Saturday mornings: one working day of only 4 hours. */
  static final io.github.motcua.calendar.WorkingCalendar DESK_SATURDAY =
      VN.variant("desk-saturday")
          .workingDay(
              java.time.DayOfWeek.SATURDAY,
              io.github.motcua.calendar.WorkingPeriod.parse("07:30-11:30"))
          .build();

  static io.github.motcua.calendar.WorkingCalendar deskSaturdayWithDayOff(int januaryDay) {
    return DESK_SATURDAY
        .variant("changed")
        .dayOff(java.time.LocalDate.of(2019, 1, januaryDay), "newly announced")
        .build();
  }

  /**
   * Found by {@code reProjectionOnAnExtraDayOffNeverBringsTheDueForward}: received Wednesday 2
   * January 2019 00:00, 8 working days to the end of the day, paused at once and resumed at 13:01.
   * The pause stops 4 h 01 of the receipt day, which is half a day (of 8 hours), so the budget runs
   * out on Saturday morning 12 January and the dossier is due at its close. When 2 January becomes
   * a day off, the pause stops nothing and the rule's due is the same Saturday. Measured in working
   * time, the 4 h 01 once outweighed the whole 4-hour Saturday, so the due was Monday 14 January on
   * the first calendar and came forward to Saturday on the second.
   */
  @Test
  void anExtraDayOffInsideAPauseNeverBringsTheEndOfDayDueForward() {
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(8), END_OF_DAY, at("2019-01-02T00:00"), OFFICER)
            .pause(at("2019-01-02T00:00"), "supplement requested", OFFICER)
            .resume(at("2019-01-02T13:01"), OFFICER);
    io.github.motcua.calendar.WorkingCalendar changed = deskSaturdayWithDayOff(2);
    assertThat(c.dueInstant(DESK_SATURDAY)).contains(at("2019-01-12T11:30"));
    assertThat(c.dueInstant(changed)).contains(at("2019-01-12T11:30"));
  }

  @Test
  void underEndOfDayAPauseCostsTheWorkingDaysItStopsWhateverTheirLength() {
    // received Wednesday 2 January 2019 07:30, 8 working days: due Friday 11 January 17:00
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(8), END_OF_DAY, at("2019-01-02T07:30"), OFFICER);
    assertThat(c.dueInstant(DESK_SATURDAY)).contains(at("2019-01-11T17:00"));
    // paused the whole of Thursday 3 January: one working day, the 4-hour Saturday 12 January
    DeadlineClock paused =
        c.pause(at("2019-01-03T07:30"), "supplement requested", OFFICER)
            .resume(at("2019-01-04T07:30"), OFFICER);
    assertThat(paused.dueInstant(DESK_SATURDAY)).contains(at("2019-01-12T11:30"));
    assertThat(paused.remaining(DESK_SATURDAY, at("2019-01-11T17:00")).workingTime())
        .isEqualTo(Duration.ofHours(4));
    // Thursday 3 January becomes a day off: the rule's due moves to Saturday, the pause costs
    // nothing, and the due stays the same Saturday instead of coming forward
    io.github.motcua.calendar.WorkingCalendar changed = deskSaturdayWithDayOff(3);
    assertThat(paused.dueInstant(changed)).contains(at("2019-01-12T11:30"));
    // while paused, the remaining time is the days left in standard days: 3 of 9 consumed
    DeadlineClock stillPaused = c.pause(at("2019-01-05T07:30"), "supplement requested", OFFICER);
    assertThat(stillPaused.remaining(DESK_SATURDAY, at("2019-01-06T10:00")).workingTime())
        .isEqualTo(Duration.ofHours(8 * 6));
  }
}
