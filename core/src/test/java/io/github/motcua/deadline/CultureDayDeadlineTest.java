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
import static io.github.motcua.deadline.DeadlineCalculatorTest.WORKING_TIME;
import static io.github.motcua.deadline.DeadlineCalculatorTest.at;
import static io.github.motcua.deadline.HandBuiltCalendarTest.WITHOUT_CULTURE_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.Holiday;
import io.github.motcua.deadline.Explanation.DayOff;
import io.github.motcua.deadline.Explanation.DaysSkipped;
import io.github.motcua.deadline.Explanation.MovedToWorkingDay;
import io.github.motcua.deadline.Explanation.ProvisionalYears;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Appointment dates across Culture Day, Tuesday 24 November 2026, under each counting rule, and a
 * provisional 2027 across Tết.
 */
class CultureDayDeadlineTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Locale EN = Locale.ENGLISH;
  private static final DeadlineCalculator BEFORE = DeadlineCalculator.on(WITHOUT_CULTURE_DAY);

  @Test
  void workingTimeAcross24NovemberIsOneDayLater() {
    Deadline d = CALC.compute(at("2026-11-23T09:00"), TimeLimit.workingDays(1), WORKING_TIME);
    assertThat(d.due()).isEqualTo(at("2026-11-25T09:00"));
    assertThat(BEFORE.compute(at("2026-11-23T09:00"), TimeLimit.workingDays(1), WORKING_TIME).due())
        .isEqualTo(at("2026-11-24T09:00"));
    assertThat(d.explanation().summary(VI))
        .isEqualTo(
            "1 ngày làm việc từ 09:00 ngày 23/11/2026, không tính 24/11 (Ngày Văn hóa Việt Nam,"
                + " Nghị quyết 28/2026/QH16): hạn 09:00 ngày 25/11/2026");
    assertThat(d.explanation().summary(EN))
        .isEqualTo(
            "1 working day from 09:00 on 23 November 2026, skipping 24 November (Vietnamese"
                + " Culture Day – statutory holiday, Resolution 28/2026/QH16): due 09:00 on 25"
                + " November 2026");
  }

  @Test
  void endOfDayAcross24NovemberClosesOnWednesday() {
    Deadline d = CALC.compute(at("2026-11-23T10:00"), TimeLimit.workingDays(1), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-11-25T17:00"));
    assertThat(BEFORE.compute(at("2026-11-23T10:00"), TimeLimit.workingDays(1), END_OF_DAY).due())
        .isEqualTo(at("2026-11-24T17:00"));
    assertThat(d.explanation().render(VI))
        .contains(
            "Không tính: thứ Ba, 24/11/2026 (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16)");
  }

  @Test
  void calendarDaysEndingOn24NovemberMoveToTheNextWorkingDay() {
    // 5 calendar days from Thursday 19 November: the last day is Tuesday 24 November.
    Deadline d = CALC.compute(at("2026-11-19T09:00"), TimeLimit.calendarDays(5), CALENDAR_DAYS);
    assertThat(d.due()).isEqualTo(at("2026-11-25T17:00"));
    MovedToWorkingDay moved = d.explanation().items(MovedToWorkingDay.class).get(0);
    assertThat(moved.nominal()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(moved.actual()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(moved.dayOff().orElseThrow().observance().orElseThrow().holidays())
        .containsExactly(Holiday.CULTURE_DAY);
    assertThat(d.explanation().summary(java.util.Locale.forLanguageTag("vi")))
        .contains("ngày cuối 24/11 (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16) là ngày nghỉ");
    assertThat(
            BEFORE.compute(at("2026-11-19T09:00"), TimeLimit.calendarDays(5), CALENDAR_DAYS).due())
        .isEqualTo(at("2026-11-24T17:00"));
  }

  @Test
  void theExplanationNamesTheHolidayAndItsBasis() {
    Deadline d = CALC.compute(at("2026-11-20T09:00"), TimeLimit.workingDays(3), WORKING_TIME);
    DayOff off = d.explanation().items(DaysSkipped.class).get(0).daysOff().get(0);
    assertThat(off.date()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(off.observance().orElseThrow().holidays()).containsExactly(Holiday.CULTURE_DAY);
    assertThat(off.source()).contains("28/2026/QH16");
    assertThat(d.explanation().render(EN))
        .contains("Tuesday 24 November 2026 (Vietnamese Culture Day (Ngay Van hoa Viet Nam)")
        .contains("not in the announced 2026 schedule")
        .contains("Resolution 28/2026/QH16");
    // 2026 is announced: no provisional note although the day comes from the rule
    assertThat(d.explanation().items(ProvisionalYears.class)).isEmpty();
  }

  @Test
  void a2027DeadlineAcrossTetIsProvisional() {
    // Tết Đinh Mùi: mùng 1 on Saturday 6 February 2027; the rules give Thursday 4 to Wednesday
    // 10 February (two days before, mùng 1-3, nghỉ bù for the weekend).
    Deadline d = CALC.compute(at("2027-02-03T09:00"), TimeLimit.workingDays(2), WORKING_TIME);
    // 6.5 hours on 3 February, 8 on Thursday 11, the last 1.5 on Friday 12 February
    assertThat(d.due()).isEqualTo(at("2027-02-12T09:00"));
    assertThat(d.explanation().items(ProvisionalYears.class))
        .containsExactly(new ProvisionalYears(List.of(2027)));
    assertThat(d.explanation().items(DaysSkipped.class).get(0).daysOff())
        .extracting(DayOff::date)
        .containsExactly(
            LocalDate.of(2027, 2, 4),
            LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 8),
            LocalDate.of(2027, 2, 9),
            LocalDate.of(2027, 2, 10));
    assertThat(d.explanation().render(VI))
        .contains("Ngày nghỉ năm 2027 là dự kiến")
        .contains("Tết Nguyên đán");
  }
}
