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

import io.github.motcua.calendar.Observance.Part;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vietnamese Culture Day (24 November, Resolution 28/2026/QH16 in force 1 July 2026): the rule and
 * its start, no compensatory day, how it combines with the 2026 schedule announced before it, and
 * the one-line corrections.
 */
class CultureDayTest {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();
  private static final LocalDate CULTURE_DAY_2026 = LocalDate.of(2026, 11, 24);
  private static final Observance CULTURE_DAY = Observance.of(Holiday.CULTURE_DAY, Part.HOLIDAY);

  @Test
  void tuesday24November2026IsOffInTheAnnouncedYearByTheRuleWithItsBasis() {
    assertThat(VN.isProvisional(2026)).isFalse();
    assertThat(VN.isWorkingDay(CULTURE_DAY_2026)).isFalse();
    assertThat(VN.isWorkingDay(CULTURE_DAY_2026.minusDays(1))).isTrue();
    assertThat(VN.isWorkingDay(CULTURE_DAY_2026.plusDays(1))).isTrue();
    SpecialDay day =
        VN.year(2026).daysOff().stream()
            .filter(d -> d.date().equals(CULTURE_DAY_2026))
            .findFirst()
            .orElseThrow();
    assertThat(day.kind()).isEqualTo(Kind.HOLIDAY);
    assertThat(day.origin()).isEqualTo(Origin.RULES);
    assertThat(day.observance()).contains(CULTURE_DAY);
    assertThat(day.source()).contains("Resolution 28/2026/QH16, Art. 2");
    assertThat(day.reason())
        .startsWith("Vietnamese Culture Day (Ngay Van hoa Viet Nam) - statutory holiday")
        .contains("not in the announced 2026 schedule");
    // 2 December instead of 1 December: the day a deadline crossing it moves by
    assertThat(VN.addWorkingDays(LocalDate.of(2026, 11, 23), 6))
        .isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void theRuleStartsWithItsEntryIntoForce() {
    HolidayRules rules = HolidayRules.vietnam();
    WorkingWeek week = WorkingWeek.publicSector();
    assertThat(Holiday.CULTURE_DAY.inForceFrom()).contains(LocalDate.of(2026, 7, 1));
    assertThat(rules.holidays(2025, week))
        .noneMatch(d -> d.observance().map(CULTURE_DAY::equals).orElse(false));
    for (int year : new int[] {2026, 2027, 2040, 2199}) {
      assertThat(rules.holidays(year, week))
          .filteredOn(d -> d.observance().map(CULTURE_DAY::equals).orElse(false))
          .extracting(SpecialDay::date)
          .containsExactly(LocalDate.of(year, 11, 24));
    }
    assertThat(VN.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
  }

  @Test
  void cultureDayOnAWeekendGivesNoCompensatoryDayAsItIsNotInArticle112() {
    // 24/11/2029 is a Saturday, 24/11/2030 a Sunday: Art. 111(3) names only Art. 112(1).
    for (int year : new int[] {2029, 2030}) {
      CalendarYear y = VN.year(year);
      assertThat(y.provisional()).isTrue();
      assertThat(y.daysOff())
          .filteredOn(
              d ->
                  d.observance().map(o -> o.holidays().contains(Holiday.CULTURE_DAY)).orElse(false))
          .singleElement()
          .satisfies(d -> assertThat(d.kind()).isEqualTo(Kind.HOLIDAY));
    }
    assertThat(VN.isWorkingDay(LocalDate.of(2029, 11, 26))).isTrue();
    assertThat(VN.isWorkingDay(LocalDate.of(2030, 11, 25))).isTrue();
    // The Labour Code holidays still are: 1/1/2028 (Saturday) gives Monday 3/1/2028.
    assertThat(VN.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
  }

  @Test
  void theProvisional2027IncludesCultureDay() {
    assertThat(VN.isProvisional(2027)).isTrue();
    DayInfo info = VN.describe(LocalDate.of(2027, 11, 24));
    assertThat(info.isWorking()).isFalse();
    assertThat(info.observance()).contains(CULTURE_DAY);
  }

  @Test
  void anAnnouncementThatNamesCultureDayOrListsItsDateTakesPrecedence() {
    // A 2027 announcement that moves the day off to Friday 26 November: it names the holiday.
    AnnouncedSchedule moved =
        csv(
            """
            date,kind,reason,source
            2027-11-26,off,Vietnamese Culture Day - swapped day off (hoan doi),notice 2027
            """);
    WorkingCalendar cal = VN.toBuilder().schedule(moved).build();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 11, 26))).isFalse();
    // One that lists the date as worked, with a free-text reason.
    AnnouncedSchedule worked =
        csv(
            """
            date,kind,reason,source
            2027-11-24,makeup_workday,worked by decision,notice 2027
            """);
    assertThat(VN.toBuilder().schedule(worked).build().isWorkingDay(LocalDate.of(2027, 11, 24)))
        .isTrue();
  }

