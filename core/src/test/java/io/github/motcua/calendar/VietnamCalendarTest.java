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

import io.github.motcua.calendar.HolidayRules.TetPlacement;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled Vietnamese calendar against the official 2019–2026 data ({@code
 * official-days-off.csv}, a verbatim copy of the shared data set), and the holiday rules alone
 * against the same announcements.
 *
 * <p>Differences found between the rules alone (default placements) and the announcements, all of
 * them government swaps, which no rule produces: 31/12/2018 (made up 5/1/2019), 29/4/2019 (made up
 * 4/5/2019), 29/4/2024 (made up 4/5/2024), 2/5/2025 (made up 26/4/2025), 2/1/2026 (made up
 * 10/1/2026) and 31/8/2026 (made up 22/8/2026). Tết placed as "the last day of the lunar year plus
 * mùng 1–4" would differ in 2020, 2021, 2023, 2024 and 2025 by one weekday; "the last two days plus
 * mùng 1–3" (the default) reproduces every year.
 */
class VietnamCalendarTest {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  record Row(LocalDate date, String kind, String reason) {
    boolean off() {
      return kind.equals("off");
    }

    boolean weekday() {
      return date.getDayOfWeek().getValue() <= 5;
    }

    boolean swapped() {
      return reason.contains("swapped day off");
    }
  }

