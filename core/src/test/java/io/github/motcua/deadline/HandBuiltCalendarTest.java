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

import static io.github.motcua.deadline.DeadlineCalculatorTest.END_OF_DAY;
import static io.github.motcua.deadline.DeadlineCalculatorTest.VN;
import static io.github.motcua.deadline.DeadlineCalculatorTest.WORKING_TIME;
import static io.github.motcua.deadline.DeadlineCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.AnnouncedSchedule;
import io.github.motcua.calendar.SpecialDay;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.calendar.WorkingPeriod;
import io.github.motcua.calendar.WorkingWeek;
import io.github.motcua.deadline.Explanation.DaysSkipped;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counting, clocks and explanations on calendars other than the bundled one. */
class HandBuiltCalendarTest {
  /**
   * The bundled calendar as it was before Culture Day: 24 November 2026 corrected back to a working
   * day by a one-line amendment.
   */
  static final WorkingCalendar WITHOUT_CULTURE_DAY =
      VN.toBuilder()
          .amend(
              AnnouncedSchedule.builder("no-culture-day")
                  .year(2026)
                  .makeupWorkingDay(LocalDate.of(2026, 11, 24), "worked: Culture Day not observed")
                  .build())
          .build();

  @Test
  void theSameLedgerOnANewlyAnnouncedDayOffIsReProjected() {
    DeadlineClock c =
        DeadlineClock.start(
                TimeLimit.workingDays(10), WORKING_TIME, at("2026-11-16T09:00"), "desk-1")
            .pause(at("2026-11-17T09:00"), "supplement requested", "officer-17")
            .resume(at("2026-11-18T09:00"), "desk-1");
    assertThat(c.dueInstant(WITHOUT_CULTURE_DAY)).contains(at("2026-12-01T09:00"));
    assertThat(c.dueInstant(VN)).contains(at("2026-12-02T09:00"));
    DaysSkipped skipped = c.explain(VN).items(DaysSkipped.class).get(0);
    assertThat(skipped.daysOff())
        .singleElement()
        .satisfies(
            off -> {
              assertThat(off.date()).isEqualTo(LocalDate.of(2026, 11, 24));
              assertThat(off.kind()).isEqualTo(SpecialDay.Kind.HOLIDAY);
              assertThat(off.source()).contains("28/2026/QH16");
            });
    assertThat(c.explain(VN).render(Locale.forLanguageTag("vi")))
        .contains(
            "Không tính: thứ Ba, 24/11/2026 (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16) và 4"
                + " ngày nghỉ hằng tuần.");
    assertThat(c.explain(WITHOUT_CULTURE_DAY).items(DaysSkipped.class).get(0).daysOff()).isEmpty();
  }

  @Test
  void aDeskOpenOnSaturdayMorningsClosesSaturdaysAtHalfPastEleven() {
    WorkingCalendar desk =
        VN.variant("desk-hai-chau")
            .workingDay(DayOfWeek.SATURDAY, WorkingPeriod.parse("07:30-11:30"))
            .build();
    Deadline d =
        DeadlineCalculator.on(desk)
            .compute(at("2026-03-13T09:00"), TimeLimit.workingDays(1), END_OF_DAY);
    assertThat(d.due()).isEqualTo(at("2026-03-14T11:30"));
    Deadline w =
        DeadlineCalculator.on(desk)
            .compute(at("2026-03-13T09:00"), TimeLimit.workingDays(1), WORKING_TIME);
    // Friday 09:00-17:00 gives 6.5 hours, Saturday morning the last 1.5
    assertThat(w.due()).isEqualTo(at("2026-03-14T09:00"));
    DaysSkipped skipped = w.explanation().items(DaysSkipped.class).get(0);
    assertThat(skipped.weeklyRestDays()).isZero();
  }

  @Test
  void aCalendarInAnotherZoneWithAShortDayCountsInItsOwnZoneAndDayLength() {
    ZoneId bangkok = ZoneId.of("Asia/Bangkok");
    WorkingCalendar c =
        WorkingCalendar.builder("six-hour-days")
            .zone(bangkok)
            .week(
                WorkingWeek.builder()
                    .day(DayOfWeek.MONDAY, WorkingPeriod.parse("08:00-14:00"))
                    .day(DayOfWeek.WEDNESDAY, WorkingPeriod.parse("08:00-14:00"))
                    .standardDay(Duration.ofHours(6))
                    .build())
            .build();
    ZonedDateTime monday = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, bangkok);
    Deadline d =
        DeadlineCalculator.on(c)
            .compute(monday.toInstant(), TimeLimit.workingDays(2), WORKING_TIME);
    assertThat(d.dueLocal()).isEqualTo(ZonedDateTime.of(2026, 3, 16, 10, 0, 0, 0, bangkok));
    DaysSkipped skipped = d.explanation().items(DaysSkipped.class).get(0);
    assertThat(skipped.weeklyRestDays()).isEqualTo(5);
    assertThat(d.explanation().render(Locale.ENGLISH))
        .contains("(1 day = 6 hours)")
        .contains("Received at 10:00 on Monday 9 March 2026.");
    RemainingTime left =
        DeadlineClock.start(TimeLimit.workingDays(2), WORKING_TIME, monday.toInstant(), "d")
            .remaining(c, monday.toInstant());
    assertThat(left.toString()).isEqualTo("2 days left");
  }
}
