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
import static io.github.motcua.deadline.DeadlineCalculatorTest.CALENDAR_DAYS;
import static io.github.motcua.deadline.DeadlineCalculatorTest.END_OF_DAY;
import static io.github.motcua.deadline.DeadlineCalculatorTest.VN;
import static io.github.motcua.deadline.DeadlineCalculatorTest.WORKING_TIME;
import static io.github.motcua.deadline.DeadlineCalculatorTest.at;
import static io.github.motcua.deadline.ExplanationTest.EN;
import static io.github.motcua.deadline.ExplanationTest.VI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.deadline.Explanation.DayOff;
import io.github.motcua.deadline.Explanation.DaysOffCounted;
import io.github.motcua.deadline.Explanation.DaysSkipped;
import io.github.motcua.deadline.Explanation.MovedToWorkingDay;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Under the calendar-days rule every day counts, days off included; only a last day that is not a
 * working day moves the due, to the close of the next working day (Civil Code 91/2015/QH13 arts.
 * 147, 148). The explanation on the receipt slip must say exactly that, in both languages.
 */
class CalendarDaysExplanationTest {
  private static final String TET = "Tet Nguyen Dan 2026 - statutory holiday";
  private static final String TET_VI = "Tết Nguyên đán – nghỉ lễ, tết";

