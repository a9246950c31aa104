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
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "2019, 2019-02-05",
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
  })
  void tetMatchesTheAnnouncedSchedules(int year, LocalDate tet) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    assertThat(LunarCalendar.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(tet);
  }

  @ParameterizedTest(name = "Hùng Kings {0} is {1}")
  @CsvSource({
    "2019, 2019-04-14",
    "2020, 2020-04-02",
    "2021, 2021-04-21",
    "2022, 2022-04-10",
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
  })
  void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
    assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(day);
    assertThat(LunarCalendar.toLunar(day)).isEqualTo(LunarDate.of(year, 3, 10));
  }

  /**
   * The years where the UTC+7 meridian makes Tết differ from China's (UTC+8): 1985 by a whole month
   * (month 11 of 1984 begins a day earlier in Vietnam, so the leap month moves), 1968, 2007 and
   * 2030 by a day.
   */
  @ParameterizedTest(name = "Tết {0} in Vietnam is {1}")
  @CsvSource({
    "1968, 1968-01-29",
    "1985, 1985-01-21",
    "2007, 2007-02-17",
    "2030, 2030-02-02",
  })
  void tetFollowsTheVietnameseMeridianWhereItDiffersFromChina(int year, LocalDate tet) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
  }

  @ParameterizedTest(name = "{0} has leap month {1}")
  @CsvSource({
    "2017, 6",
    "2020, 4",
    "2023, 2",
    "2025, 6",
    "2028, 5",
    "2031, 3",
    "2033, 11",
  })
  void leapMonthsOfRecentAndComingYears(int year, int leapMonth) {
    assertThat(LunarCalendar.leapMonth(year)).isEqualTo(OptionalInt.of(leapMonth));
    assertThat(LunarCalendar.months(year)).hasSize(13);
  }

  @ParameterizedTest(name = "{0} has no leap month")
  @CsvSource({"2019", "2021", "2022", "2024", "2026", "2027", "2029", "2030"})
  void ordinaryYearsHaveTwelveMonths(int year) {
    assertThat(LunarCalendar.leapMonth(year)).isEmpty();
    assertThat(LunarCalendar.months(year)).hasSize(12);
  }

  /** Lunar days named in the government announcements (official-schedules.md). */
  @ParameterizedTest(name = "{0} is {1}/{2}/{3}")
  @CsvSource({
    "2019-02-02, 2018, 12, 28", // 28 tháng Chạp
    "2026-02-14, 2025, 12, 27", // 27 tháng Chạp
    "2025-01-25, 2024, 12, 26", // 26 tháng Chạp
    "2021-02-10, 2020, 12, 29", // 29 Tết
    "2021-02-16, 2021, 1, 5", // mùng 5
    "2023-01-20, 2022, 12, 29", // 29 Tết
    "2023-01-26, 2023, 1, 5", // mùng 5
    "2026-02-22, 2026, 1, 6", // mùng 6
  })
  void lunarDaysNamedInTheAnnouncements(LocalDate solar, int year, int month, int day) {
    assertThat(LunarCalendar.toLunar(solar)).isEqualTo(LunarDate.of(year, month, day));
  }

  @Test
  void aMonthBeginsOnTheVietnameseDayOfItsNewMoon() {
    // New moon 2006-06-25 at 23:05 in Vietnam (00:05 on 26 June in China).
    assertThat(LunarCalendar.toLunar(LocalDate.of(2006, 6, 25)))
        .isEqualTo(LunarDate.of(2006, 6, 1));
    // New moon 1968-01-29 at 23:29 in Hanoi: the Tết of the 1968 offensive.
    assertThat(LunarCalendar.toLunar(LocalDate.of(1968, 1, 29)))
        .isEqualTo(LunarDate.of(1968, 1, 1));
  }

  @Test
  void leapMonthDaysCarryTheLeapFlag() {
    // 2020: month 4 began 2020-04-23, leap month 4 on 2020-05-23, month 5 on 2020-06-21.
    assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 5, 22)))
        .isEqualTo(new LunarDate(2020, 4, 30, false));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 5, 23)))
        .isEqualTo(new LunarDate(2020, 4, 1, true));
    assertThat(LunarCalendar.toSolar(new LunarDate(2020, 4, 1, true)))
        .isEqualTo(LocalDate.of(2020, 5, 23));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 6, 21)))
        .isEqualTo(LunarDate.of(2020, 5, 1));
  }

  @Test
  void aLeapElevenBelongsToTheYearBeforeTheFollowingTet() {
    List<LunarMonth> months = LunarCalendar.months(2033);
    assertThat(months).hasSize(13);
    assertThat(months.get(11))
        .extracting(LunarMonth::month, LunarMonth::leapMonth)
        .containsExactly(11, true);
    assertThat(months.get(12).month()).isEqualTo(12);
    assertThat(months.get(12).lastDay().plusDays(1)).isEqualTo(LunarCalendar.newYear(2034));
  }

  @Test
  void monthsTileTheYearFromTetToTet() {
    List<LunarMonth> months = LunarCalendar.months(2025);
    assertThat(months.get(0).firstDay()).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(months)
        .extracting(m -> m.month() + (m.leapMonth() ? "L" : ""))
        .containsExactly("1", "2", "3", "4", "5", "6", "6L", "7", "8", "9", "10", "11", "12");
    for (int i = 1; i < months.size(); i++) {
      assertThat(months.get(i).firstDay()).isEqualTo(months.get(i - 1).lastDay().plusDays(1));
    }
    assertThat(months.get(12).lastDay().plusDays(1)).isEqualTo(LunarCalendar.newYear(2026));
    assertThat(LunarCalendar.monthLength(2025, 6, true)).isEqualTo(months.get(6).length());
  }

  @Test
  void toStringReadsLikeAVietnameseCalendar() {
    assertThat(LunarDate.of(2026, 3, 10)).hasToString("10/3/2026 âm lịch");
    assertThat(new LunarDate(2020, 4, 1, true)).hasToString("1/4 nhuận/2020 âm lịch");
  }

  @Test
  void theWholeSupportedRangeConverts() {
    assertThat(LunarCalendar.toLunar(LunarCalendar.MIN_DATE).year()).isEqualTo(1899);
    assertThat(LunarCalendar.toLunar(LunarCalendar.MAX_DATE).year()).isEqualTo(2199);
    assertThat(LunarCalendar.newYear(1900)).isEqualTo(LocalDate.of(1900, 1, 31));
    assertThat(LunarCalendar.months(LunarCalendar.MIN_YEAR)).isNotEmpty();
    assertThat(LunarCalendar.months(LunarCalendar.MAX_YEAR)).isNotEmpty();
  }

  /** Every solar day maps to the day after its predecessor's lunar date, and back. */
  @Test
  void everyDayOfTheRangeRoundTripsAndFollowsItsPredecessor() {
    LunarDate previous = LunarCalendar.toLunar(LunarCalendar.MIN_DATE);
    for (LocalDate d = LunarCalendar.MIN_DATE.plusDays(1);
        !d.isAfter(LunarCalendar.MAX_DATE);
        d = d.plusDays(1)) {
      LunarDate lunar = LunarCalendar.toLunar(d);
      assertThat(LunarCalendar.toSolar(lunar)).isEqualTo(d);
      if (lunar.day() == 1) {
        assertThat(previous.day()).as("day before %s", d).isIn(29, 30);
      } else {
        assertThat(lunar)
            .as("day after %s", previous)
            .isEqualTo(
                new LunarDate(
                    previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
      }
      previous = lunar;
    }
  }

  @Test
  void solarDatesOutsideTheRangeAreRefusedNamingTheRange() {
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("1899-12-31")
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("1900-01-01 to 2199-12-31");
  }

  @Test
  void lunarDatesWhoseSolarDateIsOutsideTheRangeAreRefused() {
    // Month 11 of lunar year 1899 began in December 1899.
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(1899, 11, 1)))
        .isInstanceOfSatisfying(
            DateOutOfRangeException.class,
            e -> {
              assertThat(e.date()).isBefore(LunarCalendar.MIN_DATE);
              assertThat(e.min()).isEqualTo(LunarCalendar.MIN_DATE);
              assertThat(e.max()).isEqualTo(LunarCalendar.MAX_DATE);
            })
        .hasMessageContaining("1/11/1899 âm lịch")
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2300, 1, 1)))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("1/1/2300 âm lịch")
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(Integer.MIN_VALUE, 1, 1)))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> LunarCalendar.newYear(1899))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("mùng 1 Tết of lunar year 1899")
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> LunarCalendar.newYear(2200))
        .isInstanceOf(DateOutOfRangeException.class);
    assertThatThrownBy(() -> LunarCalendar.newYear(Integer.MAX_VALUE))
        .isInstanceOf(DateOutOfRangeException.class);
  }

  @Test
  void yearQueriesOutsideTheSupportedYearsAreRefused() {
    assertThatThrownBy(() -> LunarCalendar.months(1898))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("lunar years 1899 to 2199 are supported");
    assertThatThrownBy(() -> LunarCalendar.leapMonth(2200))
        .isInstanceOf(DateOutOfRangeException.class)
        .hasMessageContaining("lunar years 1899 to 2199 are supported");
    assertThatThrownBy(() -> LunarCalendar.monthLength(3000, 1, false))
        .isInstanceOf(DateOutOfRangeException.class);
  }

  @Test
  void aThirteenthMonthIsInvalid() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2026, 13, 1)))
        .isInstanceOfSatisfying(
            InvalidLunarDateException.class,
            e -> {
              assertThat(e.year()).isEqualTo(2026);
              assertThat(e.month()).isEqualTo(13);
              assertThat(e.day()).isEqualTo(1);
              assertThat(e.leapMonth()).isFalse();
            })
        .hasMessageContaining("1/13/2026 âm lịch")
        .hasMessageContaining("allowed months are 1 to 12");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2026, 0, 1)))
        .isInstanceOf(InvalidLunarDateException.class);
    assertThatThrownBy(() -> LunarCalendar.monthLength(2026, 13, false))
        .isInstanceOf(InvalidLunarDateException.class)
        .hasMessageContaining("allowed months are 1 to 12");
  }

  @Test
  void dayThirtyOfAShortMonthIsInvalid() {
    int shortMonth = 0;
    for (LunarMonth m : LunarCalendar.months(2026)) {
      if (m.length() == 29) {
        shortMonth = m.month();
        break;
      }
    }
    int month = shortMonth;
    assertThat(month).isPositive();
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2026, month, 30)))
        .isInstanceOfSatisfying(
            InvalidLunarDateException.class, e -> assertThat(e.day()).isEqualTo(30))
        .hasMessageContaining("month " + month + " of lunar year 2026 has 29 days")
        .hasMessageContaining("allowed days are 1 to 29");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2026, 1, 31)))
        .isInstanceOf(InvalidLunarDateException.class)
        .hasMessageContaining("allowed days are 1 to 29 or 30");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2026, 1, 0)))
        .isInstanceOf(InvalidLunarDateException.class);
  }

  @Test
  void theLeapFlagOnAMonthThatIsNotLeapIsInvalid() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2026, 4, 1, true)))
        .isInstanceOfSatisfying(
            InvalidLunarDateException.class, e -> assertThat(e.leapMonth()).isTrue())
        .hasMessageContaining("lunar year 2026 has no leap month");
    assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2025, 5, 1, true)))
        .isInstanceOf(InvalidLunarDateException.class)
        .hasMessageContaining("the leap month of lunar year 2025 is month 6");
    assertThatThrownBy(() -> LunarCalendar.monthLength(2025, 5, true))
        .isInstanceOf(InvalidLunarDateException.class)
        .hasMessageContaining("month 6");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> LunarCalendar.toLunar(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> LunarCalendar.toSolar(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void lunarMonthValidatesItsComponents() {
    LocalDate first = LocalDate.of(2026, 2, 17);
    assertThat(new LunarMonth(2026, 1, false, first, 29).lastDay())
        .isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(new LunarMonth(2026, 1, false, first, 29).day(29))
        .isEqualTo(LunarDate.of(2026, 1, 29));
    assertThatThrownBy(() -> new LunarMonth(2026, 1, false, first, 29).day(30))
        .isInstanceOf(InvalidLunarDateException.class)
        .hasMessageContaining("allowed days are 1 to 29");
    assertThatThrownBy(() -> new LunarMonth(2026, 13, false, first, 29))
        .isInstanceOf(InvalidLunarDateException.class);
    assertThatThrownBy(() -> new LunarMonth(2026, 1, false, first, 31))
        .isInstanceOf(InvalidLunarDateException.class)
        .hasMessageContaining("29 or 30 days");
    assertThatThrownBy(() -> new LunarMonth(2026, 1, false, null, 29))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("firstDay");
  }
}
