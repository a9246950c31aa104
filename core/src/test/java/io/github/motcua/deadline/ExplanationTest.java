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
import static io.github.motcua.deadline.DeadlineCalculatorTest.CUTOFF;
import static io.github.motcua.deadline.DeadlineCalculatorTest.END_OF_DAY;
import static io.github.motcua.deadline.DeadlineCalculatorTest.VN;
import static io.github.motcua.deadline.DeadlineCalculatorTest.WORKING_TIME;
import static io.github.motcua.deadline.DeadlineCalculatorTest.ZONE;
import static io.github.motcua.deadline.DeadlineCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.motcua.calendar.Holiday;
import io.github.motcua.calendar.Observance;
import io.github.motcua.calendar.SpecialDay;
import io.github.motcua.deadline.Explanation.AwaitingResume;
import io.github.motcua.deadline.Explanation.Counted;
import io.github.motcua.deadline.Explanation.CountingStart;
import io.github.motcua.deadline.Explanation.DayOff;
import io.github.motcua.deadline.Explanation.DaysSkipped;
import io.github.motcua.deadline.Explanation.Due;
import io.github.motcua.deadline.Explanation.Extended;
import io.github.motcua.deadline.Explanation.Paused;
import io.github.motcua.deadline.Explanation.Received;
import io.github.motcua.deadline.Explanation.Restarted;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  static final Locale VI = Locale.forLanguageTag("vi");
  static final Locale EN = Locale.ENGLISH;

  @Test
  void aDeadlineIsExplainedByReceiptStartRuleDaysOffAndDue() {
    Deadline d =
        CALC.compute(
            at("2026-04-24T16:10"),
            TimeLimit.workingDays(15),
            WORKING_TIME.withIntakeCutoff(CUTOFF));
    List<Explanation.Item> items = d.explanation().items();
    assertThat(items).hasSize(5);
    assertThat(items.get(0)).isEqualTo(new Received(at("2026-04-24T16:10").atZone(ZONE)));
    assertThat(items.get(1))
        .isEqualTo(
            new CountingStart(
                at("2026-04-28T07:30").atZone(ZONE),
                StartCause.AFTER_CUTOFF,
                Optional.of(LocalTime.of(15, 0))));
    assertThat(items.get(2))
        .isEqualTo(
            new Counted(TimeLimit.workingDays(15), CountingRule.WORKING_TIME, Duration.ofHours(8)));
    DaysSkipped skipped = (DaysSkipped) items.get(3);
    assertThat(skipped.daysOff())
        .extracting(DayOff::date, DayOff::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.parse("2026-04-27"), SpecialDay.Kind.DAY_OFF),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.parse("2026-04-30"), SpecialDay.Kind.DAY_OFF),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.parse("2026-05-01"), SpecialDay.Kind.DAY_OFF));
    assertThat(skipped.daysOff().get(0).reason()).contains("Hung Kings").contains("compensatory");
    assertThat(skipped.daysOff().get(0).source()).startsWith("https://");
    assertThat(items.get(4)).isEqualTo(new Due(at("2026-05-20T17:00").atZone(ZONE)));
  }

  @Test
  void aDeadlineRendersInEnglish() {
    Deadline d =
        CALC.compute(
            at("2026-04-24T16:10"),
            TimeLimit.workingDays(15),
            WORKING_TIME.withIntakeCutoff(CUTOFF));
    String text = d.explanation().render(EN);
    assertThat(text.lines())
        .hasSize(5)
        .startsWith(
            "Received at 16:10 on Friday 24 April 2026.",
            "Received after the 15:00 cut-off: counting starts at 07:30 on Tuesday 28 April 2026.",
            "Time limit: 15 working days, counted as working time (1 day = 8 hours).")
        .endsWith("Due at 17:00 on Wednesday 20 May 2026.");
    assertThat(text.lines().toList().get(3))
        .startsWith("Not counted: Monday 27 April 2026 (Hung Kings")
        .contains("Thursday 30 April 2026 (Victory/Reunification Day")
        .endsWith("and 8 weekly rest days.");
    assertThat(d.explanation().summary(EN))
        .isEqualTo(
            "15 working days from 07:30 on 28 April 2026, skipping 27 April, 30 April and 1 May:"
                + " due 17:00 on 20 May 2026");
  }

  @Test
  void aDeadlineRendersInVietnameseWithHolidayNames() {
    Deadline d =
        CALC.compute(
            at("2026-04-24T16:10"),
            TimeLimit.workingDays(15),
            WORKING_TIME.withIntakeCutoff(CUTOFF));
    assertThat(d.explanation().render(VI).lines())
        .containsExactly(
            "Tiếp nhận lúc 16:10 thứ Sáu, ngày 24/4/2026.",
            "Tiếp nhận sau 15:00 nên thời hạn được tính từ 07:30 thứ Ba, ngày 28/4/2026.",
            "Thời hạn giải quyết: 15 ngày làm việc, tính theo giờ làm việc (1 ngày = 8 giờ).",
            "Không tính: thứ Hai, 27/4/2026 (Giỗ Tổ Hùng Vương – nghỉ bù), thứ Năm, 30/4/2026"
                + " (Ngày Chiến thắng 30/4 – nghỉ lễ, tết), thứ Sáu, 1/5/2026 (Ngày Quốc tế Lao"
                + " động 1/5 – nghỉ lễ, tết) và 8 ngày nghỉ hằng tuần.",
            "Hạn giải quyết: 17:00 thứ Tư, ngày 20/5/2026.");
    assertThat(d.explanation().summary(VI))
        .isEqualTo(
            "15 ngày làm việc từ 07:30 ngày 28/4/2026, không tính 27/4, 30/4 và 1/5: hạn 17:00"
                + " ngày 20/5/2026");
  }

  @Test
  void skippedDaysCarryTheirHolidayAndAreNamedByItInVietnamese() {
    Deadline d = CALC.compute(at("2025-04-28T09:00"), TimeLimit.workingDays(5), WORKING_TIME);
    DaysSkipped skipped = d.explanation().items(DaysSkipped.class).get(0);
    assertThat(skipped.daysOff())
        .extracting(DayOff::date, o -> o.observance().map(Observance::holidays).orElseThrow())
        .containsExactly(
            tuple(LocalDate.of(2025, 4, 30), Set.of(Holiday.REUNIFICATION_DAY)),
            tuple(LocalDate.of(2025, 5, 1), Set.of(Holiday.LABOUR_DAY)),
            tuple(LocalDate.of(2025, 5, 2), Set.of(Holiday.REUNIFICATION_DAY, Holiday.LABOUR_DAY)));
    assertThat(d.explanation().render(VI))
        .contains(
            "thứ Sáu, 2/5/2025 (Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 1/5 – nghỉ hoán"
                + " đổi)");
    assertThat(d.explanation().render(EN))
        .contains("Friday 2 May 2025 (Victory/Reunification Day 30/4 & International Labour Day");
  }

  @Test
  void aClockExplanationNamesItsPausesAndTheHolidaysItSkips() {
    DeadlineClock c =
        DeadlineClock.start(
                TimeLimit.workingDays(15), WORKING_TIME, at("2026-04-09T09:12"), "desk-1")
            .pause(at("2026-04-13T09:12"), "supplement requested", "officer-17")
            .resume(at("2026-04-17T09:12"), "desk-1");
    Explanation x = c.explain(VN);
    assertThat(x.items(Paused.class))
        .containsExactly(
            new Paused(
                at("2026-04-13T09:12").atZone(ZONE),
                Optional.of(at("2026-04-17T09:12").atZone(ZONE)),
                Optional.of(Duration.ofHours(32)),
                "supplement requested",
                "officer-17"));
    assertThat(x.summary(EN))
        .isEqualTo(
            "15 working days from 09:12 on 9 April 2026, paused 4 days (supplement requested),"
                + " skipping 27 April, 30 April and 1 May: due 09:12 on 11 May 2026");
    assertThat(x.summary(VI))
        .isEqualTo(
            "15 ngày làm việc từ 09:12 ngày 9/4/2026, tạm dừng 4 ngày (supplement requested),"
                + " không tính 27/4, 30/4 và 1/5: hạn 09:12 ngày 11/5/2026");
    assertThat(x.render(EN))
        .contains(
            "Paused from 09:12 on Monday 13 April 2026 to 09:12 on Friday 17 April 2026 (4 days of"
                + " working time): supplement requested.");
    assertThat(x.render(VI))
        .contains(
            "Tạm dừng từ 09:12 thứ Hai, ngày 13/4/2026 đến 09:12 thứ Sáu, ngày 17/4/2026 (4 ngày"
                + " làm việc): supplement requested.");
  }

  @Test
  void aPausedClockSaysWhatIsLeftInsteadOfADue() {
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(2), WORKING_TIME, at("2026-03-09T09:00"), "d")
            .pause(at("2026-03-09T14:00"), "supplement requested", "o");
    Explanation x = c.explain(VN);
    assertThat(x.items(Due.class)).isEmpty();
    assertThat(x.items(AwaitingResume.class))
        .containsExactly(new AwaitingResume(Duration.ofMinutes(12 * 60 + 30)));
    assertThat(x.summary(EN))
        .isEqualTo(
            "2 working days from 09:00 on 9 March 2026, paused since 14:00 on 9 March 2026"
                + " (supplement requested): paused, 1 day 4 hours left");
    assertThat(x.summary(VI))
        .isEqualTo(
            "2 ngày làm việc từ 09:00 ngày 9/3/2026, tạm dừng từ 14:00 ngày 9/3/2026 (supplement"
                + " requested): đang tạm dừng, còn 1 ngày 4 giờ");
    assertThat(x.render(EN))
        .contains("Paused since 14:00 on Monday 9 March 2026: supplement requested.")
        .contains(
            "Paused: the due is set when the clock resumes, with 1 day 4 hours of working time"
                + " left.");
  }

  @Test
  void restartsAndExtensionsAreExplained() {
    DeadlineClock c =
        DeadlineClock.start(TimeLimit.workingDays(2), END_OF_DAY, at("2026-03-09T09:00"), "d")
            .extend(TimeLimit.workingDays(1), at("2026-03-09T10:00"), "complex case", "l")
            .pause(at("2026-03-09T14:00"), "supplement requested", "o")
            .restart(at("2026-03-12T10:00"), "d")
            .extend(TimeLimit.workingDays(2), at("2026-03-12T11:00"), "site inspection", "l");
    Explanation x = c.explain(VN);
    assertThat(x.items(Restarted.class))
        .containsExactly(
            new Restarted(
                at("2026-03-12T10:00").atZone(ZONE), at("2026-03-12T10:00").atZone(ZONE), "d"));
    assertThat(x.items(Extended.class)).extracting(Extended::counted).containsExactly(false, true);
    assertThat(x.items(Due.class)).containsExactly(new Due(at("2026-03-18T17:00").atZone(ZONE)));
    assertThat(x.summary(EN))
        .isEqualTo(
            "2 working days from 10:00 on 12 March 2026 (restarted), extended by 2 working days"
                + " (site inspection): due 17:00 on 18 March 2026");
    assertThat(x.render(EN))
        .contains(
            "Extended by 1 working day at 10:00 on Monday 9 March 2026: complex case (no"
                + " longer counted after the restart).")
        .contains(
            "Paused from 14:00 on Monday 9 March 2026 to 10:00 on Thursday 12 March 2026:"
                + " supplement requested.")
        .contains(
            "Restarted with the whole time limit at 10:00 on Thursday 12 March 2026;"
                + " counting again from 10:00 on Thursday 12 March 2026.")
        .contains(
            "counted from the working day after receipt, ending at the close of working day"
                + " 2 (Civil Code arts. 147, 148).");
    assertThat(x.render(VI))
        .contains(
            "Gia hạn thêm 2 ngày làm việc lúc 11:00 thứ Năm, ngày 12/3/2026: site inspection.")
        .contains("Tính lại từ đầu lúc 10:00 thứ Năm, ngày 12/3/2026");
  }

  @Test
  void calendarDaysMovedOffAWeekendAreExplained() {
    Deadline d = CALC.compute(at("2026-03-13T09:00"), TimeLimit.calendarDays(1), CALENDAR_DAYS);
    assertThat(d.explanation().render(EN))
        .contains(
            "The last day of the limit, Saturday 14 March 2026, is not a working day (a weekly rest"
                + " day): the due moves to the close of the next working day, Monday 16 March 2026.")
        .contains(
            "Calendar days count every day, so the days off within the limit are counted: 1 weekly"
                + " rest day.")
        .doesNotContain("Not counted");
    assertThat(d.explanation().render(VI))
        .contains(
            "Ngày cuối của thời hạn (thứ Bảy, 14/3/2026) không phải ngày làm việc (ngày nghỉ hằng"
                + " tuần) nên hạn chuyển sang cuối ngày làm việc tiếp theo, thứ Hai, 16/3/2026.")
        .doesNotContain("Không tính");
  }

  @Test
  void makeUpWorkingDaysAreSaidToCount() {
    // 2 January 2026 is a swapped day off, made up on Saturday 10 January
    Deadline d = CALC.compute(at("2025-12-31T09:00"), TimeLimit.workingDays(6), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-01-10T17:00"));
    DaysSkipped s = d.explanation().items(DaysSkipped.class).get(0);
    assertThat(s.makeupWorkingDays()).containsExactly(LocalDate.parse("2026-01-10"));
    assertThat(d.explanation().render(EN))
        .contains("Counted as make-up working days: Saturday 10 January 2026.");
  }

  @Test
  void daysInYearsWithoutAnAnnouncedScheduleAreSaidToBeProvisional() {
    Deadline d = CALC.compute(at("2026-12-21T09:00"), TimeLimit.workingDays(15), WORKING_TIME);
    assertThat(d.explanation().items(Explanation.ProvisionalYears.class))
        .containsExactly(new Explanation.ProvisionalYears(List.of(2027)));
    assertThat(d.explanation().render(EN))
        .contains("The days off of 2027 are provisional, computed from the Labour Code");
    assertThat(d.explanation().render(VI)).contains("Ngày nghỉ năm 2027 là dự kiến");
    Deadline announced =
        CALC.compute(at("2026-03-09T09:00"), TimeLimit.workingDays(15), WORKING_TIME);
    assertThat(announced.explanation().items(Explanation.ProvisionalYears.class)).isEmpty();
  }

  @Test
  void receiptOutsideWorkingHoursAndEndOfDayZeroAreExplained() {
    Deadline d = CALC.compute(at("2026-03-09T18:30"), TimeLimit.workingDays(0), END_OF_DAY);
    assertThat(d.explanation().render(EN))
        .contains(
            "Received outside working hours: counting starts at 07:30 on Tuesday 10 March 2026.")
        .contains("ending at the close of the day of receipt");
    assertThat(d.explanation().render(VI)).contains("kết thúc vào cuối ngày tiếp nhận");
  }
}