  @Test
  void oneCsvLineCorrectsOneDayAndNothingElse(@TempDir Path dir) throws IOException {
    Path fixes = dir.resolve("vn-fixes.csv");
    Files.writeString(
        fixes,
        """
        date,kind,reason,source
        2026-11-24,makeup_workday,Culture Day not observed by this agency,internal notice
        """);
    WorkingCalendar cal = VN.toBuilder().amend(AnnouncedSchedule.read(fixes)).build();
    assertThat(cal.isWorkingDay(CULTURE_DAY_2026)).isTrue();
    assertThat(cal.describe(CULTURE_DAY_2026).reason())
        .isEqualTo("Culture Day not observed by this agency");
    assertThat(cal.isProvisional(2026)).isFalse();
    assertThat(cal.amendments()).hasSize(1);
    sameEverywhereBut(cal, CULTURE_DAY_2026);
  }

  @Test
  void oneYamlLineCorrectsOneDayInACalendarDefinition() {
    CalendarDefinition def =
        CalendarDefinition.fromYaml(
            """
            name: vietnam
            rules: {holidays: vietnam}
            schedules:
              - bundled: vietnam
            amendments:
              - years: [2026]
                days:
                  - {date: 2026-11-23, kind: off, reason: swapped day off for Culture Day}
            """);
    WorkingCalendar cal = def.calendar();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
    assertThat(cal.isWorkingDay(CULTURE_DAY_2026)).isFalse();
    sameEverywhereBut(cal, LocalDate.of(2026, 11, 23));
    assertThat(CalendarDefinition.fromYaml(def.toYaml())).isEqualTo(def);
    assertThat(CalendarDefinition.fromJson(def.toJson())).isEqualTo(def);
  }

  /** Every date of 2019–2027 but one is worked or not exactly as in the bundled calendar. */
  private static void sameEverywhereBut(WorkingCalendar cal, LocalDate except) {
    for (LocalDate d = LocalDate.of(2018, 12, 1);
        d.isBefore(LocalDate.of(2028, 1, 1));
        d = d.plusDays(1)) {
      if (!d.equals(except)) {
        assertThat(cal.describe(d)).as("%s", d).isEqualTo(VN.describe(d));
      }
    }
  }

  private static AnnouncedSchedule csv(String text) {
    return AnnouncedSchedule.readCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  @Test
  void cultureDayNamesItsLawForExplanations() {
    assertThat(Holiday.CULTURE_DAY.legalBasis()).contains("Nghị quyết 28/2026/QH16");
    assertThat(Holiday.CULTURE_DAY.englishLegalBasis()).contains("Resolution 28/2026/QH16");
    assertThat(Holiday.TET.legalBasis()).isEqualTo(Optional.empty());
    assertThat(Holiday.ofTitle("Ngày Văn hóa Việt Nam")).isEqualTo(Holiday.CULTURE_DAY);
  }
}
