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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples, bad input, dated days and variants of {@link WorkingCalendar}. */
class WorkingCalendarTest {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Instant at(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ZONE).toInstant();
  }

  @Test
  void receivedMondayAtNineWithEightHoursIsDueTuesdayAtNine() {
    assertThat(VN.addWorkingTime(at("2026-03-02T09:00"), Duration.ofHours(8)))
        .isEqualTo(at("2026-03-03T09:00"));
  }

  @Test
  void aDeadlineEndingWithTheMorningPeriodEndsAtElevenThirtyNotOnePm() {
    assertThat(VN.addWorkingTime(at("2026-03-02T07:30"), Duration.ofHours(4)))
        .isEqualTo(at("2026-03-02T11:30"));
    assertThat(VN.addWorkingTime(at("2026-03-02T09:00"), Duration.ofMinutes(150)))
        .isEqualTo(at("2026-03-02T11:30"));
    assertThat(VN.addWorkingTime(at("2026-03-02T13:00"), Duration.ofHours(4)))
        .isEqualTo(at("2026-03-02T17:00"));
  }

  @Test
  void countingBeginsAtTheNextWorkingInstant() {
    // Received Saturday evening: counting starts Monday 07:30.
    assertThat(VN.addWorkingTime(at("2026-03-07T19:00"), Duration.ofHours(1)))
        .isEqualTo(at("2026-03-09T08:30"));
    assertThat(VN.nextWorkingInstant(at("2026-03-02T12:00"))).isEqualTo(at("2026-03-02T13:00"));
    assertThat(VN.previousWorkingInstant(at("2026-03-02T12:00"))).isEqualTo(at("2026-03-02T11:30"));
    assertThat(VN.previousWorkingInstant(at("2026-03-09T07:00"))).isEqualTo(at("2026-03-06T17:00"));
  }

  @Test
  void negativeDurationsSubtractAndLandOnAnOpening() {
    assertThat(VN.addWorkingTime(at("2026-03-03T14:00"), Duration.ofHours(-1)))
        .isEqualTo(at("2026-03-03T13:00"));
    assertThat(VN.addWorkingTime(at("2026-03-03T11:30"), Duration.ofHours(-4)))
        .isEqualTo(at("2026-03-03T07:30"));
    assertThat(VN.addWorkingTime(at("2026-03-03T09:00"), Duration.ofHours(-8)))
        .isEqualTo(at("2026-03-02T09:00"));
  }

  @Test
  void workingTimeBetweenIsExactToTheNanosecondAndSigned() {
    Instant a = at("2026-03-02T09:00").plusNanos(1);
    Instant b = at("2026-03-03T09:00");
    assertThat(VN.workingTimeBetween(a, b)).isEqualTo(Duration.ofHours(8).minusNanos(1));
    assertThat(VN.workingTimeBetween(b, a)).isEqualTo(Duration.ofHours(8).minusNanos(1).negated());
    assertThat(VN.workingTimeBetween(a, a)).isZero();
  }

  @Test
  void tetSkipsTheWholeBreak() {
    // Tết 2026: Saturday 14 to Sunday 22 February.
    assertThat(VN.addWorkingDays(LocalDate.of(2026, 2, 13), 1))
        .isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(VN.addWorkingDays(LocalDate.of(2026, 2, 23), -1))
        .isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(VN.addWorkingDays(LocalDate.of(2026, 2, 18), 0))
        .isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(VN.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23)))
        .isEqualTo(1);
    assertThat(VN.addWorkingTime(at("2026-02-13T16:00"), Duration.ofHours(2)))
        .isEqualTo(at("2026-02-23T08:30"));
  }

  @Test
  void openingAndClosingOfAWorkingDay() {
    assertThat(VN.openingInstant(LocalDate.of(2026, 3, 2))).isEqualTo(at("2026-03-02T07:30"));
    assertThat(VN.closingInstant(LocalDate.of(2026, 3, 2))).isEqualTo(at("2026-03-02T17:00"));
    assertThat(VN.closingInstant(LocalDate.of(2026, 1, 10))).isEqualTo(at("2026-01-10T17:00"));
    assertThatThrownBy(() -> VN.closingInstant(LocalDate.of(2026, 4, 30)))
        .isInstanceOf(NotAWorkingDayException.class)
        .hasMessageContaining("2026-04-30 is not a working day")
        .hasMessageContaining("Victory/Reunification Day 30/4");
  }

  @Test
  void aYearOfWorkingDaysCostsNoMoreThanADay() {
    // Not a timing test: the answer for 10 years comes from year totals, and must be right.
    LocalDate start = LocalDate.of(2016, 6, 15);
    LocalDate end = VN.addWorkingDays(start, 2500);
    assertThat(VN.workingDaysBetween(start, end)).isEqualTo(2500);
    assertThat(VN.addWorkingDays(end, -2500)).isEqualTo(start);
    Instant s = at("2016-06-15T10:00");
    Duration tenYears = Duration.ofHours(8L * 2500);
    assertThat(VN.workingTimeBetween(s, VN.addWorkingTime(s, tenYears))).isEqualTo(tenYears);
  }

  @Test
  void datesOutsideTheRangeAreRefusedNamingTheRange() {
    assertThatThrownBy(() -> VN.describe(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("1899-12-31 is outside the supported range 1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> VN.addWorkingDays(LocalDate.of(2199, 12, 20), 30))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("reaches past the supported range");
    assertThatThrownBy(() -> VN.addWorkingDays(LocalDate.of(1900, 1, 5), -30))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> VN.addWorkingTime(Instant.MAX, Duration.ofHours(1)))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> VN.addWorkingTime(Instant.MIN, Duration.ofHours(1)))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> VN.addWorkingTime(at("2026-01-05T08:00"), Duration.ofDays(400 * 366)))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> VN.isProvisional(1800)).isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> VN.workingTimeBetween(Instant.EPOCH, Instant.MAX))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThat(VN.describe(WorkingCalendar.MIN_DATE).reason()).startsWith("New Year");
    assertThat(VN.isWorkingDay(WorkingCalendar.MIN_DATE.plusDays(1))).isTrue();
    assertThat(VN.describe(WorkingCalendar.MAX_DATE).date()).isEqualTo(WorkingCalendar.MAX_DATE);
  }

  @Test
  void nullArgumentsAreRefusedNamingTheParameter() {
    Instant now = at("2026-03-02T09:00");
    LocalDate today = LocalDate.of(2026, 3, 2);
    assertThatThrownBy(() -> VN.addWorkingTime(null, Duration.ZERO)).hasMessage("start");
    assertThatThrownBy(() -> VN.addWorkingTime(now, null)).hasMessage("d");
    assertThatThrownBy(() -> VN.workingTimeBetween(null, now)).hasMessage("a");
    assertThatThrownBy(() -> VN.workingTimeBetween(now, null)).hasMessage("b");
    assertThatThrownBy(() -> VN.addWorkingDays(null, 1)).hasMessage("start");
    assertThatThrownBy(() -> VN.workingDaysBetween(today, null)).hasMessage("b");
    assertThatThrownBy(() -> VN.describe(null)).hasMessage("date");
    assertThatThrownBy(() -> VN.nextWorkingInstant(null)).hasMessage("instant");
    assertThatThrownBy(() -> VN.daysOff(null, today)).hasMessage("from");
    assertThatThrownBy(() -> VN.addWorkingTime(null, Duration.ZERO))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aVariantWorksSaturdayMorningsAndClosesOnALocalFestivalLeavingTheBaseUnchanged() {
    WorkingCalendar desk =
        VN.variant("desk-hai-chau")
            .workingDay(DayOfWeek.SATURDAY, WorkingPeriod.parse("07:30-11:30"))
            .dayOff(LocalDate.of(2026, 3, 30), "local festival")
            .build();
    LocalDate saturday = LocalDate.of(2026, 3, 7);
    assertThat(desk.describe(saturday).periods())
        .containsExactly(WorkingPeriod.parse("07:30-11:30"));
    assertThat(desk.describe(LocalDate.of(2026, 3, 30)).reason()).isEqualTo("local festival");
    assertThat(desk.isWorkingDay(LocalDate.of(2026, 3, 30))).isFalse();
    // The base's holidays and announced breaks still apply; its make-up Saturday is a full day.
    assertThat(desk.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
    assertThat(desk.isWorkingDay(LocalDate.of(2026, 5, 2))).isFalse();
    assertThat(desk.describe(LocalDate.of(2026, 1, 10)).periods())
        .isEqualTo(WorkingWeek.publicSector().periods(DayOfWeek.MONDAY));
    assertThat(desk.addWorkingTime(at("2026-03-06T16:00"), Duration.ofHours(2)))
        .isEqualTo(at("2026-03-07T08:30"));
    assertThat(desk.base()).contains(VN);
    assertThat(desk.isProvisional(2027)).isTrue();
    assertThat(desk.rules()).isEqualTo(VN.rules());
    assertThat(desk.localDays()).extracting(SpecialDay::reason).containsExactly("local festival");
    // The base is unchanged.
    assertThat(VN.isWorkingDay(saturday)).isFalse();
    assertThat(VN.isWorkingDay(LocalDate.of(2026, 3, 30))).isTrue();
    assertThat(VN.addWorkingTime(at("2026-03-06T16:00"), Duration.ofHours(2)))
        .isEqualTo(at("2026-03-09T08:30"));
    assertThat(VN.localDays()).isEmpty();
    // A variant is rebuilt equal from its builder, and may not change what its base owns.
    assertThat(desk.toBuilder().build()).isEqualTo(desk);
    assertThatThrownBy(() -> desk.toBuilder().rules(HolidayRules.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("from its base 'vietnam'");
  }

  @Test
  void aVariantOfAVariantStacksItsOverrides() {
    WorkingCalendar desk =
        VN.variant("desk")
            .workingDay(DayOfWeek.SATURDAY, WorkingPeriod.parse("07:30-11:30"))
            .build();
    WorkingCalendar summer =
        desk.variant("desk-summer")
            .workingDay(LocalDate.of(2026, 5, 2), "open during the break")
            .build();
    assertThat(summer.describe(LocalDate.of(2026, 5, 2)).periods())
        .isEqualTo(WorkingWeek.publicSector().periods(DayOfWeek.MONDAY));
    assertThat(summer.describe(LocalDate.of(2026, 3, 7)).isWorking()).isTrue();
    assertThat(desk.isWorkingDay(LocalDate.of(2026, 5, 2))).isFalse();
  }

  @Test
  void localDaysOverrideHolidaysAndTheWeek() {
    WorkingCalendar cal =
        VN.toBuilder()
            .name("vietnam-with-local")
            .workingDay(
                LocalDate.of(2026, 4, 30), "open for elections", WorkingPeriod.parse("08:00-10:00"))
            .dayOff(LocalDate.of(2026, 3, 3), "closure")
            .build();
    assertThat(cal.describe(LocalDate.of(2026, 4, 30)).kind())
        .isEqualTo(DayKind.MAKEUP_WORKING_DAY);
    assertThat(cal.openingInstant(LocalDate.of(2026, 4, 30))).isEqualTo(at("2026-04-30T08:00"));
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 3))).isFalse();
    assertThat(cal.year(2026).days())
        .filteredOn(d -> d.origin() == SpecialDay.Origin.LOCAL)
        .hasSize(2);
    assertThat(
            cal.toBuilder()
                .removeDay(LocalDate.of(2026, 3, 3))
                .build()
                .isWorkingDay(LocalDate.of(2026, 3, 3)))
        .isTrue();
  }

  @Test
  void builderRefusesBadSettingsWhereTheyAreSet() {
    WorkingCalendar.Builder b = WorkingCalendar.builder("x");
    assertThatThrownBy(() -> b.workingDay(DayOfWeek.MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("restDay");
    assertThatThrownBy(
            () ->
                b.workingDay(
                    DayOfWeek.MONDAY,
                    WorkingPeriod.parse("07:30-11:30"),
                    WorkingPeriod.parse("11:00-12:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not overlap");
    assertThatThrownBy(() -> b.dayOff(LocalDate.of(2200, 1, 1), "x"))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> b.dayOff(LocalDate.of(2100, 1, 1), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.standardDay(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingCalendar.builder(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCalendarWithoutRulesHasNoProvisionalYearAndNoHolidays() {
    WorkingCalendar plain = WorkingCalendar.builder("plain").build();
    assertThat(plain.isProvisional(2026)).isFalse();
    assertThat(plain.isWorkingDay(LocalDate.of(2026, 4, 30))).isTrue();
    assertThat(plain.year(2026).days()).isEmpty();
  }

  @Test
  void tablesBuiltConcurrentlyOnFirstUseGiveTheSameAnswers() throws Exception {
    // A fresh calendar each time, so that every year's table is built by racing threads.
    WorkingCalendar fresh = VN.toBuilder().name("fresh").build();
    WorkingCalendar oneThread = VN.toBuilder().name("fresh").build();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int first = 2000 + i;
        answers.add(
            pool.submit(
                () ->
                    fresh.workingDaysBetween(
                        LocalDate.of(first, 1, 1), LocalDate.of(2040, 12, 31))));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get())
            .isEqualTo(
                oneThread.workingDaysBetween(
                    LocalDate.of(2000 + i, 1, 1), LocalDate.of(2040, 12, 31)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCalendarWithNoWorkingTimeRunsOutOfRangeInsteadOfLooping() {
    WorkingCalendar never =
        WorkingCalendar.builder("never").week(WorkingWeek.builder().build()).build();
    assertThatThrownBy(() -> never.nextWorkingInstant(at("2026-03-02T09:00")))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> never.addWorkingDays(LocalDate.of(2026, 3, 2), 1))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThat(never.workingTimeBetween(at("2026-03-02T09:00"), at("2036-03-02T09:00"))).isZero();
  }
}
