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

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LunarCalendarProperties {

  @Provide
  Arbitrary<LocalDate> solarDates() {
    return Arbitraries.longs()
        .between(LunarCalendar.MIN_DATE.toEpochDay(), LunarCalendar.MAX_DATE.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void solarToLunarToSolarIsTheIdentity(@ForAll("solarDates") LocalDate date) {
    assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(date))).isEqualTo(date);
  }

  @Property
  void consecutiveSolarDaysAreConsecutiveLunarDays(@ForAll("solarDates") LocalDate date) {
    if (date.equals(LunarCalendar.MAX_DATE)) {
      return;
    }
    LunarDate today = LunarCalendar.toLunar(date);
    LunarDate tomorrow = LunarCalendar.toLunar(date.plusDays(1));
    if (tomorrow.day() == 1) {
      assertThat(today.day())
          .isEqualTo(LunarCalendar.monthLength(today.year(), today.month(), today.leapMonth()));
    } else {
      assertThat(tomorrow)
          .isEqualTo(
              new LunarDate(today.year(), today.month(), today.day() + 1, today.leapMonth()));
    }
  }

  /**
   * Any (year, month, day, leap) either converts and round-trips, or is refused for exactly the
   * reasons that make it not exist.
   */
  @Property
  void lunarToSolarToLunarIsTheIdentityForDatesThatExist(
      @ForAll @IntRange(min = 1900, max = 2198) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 30) int day,
      @ForAll boolean leap) {
    LunarDate date = new LunarDate(year, month, day, leap);
    OptionalInt leapMonth = LunarCalendar.leapMonth(year);
    boolean monthExists = !leap || leapMonth.equals(OptionalInt.of(month));
    if (!monthExists) {
      assertThatThrownBy(() -> LunarCalendar.toSolar(date))
          .isInstanceOf(InvalidLunarDateException.class);
      return;
    }
    if (day > LunarCalendar.monthLength(year, month, leap)) {
      assertThatThrownBy(() -> LunarCalendar.toSolar(date))
          .isInstanceOf(InvalidLunarDateException.class)
          .hasMessageContaining("has 29 days");
      return;
    }
    assertThat(LunarCalendar.toLunar(LunarCalendar.toSolar(date))).isEqualTo(date);
  }

  @Property(tries = 300)
  void everyYearHasTwelveOrThirteenMonthsWithAtMostOneLeap(
      @ForAll @IntRange(min = LunarCalendar.MIN_YEAR, max = LunarCalendar.MAX_YEAR) int year) {
    List<LunarMonth> months = LunarCalendar.months(year);
    long leaps = months.stream().filter(LunarMonth::leapMonth).count();
    assertThat(months.size()).isIn(12, 13);
    assertThat(leaps).isEqualTo(months.size() - 12L);
    int expected = 1;
    for (int i = 0; i < months.size(); i++) {
      LunarMonth m = months.get(i);
      assertThat(m.length()).isIn(29, 30);
      if (m.leapMonth()) {
        assertThat(m.month()).isEqualTo(months.get(i - 1).month());
        assertThat(LunarCalendar.leapMonth(year)).hasValue(m.month());
      } else {
        assertThat(m.month()).isEqualTo(expected++);
      }
      if (i > 0) {
        assertThat(m.firstDay()).isEqualTo(months.get(i - 1).lastDay().plusDays(1));
      }
    }
    assertThat(expected).isEqualTo(13);
  }

  @Property(tries = 300)
  void tetFallsBetweenTheTwentyFirstOfJanuaryAndTheTwentiethOfFebruary(
      @ForAll @IntRange(min = 1900, max = 2199) int year) {
    LocalDate tet = LunarCalendar.newYear(year);
    assertThat(tet.getYear()).isEqualTo(year);
    assertThat(MonthDay.from(tet)).isBetween(MonthDay.of(1, 21), MonthDay.of(2, 20));
    assertThat(LunarCalendar.months(year).get(0).firstDay()).isEqualTo(tet);
    if (year < 2199) {
      assertThat(LunarCalendar.months(year).get(LunarCalendar.months(year).size() - 1).lastDay())
          .isEqualTo(LunarCalendar.newYear(year + 1).minusDays(1));
    }
  }

  @Property(tries = 300)
  void theWinterSolsticeFallsInMonthEleven(@ForAll @IntRange(min = 1900, max = 2199) int year) {
    // The December solstice is always on 21 or 22 December in UTC+7.
    LunarDate dec22 = LunarCalendar.toLunar(LocalDate.of(year, 12, 22));
    LunarDate dec21 = LunarCalendar.toLunar(LocalDate.of(year, 12, 21));
    assertThat(dec21.month() == 11 || dec22.month() == 11).isTrue();
  }
}