  @Test
  void tetDaysInsideTheLimitAreCountedNotSkipped() {
    // 15 days from Tuesday 10 February 2026: the whole Tết break (14-22/2) lies inside, all counted
    Deadline d = CALC.compute(at("2026-02-10T09:00"), TimeLimit.calendarDays(15), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-02-25T17:00"));
    Explanation x = d.explanation();
    assertThat(x.items(DaysSkipped.class)).isEmpty();
    assertThat(x.items(MovedToWorkingDay.class)).isEmpty();
    DaysOffCounted counted = x.items(DaysOffCounted.class).get(0);
    assertThat(counted.daysOff())
        .extracting(DayOff::date)
        .containsExactly(
            LocalDate.parse("2026-02-16"),
            LocalDate.parse("2026-02-17"),
            LocalDate.parse("2026-02-18"),
            LocalDate.parse("2026-02-19"),
            LocalDate.parse("2026-02-20"));
    assertThat(counted.weeklyRestDays()).isEqualTo(4);
    assertThat(x.render(EN))
        .doesNotContain("Not counted")
        .contains(
            "Calendar days count every day, so the days off within the limit are counted: Monday"
                + " 16 February 2026 ("
                + TET
                + "), Tuesday 17 February 2026 ("
                + TET
                + "), Wednesday 18 February 2026 ("
                + TET
                + "), Thursday 19 February 2026 ("
                + TET
                + "), Friday 20 February 2026 ("
                + TET
                + ") and 4 weekly rest days.")
        .endsWith("Due at 17:00 on Wednesday 25 February 2026.");
    assertThat(x.render(VI))
        .doesNotContain("Không tính")
        .contains(
            "Thời hạn tính theo ngày lịch nên các ngày nghỉ trong thời hạn vẫn được tính: thứ Hai,"
                + " 16/2/2026 ("
                + TET_VI
                + "), thứ Ba, 17/2/2026 ("
                + TET_VI
                + "), thứ Tư, 18/2/2026 ("
                + TET_VI
                + "), thứ Năm, 19/2/2026 ("
                + TET_VI
                + "), thứ Sáu, 20/2/2026 ("
                + TET_VI
                + ") và 4 ngày nghỉ hằng tuần.");
    assertThat(x.summary(EN))
        .isEqualTo(
            "15 calendar days from 09:00 on 10 February 2026, days off included: due 17:00 on 25"
                + " February 2026");
    assertThat(x.summary(VI))
        .isEqualTo("15 ngày từ 09:00 ngày 10/2/2026, tính cả ngày nghỉ: hạn 17:00 ngày 25/2/2026");
  }

  @Test
  void aLastDayInsideTetMovesToTheCloseOfTheFirstWorkingDayAfterTheBreak() {
    // 8 days from Monday 9 February 2026 end on Tuesday 17 February, the first day of Tết
    Deadline d = CALC.compute(at("2026-02-09T09:00"), TimeLimit.calendarDays(8), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-02-23T17:00"));
    Explanation x = d.explanation();
    MovedToWorkingDay moved = x.items(MovedToWorkingDay.class).get(0);
    assertThat(moved.nominal()).isEqualTo(LocalDate.parse("2026-02-17"));
    assertThat(moved.actual()).isEqualTo(LocalDate.parse("2026-02-23"));
    assertThat(moved.dayOff()).map(DayOff::reason).contains(TET);
    assertThat(x.items(DaysOffCounted.class).get(0).daysOff())
        .extracting(DayOff::date)
        .containsExactly(LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"));
    assertThat(x.render(EN).lines())
        .containsSubsequence(
            "Calendar days count every day, so the days off within the limit are counted: Monday"
                + " 16 February 2026 ("
                + TET
                + "), Tuesday 17 February 2026 ("
                + TET
                + ") and 2 weekly rest days.",
            "The last day of the limit, Tuesday 17 February 2026, is not a working day ("
                + TET
                + "): the due moves to the close of the next working day, Monday 23 February"
                + " 2026.",
            "Due at 17:00 on Monday 23 February 2026.")
        .noneMatch(l -> l.startsWith("Not counted"));
    assertThat(x.render(VI).lines())
        .containsSubsequence(
            "Thời hạn tính theo ngày lịch nên các ngày nghỉ trong thời hạn vẫn được tính: thứ Hai,"
                + " 16/2/2026 ("
                + TET_VI
                + "), thứ Ba, 17/2/2026 ("
                + TET_VI
                + ") và 2 ngày nghỉ hằng tuần.",
            "Ngày cuối của thời hạn (thứ Ba, 17/2/2026) không phải ngày làm việc ("
                + TET_VI
                + ") nên hạn chuyển sang cuối ngày làm việc tiếp theo, thứ Hai, 23/2/2026.",
            "Hạn giải quyết: 17:00 thứ Hai, ngày 23/2/2026.")
        .noneMatch(l -> l.startsWith("Không tính"));
    assertThat(x.summary(EN))
        .isEqualTo(
            "8 calendar days from 09:00 on 9 February 2026, days off included, the last day, 17"
                + " February, is a day off: due 17:00 on 23 February 2026");
    assertThat(x.summary(VI))
        .isEqualTo(
            "8 ngày từ 09:00 ngày 9/2/2026, tính cả ngày nghỉ, ngày cuối 17/2 là ngày nghỉ: hạn"
                + " 17:00 ngày 23/2/2026");
  }

  @Test
  void aLastDayOnASaturdayOfTheTetBreakSaysSo() {
    Deadline d = CALC.compute(at("2026-02-06T09:00"), TimeLimit.calendarDays(8), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-02-23T17:00"));
    assertThat(d.explanation().render(EN))
        .contains(
            "The last day of the limit, Saturday 14 February 2026, is not a working day (Tet"
                + " Nguyen Dan 2026 - weekly rest day inside announced break): the due moves to the"
                + " close of the next working day, Monday 23 February 2026.");
    assertThat(d.explanation().render(VI))
        .contains(
            "Ngày cuối của thời hạn (thứ Bảy, 14/2/2026) không phải ngày làm việc (Tết Nguyên đán"
                + " – ngày nghỉ hằng tuần) nên hạn chuyển sang cuối ngày làm việc tiếp theo, thứ"
                + " Hai, 23/2/2026.");
  }

  @Test
  void aLastDayOn30AprilMovesOverTheWholeBreakAndTheDaysBeforeAreCounted() {
    // 30 days from Tuesday 31 March 2026 end on Thursday 30 April; 1/5 and 2-3/5 are off too
    Deadline d = CALC.compute(at("2026-03-31T09:00"), TimeLimit.calendarDays(30), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-05-04T17:00"));
    Explanation x = d.explanation();
    assertThat(x.items(MovedToWorkingDay.class))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.nominal()).isEqualTo(LocalDate.parse("2026-04-30"));
              assertThat(m.actual()).isEqualTo(LocalDate.parse("2026-05-04"));
              assertThat(m.dayOff().map(DayOff::date)).contains(LocalDate.parse("2026-04-30"));
            });
    assertThat(x.render(EN))
        .doesNotContain("Not counted")
        .contains(
            "the days off within the limit are counted: Monday 27 April 2026 (Hung Kings"
                + " Commemoration (Gio To Hung Vuong) - compensatory day off (nghi bu) for"
                + " 2026-04-26), Thursday 30 April 2026 (Victory/Reunification Day 30/4 - statutory"
                + " holiday) and 8 weekly rest days.")
        .contains(
            "The last day of the limit, Thursday 30 April 2026, is not a working day"
                + " (Victory/Reunification Day 30/4 - statutory holiday): the due moves to the"
                + " close of the next working day, Monday 4 May 2026.");
    assertThat(x.render(VI))
        .doesNotContain("Không tính")
        .contains(
            "các ngày nghỉ trong thời hạn vẫn được tính: thứ Hai, 27/4/2026 (Giỗ Tổ Hùng Vương –"
                + " nghỉ bù), thứ Năm, 30/4/2026 (Ngày Chiến thắng 30/4 – nghỉ lễ, tết) và 8 ngày"
                + " nghỉ hằng tuần.")
        .contains(
            "Ngày cuối của thời hạn (thứ Năm, 30/4/2026) không phải ngày làm việc (Ngày Chiến"
                + " thắng 30/4 – nghỉ lễ, tết) nên hạn chuyển sang cuối ngày làm việc tiếp theo,"
                + " thứ Hai, 4/5/2026.");
    assertThat(x.summary(EN))
        .isEqualTo(
            "30 calendar days from 09:00 on 31 March 2026, days off included, the last day, 30"
                + " April, is a day off: due 17:00 on 4 May 2026");
  }

  @Test
  void a30AprilAnd1MayBreakInsideTheLimitIsCounted() {
    Deadline d = CALC.compute(at("2026-04-20T09:00"), TimeLimit.calendarDays(15), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-05-05T17:00"));
    assertThat(d.explanation().items(DaysOffCounted.class).get(0).daysOff())
        .extracting(DayOff::date)
        .containsExactly(
            LocalDate.parse("2026-04-27"),
            LocalDate.parse("2026-04-30"),
            LocalDate.parse("2026-05-01"));
    assertThat(d.explanation().items(MovedToWorkingDay.class)).isEmpty();
    assertThat(d.explanation().render(EN)).doesNotContain("Not counted");
    assertThat(d.explanation().render(VI))
        .doesNotContain("Không tính")
        .contains("thứ Sáu, 1/5/2026 (Ngày Quốc tế Lao động 1/5 – nghỉ lễ, tết) và 4 ngày nghỉ");
    assertThat(d.explanation().summary(VI))
        .isEqualTo("15 ngày từ 09:00 ngày 20/4/2026, tính cả ngày nghỉ: hạn 17:00 ngày 5/5/2026");
  }

  @Test
  void aCalendarDaysClockCountsTheBaseSpanAndSkipsDaysOffInWhatAPauseAdds() {
    // 3 days from Wednesday 11 February end Saturday 14/2 (Tết): base due Monday 23/2 17:00;
    // a pause of 2 working days before the break moves the due 2 working days on, to 25/2
    DeadlineClock c =
        DeadlineClock.start(
                TimeLimit.calendarDays(3), CALENDAR_DAYS, at("2026-02-11T09:00"), "u-officer")
            .pause(at("2026-02-11T09:00"), "supplement requested", "u-officer")
            .resume(at("2026-02-13T09:00"), "u-officer");
    Explanation x = c.explain(VN);
    assertThat(c.dueInstant(VN)).contains(at("2026-02-25T17:00"));
    assertThat(x.items(DaysOffCounted.class)).hasSize(1);
    assertThat(x.render(EN)).doesNotContain("Not counted").doesNotContain("No days off");
    DeadlineClock plain =
        DeadlineClock.start(
            TimeLimit.calendarDays(8), CALENDAR_DAYS, at("2026-02-09T09:00"), "u-officer");
    assertThat(plain.explain(VN).render(VI))
        .isEqualTo(
            CALC.compute(at("2026-02-09T09:00"), TimeLimit.calendarDays(8), CALENDAR_DAYS)
                .explanation()
                .render(VI));
  }

  @Test
  void theOtherRulesStillSkipTheTetDays() {
    Deadline workingTime =
        CALC.compute(at("2026-02-10T09:00"), TimeLimit.workingDays(5), WORKING_TIME);
    Deadline endOfDay = CALC.compute(at("2026-02-10T09:00"), TimeLimit.workingDays(5), END_OF_DAY);
    for (Deadline d : new Deadline[] {workingTime, endOfDay}) {
      assertThat(d.explanation().items(DaysOffCounted.class)).isEmpty();
      assertThat(d.explanation().items(DaysSkipped.class).get(0).daysOff()).hasSize(5);
      assertThat(d.explanation().render(EN))
          .contains("Not counted: Monday 16 February 2026 (" + TET + ")")
          .doesNotContain("are counted");
      assertThat(d.explanation().render(VI))
          .contains("Không tính: thứ Hai, 16/2/2026 (" + TET_VI + ")");
      assertThat(d.explanation().summary(EN)).contains("skipping 16 February, 17 February");
    }
    assertThat(workingTime.due()).isEqualTo(at("2026-02-24T09:00"));
    assertThat(endOfDay.due()).isEqualTo(at("2026-02-24T17:00"));
  }

  @Test
  void aMovedDueMustMoveForwardAndBeExplainedByItsOwnDay() {
    LocalDate sat = LocalDate.parse("2026-03-14");
    assertThat(new MovedToWorkingDay(sat, sat.plusDays(2)).dayOff()).isEmpty();
    assertThatThrownBy(() -> new MovedToWorkingDay(sat, sat))
        .isInstanceOf(IllegalArgumentException.class);
    DayOff other =
        new DayOff(sat.plusDays(1), io.github.motcua.calendar.SpecialDay.Kind.DAY_OFF, "local", "");
    assertThatThrownBy(() -> new MovedToWorkingDay(sat, sat.plusDays(2), Optional.of(other)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
