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

import io.github.motcua.calendar.Observance.Part;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Days off carry which national holiday they belong to, from the rules and from schedules. */
class HolidayObservanceTest {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  private static Observance observanceOn(LocalDate date) {
    return VN.daysOff(date, date).get(0).observance().orElseThrow();
  }

  private static AnnouncedSchedule csv(String text) {
    return AnnouncedSchedule.readCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  @Test
  void everyBundledAnnouncedDayNamesItsHoliday() {
    for (SpecialDay d : AnnouncedSchedule.vietnam().days()) {
      assertThat(d.observance()).as(d.reason()).isPresent();
      assertThat(d.observance().get().part() == Part.MAKEUP_WORKING_DAY)
          .as(d.reason())
          .isEqualTo(d.isWorking());
    }
  }

  @Test
  void describeCarriesTheObservanceOfSpecialDaysOnly() {
    assertThat(VN.describe(LocalDate.of(2026, 4, 27)).observance())
        .contains(Observance.of(Holiday.HUNG_KINGS, Part.COMPENSATORY_DAY_OFF));
    assertThat(VN.describe(LocalDate.of(2026, 1, 10)).observance())
        .contains(Observance.of(Holiday.NEW_YEAR, Part.MAKEUP_WORKING_DAY));
    assertThat(VN.describe(LocalDate.of(2026, 4, 28)).observance()).isEmpty();
    assertThat(VN.describe(LocalDate.of(2026, 4, 4)).observance()).isEmpty();
  }

  @Test
  void bundledDaysPlayTheirAnnouncedParts() {
    assertThat(observanceOn(LocalDate.of(2026, 4, 27)))
        .isEqualTo(Observance.of(Holiday.HUNG_KINGS, Part.COMPENSATORY_DAY_OFF));
    assertThat(observanceOn(LocalDate.of(2025, 5, 2)))
        .isEqualTo(
            new Observance(
                EnumSet.of(Holiday.LABOUR_DAY, Holiday.REUNIFICATION_DAY), Part.SWAPPED_DAY_OFF));
    assertThat(observanceOn(LocalDate.of(2025, 9, 1)))
        .isEqualTo(Observance.of(Holiday.NATIONAL_DAY, Part.ADJACENT_DAY));
    assertThat(observanceOn(LocalDate.of(2021, 2, 10)))
        .isEqualTo(Observance.of(Holiday.TET, Part.BREAK_DAY));
    assertThat(observanceOn(LocalDate.of(2026, 1, 3)))
        .isEqualTo(Observance.of(Holiday.NEW_YEAR, Part.REST_DAY_IN_BREAK));
    assertThat(observanceOn(LocalDate.of(2026, 2, 16)))
        .isEqualTo(Observance.of(Holiday.TET, Part.HOLIDAY));
    assertThat(VN.year(2026).makeupWorkingDays().get(0).observance())
        .contains(Observance.of(Holiday.NEW_YEAR, Part.MAKEUP_WORKING_DAY));
  }

  @Test
  void theRulesGiveEveryDayOffItsHoliday() {
    List<SpecialDay> days = HolidayRules.vietnam().daysOff(2027, WorkingWeek.publicSector());
    assertThat(days).allSatisfy(d -> assertThat(d.observance()).as(d.reason()).isPresent());
    assertThat(days.stream().filter(d -> d.observance().get().holidays().contains(Holiday.TET)))
        .hasSize(7) // five days, two of them on a weekend, so two compensatory days
        .allSatisfy(
            d ->
                assertThat(d.observance().get().part())
                    .isEqualTo(
                        d.kind() == Kind.HOLIDAY ? Part.HOLIDAY : Part.COMPENSATORY_DAY_OFF));
    // 1 January 2028 is a Saturday: Monday 3 January is its compensatory day
    SpecialDay compensatory =
        HolidayRules.vietnam().daysOff(2028, WorkingWeek.publicSector()).stream()
            .filter(d -> d.kind() == Kind.COMPENSATORY_DAY_OFF)
            .findFirst()
            .orElseThrow();
    assertThat(compensatory.observance().get().part()).isEqualTo(Part.COMPENSATORY_DAY_OFF);
    assertThat(compensatory.reason()).startsWith(Holiday.NEW_YEAR.reasonTitle());
    assertThat(compensatory.observance().get().holidays()).containsExactly(Holiday.NEW_YEAR);
  }

  @Test
  void aUsersScheduleMapsReasonsThatNameTheHolidaysAndKeepsOthersAsFreeText() {
    AnnouncedSchedule s =
        csv(
            """
            date,kind,reason
            2027-02-05,off,Tết Nguyên đán 2027 - statutory holiday
            2027-02-08,off,tet nguyen dan - compensatory day off (nghi bu) for 2027-02-06
            2027-05-03,off,"30/4 & 1/5 - swapped day off (hoan doi), made up on Saturday 2027-05-08"
            2027-05-08,makeup_workday,30/4 & 1/5 - working Saturday (lam bu)
            2027-11-24,off,Ngày Văn hóa Việt Nam
            """);
    assertThat(s.days())
        .extracting(SpecialDay::observance)
        .containsExactly(
            Optional.of(Observance.of(Holiday.TET, Part.HOLIDAY)),
            Optional.of(Observance.of(Holiday.TET, Part.COMPENSATORY_DAY_OFF)),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Observance.of(Holiday.CULTURE_DAY, Part.BREAK_DAY)));
    assertThat(csv(s.toCsv()).days()).isEqualTo(s.days());
  }

  @Test
  void anObservanceGivenWithTheDayWinsOverItsReason() {
    SpecialDay given =
        new SpecialDay(
            LocalDate.of(2027, 11, 24),
            Kind.DAY_OFF,
            "Ngày Văn hóa Việt Nam",
            Origin.LOCAL,
            "",
            Optional.of(Observance.of(Holiday.NATIONAL_DAY, Part.BREAK_DAY)));
    AnnouncedSchedule s = AnnouncedSchedule.builder("2027").year(2027).day(given).build();
    assertThat(s.days().get(0).origin()).isEqualTo(Origin.ANNOUNCED);
    assertThat(s.days().get(0).observance()).isEqualTo(given.observance());
  }

  @Test
  void aCalendarsOwnDaysOffAreFreeText() {
    WorkingCalendar local =
        VN.variant("da-nang").dayOff(LocalDate.of(2026, 3, 29), "Giải phóng Đà Nẵng").build();
    assertThat(local.daysOff(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29)))
        .singleElement()
        .satisfies(d -> assertThat(d.observance()).isEmpty());
  }

  @Test
  void namesReadInVietnameseAndEnglish() {
    Observance swapped =
        new Observance(Set.of(Holiday.LABOUR_DAY, Holiday.REUNIFICATION_DAY), Part.SWAPPED_DAY_OFF);
    assertThat(swapped.vietnameseName())
        .isEqualTo("Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 1/5 – nghỉ hoán đổi");
    assertThat(swapped.englishName())
        .isEqualTo(
            "Victory/Reunification Day 30/4 and International Labour Day 1/5 – swapped day off");
    assertThat(Observance.of(Holiday.TET, Part.BREAK_DAY).vietnameseName())
        .isEqualTo("Tết Nguyên đán");
    assertThat(Holiday.HUNG_KINGS.vietnameseName()).isEqualTo("Giỗ Tổ Hùng Vương");
    assertThatThrownBy(() -> new Observance(Set.of(), Part.HOLIDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one holiday");
  }
}