  static List<Row> officialRows() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = VietnamCalendarTest.class.getResourceAsStream("official-days-off.csv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      assertThat(r.readLine()).isEqualTo("date,kind,reason,source");
      String line;
      while ((line = r.readLine()) != null) {
        List<String> f = Csv.split(line);
        rows.add(new Row(LocalDate.parse(f.get(0)), f.get(1), f.get(2)));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(rows).hasSizeGreaterThan(100);
    return rows;
  }

  @Test
  void everyOfficialRowAgreesWithTheBundledCalendar() {
    for (Row row : officialRows()) {
      DayInfo info = VN.describe(row.date());
      if (row.off()) {
        assertThat(info.isWorking()).as("%s", row).isFalse();
        assertThat(info.kind()).as("%s", row).isEqualTo(DayKind.DAY_OFF);
        assertThat(info.reason()).as("%s", row).isEqualTo(row.reason());
      } else {
        assertThat(row.kind()).isEqualTo("makeup_workday");
        assertThat(row.date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(info.kind()).as("%s", row).isEqualTo(DayKind.MAKEUP_WORKING_DAY);
        assertThat(info.reason()).isEqualTo(row.reason());
        assertThat(info.periods()).isEqualTo(WorkingWeek.publicSector().periods(DayOfWeek.MONDAY));
      }
    }
  }

  @Test
  void noOtherDayOf2019To2026DepartsFromTheWeek() {
    Set<LocalDate> listed =
        officialRows().stream().map(Row::date).collect(Collectors.toCollection(TreeSet::new));
    for (LocalDate d = LocalDate.of(2019, 1, 1);
        d.isBefore(LocalDate.of(2027, 1, 1));
        d = d.plusDays(1)) {
      if (listed.contains(d) || d.equals(CULTURE_DAY_2026)) {
        continue;
      }
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      assertThat(VN.isWorkingDay(d)).as("%s", d).isEqualTo(weekday);
      assertThat(VN.describe(d).kind())
          .isEqualTo(weekday ? DayKind.WORKING_DAY : DayKind.WEEKLY_REST);
    }
  }

  /** The one day of 2019–2026 the rules add to the announcements: see {@link CultureDayTest}. */
  static final LocalDate CULTURE_DAY_2026 = LocalDate.of(2026, 11, 24);

  @Test
  void theBundledScheduleIsTheSharedDataWithAnnouncedYears() {
    AnnouncedSchedule s = AnnouncedSchedule.vietnam();
    assertThat(s.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(s.days()).hasSize(officialRows().size());
    assertThat(s.announcedYearOf(LocalDate.of(2018, 12, 31))).isEqualTo(2019);
    assertThat(s.announcedYearOf(LocalDate.of(2023, 12, 30))).isEqualTo(2024);
    assertThat(s.days(2019)).extracting(SpecialDay::date).contains(LocalDate.of(2018, 12, 29));
    assertThat(s.days()).allMatch(d -> d.origin() == Origin.ANNOUNCED && !d.source().isEmpty());
  }

  private static Set<LocalDate> weekdaysOff(WorkingCalendar cal, int year) {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5 && !cal.isWorkingDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  private static Set<LocalDate> announcedWeekdaysOff(int year, boolean withSwaps) {
    return officialRows().stream()
        .filter(r -> r.date().getYear() == year && r.off() && r.weekday())
        .filter(r -> withSwaps || !r.swapped())
        .map(Row::date)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void theRulesAloneReproduceEveryAnnouncedWeekdayOffExceptGovernmentSwaps(int year) {
    WorkingCalendar rulesOnly = VN.toBuilder().clearSchedules().build();
    assertThat(rulesOnly.isProvisional(year)).isTrue();
    Set<LocalDate> expected = announcedWeekdaysOff(year, false);
    if (year == 2026) {
      expected.add(CULTURE_DAY_2026); // in force from 1 July 2026, after the 2026 announcements
    }
    assertThat(weekdaysOff(rulesOnly, year)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022, 2023})
  void inYearsWithoutSwapsTheRulesAloneReproduceTheAnnouncementExactly(int year) {
    WorkingCalendar rulesOnly = VN.toBuilder().clearSchedules().build();
    assertThat(weekdaysOff(rulesOnly, year)).isEqualTo(announcedWeekdaysOff(year, true));
    assertThat(weekdaysOff(rulesOnly, year)).isEqualTo(weekdaysOff(VN, year));
  }

  @Test
  void theOtherTetPlacementReproducesOnly2019And2022And2026() {
    WorkingCalendar oneBefore =
        VN.toBuilder()
            .clearSchedules()
            .rules(
                HolidayRules.vietnam().toBuilder()
                    .tetPlacement(TetPlacement.ONE_BEFORE_FOUR_AFTER)
                    .build())
            .build();
    List<Integer> matching = new ArrayList<>();
    for (int year = 2019; year <= 2026; year++) {
      Set<LocalDate> tetRule = tetWeekdays(oneBefore, year);
      Set<LocalDate> tetAnnounced = tetWeekdays(VN, year);
      if (tetRule.equals(tetAnnounced)) {
        matching.add(year);
      }
    }
    assertThat(matching).containsExactly(2019, 2022, 2026);
  }

  private static Set<LocalDate> tetWeekdays(WorkingCalendar cal, int year) {
    LocalDate tet = LunarCalendar.newYear(year);
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d = tet.minusDays(7); d.isBefore(tet.plusDays(10)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5 && !cal.isWorkingDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void anUnannouncedYearIsProvisionalAndComputedFromTheRules() {
    assertThat(VN.isProvisional(2026)).isFalse();
    assertThat(VN.isProvisional(2019)).isFalse();
    assertThat(VN.isProvisional(2027)).isTrue();
    assertThat(VN.isProvisional(2018)).isTrue();
    CalendarYear y = VN.year(2027);
    assertThat(y.provisional()).isTrue();
    assertThat(y.days()).allMatch(d -> d.origin() == Origin.RULES);
    // 2027: New Year on a Friday; Tết (mùng 1 on Saturday 6 February) with the last two days of
    // the lunar year (4 and 5 February), mùng 1-3 (6 to 8 February) and nghỉ bù on 9 and 10
    // February for the weekend days. Every weekday off, as the data README (vn-holidays.md) lists
    // them: nghỉ bù on 3 May for 1 May on a Saturday, 3 September adjacent to Thursday 2 September,
    // Culture Day on Wednesday 24 November.
    assertThat(y.daysOff())
        .extracting(SpecialDay::date)
        .filteredOn(d -> d.getDayOfWeek().getValue() <= 5)
        .containsExactly(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 4),
            LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 8),
            LocalDate.of(2027, 2, 9),
            LocalDate.of(2027, 2, 10),
            LocalDate.of(2027, 4, 16),
            LocalDate.of(2027, 4, 30),
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 9, 2),
            LocalDate.of(2027, 9, 3),
            LocalDate.of(2027, 11, 24));
    assertThat(VN.describe(LocalDate.of(2027, 2, 8)).reason())
        .isEqualTo("Tet Nguyen Dan 2027 - statutory holiday");
    assertThat(VN.describe(LocalDate.of(2027, 2, 9)).reason())
        .isEqualTo("Tet Nguyen Dan 2027 - compensatory day off (nghi bu) for 2027-02-06");
    assertThat(VN.describe(LocalDate.of(2027, 2, 10)).reason())
        .isEqualTo("Tet Nguyen Dan 2027 - compensatory day off (nghi bu) for 2027-02-07");
    assertThat(VN.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
    assertThat(VN.describe(LocalDate.of(2027, 5, 1)).reason())
        .isEqualTo("International Labour Day 1/5 - statutory holiday (falls on weekly rest day)");
    assertThat(VN.describe(LocalDate.of(2027, 5, 3)).kind()).isEqualTo(DayKind.DAY_OFF);
    assertThat(y.days())
        .filteredOn(d -> d.date().equals(LocalDate.of(2027, 5, 3)))
        .singleElement()
        .extracting(SpecialDay::kind)
        .isEqualTo(Kind.COMPENSATORY_DAY_OFF);
  }

  @Test
  void everyYearOfTheSupportedRangeHasItsHolidays() {
    WorkingCalendar fresh = VN.toBuilder().name("fresh").build();
    int days = fresh.workingDaysBetween(WorkingCalendar.MIN_DATE, WorkingCalendar.MAX_DATE);
    // About 250 working days a year over 300 years; 2018 also holds 29-31 December announced for
    // 2019, hence the origin filter below.
    assertThat(days).isBetween(300 * 240, 300 * 255);
    for (int year = 1900; year <= 2199; year++) {
      CalendarYear y = fresh.year(year);
      assertThat(y.provisional()).isEqualTo(year < 2019 || year > 2026);
      // 10 statutory days up to 2020, 11 from 2021, 12 from 2026 with Culture Day (two may
      // coincide, as in 1947).
      long holidays =
          y.days().stream()
              .filter(d -> d.origin() == Origin.RULES && d.kind() != Kind.COMPENSATORY_DAY_OFF)
              .count();
      if (y.provisional()) {
        assertThat(holidays)
            .as("%d", year)
            .isBetween(
                year <= 2020 ? 9L : year <= 2025 ? 10L : 11L,
                year <= 2020 ? 10L : year <= 2025 ? 11L : 12L);
      }
    }
  }

  @Test
  void nationalDayAdjacentDayFollowsTheYearsItWasAnnounced() {
    HolidayRules rules = HolidayRules.vietnam();
    WorkingWeek week = WorkingWeek.publicSector();
    // 2/9 on Thu, Fri, Sat, Mon, Tue, Wed in 2021..2026: 3/9, 1/9, 1/9, 3/9, 1/9, 1/9.
    int[] adjacent = {3, 1, 1, 3, 1, 1};
    for (int year = 2021; year <= 2026; year++) {
      LocalDate expected = LocalDate.of(year, 9, adjacent[year - 2021]);
      assertThat(rules.holidays(year, week))
          .extracting(SpecialDay::date)
          .as("%d", year)
          .contains(expected)
          .doesNotContain(LocalDate.of(year, 9, 4 - adjacent[year - 2021]));
    }
    // The 2012 Code had one day only.
    assertThat(rules.holidays(2020, week))
        .extracting(SpecialDay::date)
        .doesNotContain(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 3));
  }

  @Test
  void compensatoryDaysSkipOtherHolidaysAndEarlierCompensatoryDays() {
    // 2023: Hùng Kings on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday.
    List<SpecialDay> days = HolidayRules.vietnam().daysOff(2023, WorkingWeek.publicSector());
    assertThat(days)
        .filteredOn(d -> d.kind() == Kind.COMPENSATORY_DAY_OFF)
        .extracting(SpecialDay::date)
        .contains(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3));
    assertThat(
            HolidayRules.vietnam().toBuilder()
                .compensatory(false)
                .build()
                .daysOff(2023, WorkingWeek.publicSector()))
        .noneMatch(d -> d.kind() == Kind.COMPENSATORY_DAY_OFF);
  }

  @Test
  void daysOffBetweenTwoDatesCarryTheirReasons() {
    List<SpecialDay> off = VN.daysOff(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 6));
    assertThat(off)
        .extracting(SpecialDay::date)
        .containsExactly(
            LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 2),
            LocalDate.of(2025, 5, 3),
            LocalDate.of(2025, 5, 4));
    assertThat(off.get(0).reason()).isEqualTo("Victory/Reunification Day 30/4 - statutory holiday");
    assertThat(off.get(2).reason()).contains("swapped day off");
    // The make-up Saturday before is worked and not a day off.
    assertThat(VN.daysOff(LocalDate.of(2025, 4, 26), LocalDate.of(2025, 4, 26))).isEmpty();
    assertThat(VN.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
  }
}
