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

import io.github.motcua.calendar.SpecialDay.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Announced schedules: reading CSV, JSON and YAML, announced years, and what they override. */
class AnnouncedScheduleTest {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  /**
   * An imagined 2027 announcement placing Tết one day later than the default rules (Friday 5 to
   * Thursday 11 February instead of Thursday 4 to Wednesday 10), with a swap on Monday 3 May.
   */
  static final String CSV_2027 =
      """
      date,kind,reason,source
      2027-01-01,holiday,New Year (Tet Duong lich) - statutory holiday,dispatch 1/2026
      2027-02-05,off,Tet Nguyen Dan 2027 - Tet day off,dispatch 1/2026
      2027-02-06,off,Tet Nguyen Dan 2027 - weekly rest day inside announced break,dispatch 1/2026
      2027-02-07,off,Tet Nguyen Dan 2027 - weekly rest day inside announced break,dispatch 1/2026
      2027-02-08,off,Tet Nguyen Dan 2027 - Tet day off,dispatch 1/2026
      2027-02-09,off,Tet Nguyen Dan 2027 - Tet day off,dispatch 1/2026
      2027-02-10,off,Tet Nguyen Dan 2027 - Tet day off,dispatch 1/2026
      2027-02-11,off,Tet Nguyen Dan 2027 - Tet day off,dispatch 1/2026
      2027-05-03,off,"30/4 & 1/5 - swapped day off (hoan doi), made up on Saturday 2027-05-08",
      2027-05-08,makeup_workday,30/4 & 1/5 - working Saturday (lam bu) replacing 2027-05-03,
      """;

  static final String YAML_2027 =
      """
      name: vn-2027
      years: [2027]
      days:
        - {date: 2027-01-01, kind: holiday, reason: New Year (Tet Duong lich) - statutory holiday, source: dispatch 1/2026}
        - {date: 2027-02-05, kind: off, reason: Tet Nguyen Dan 2027 - Tet day off, source: dispatch 1/2026}
        - {date: 2027-02-06, kind: off, reason: Tet Nguyen Dan 2027 - weekly rest day inside announced break, source: dispatch 1/2026}
        - {date: 2027-02-07, kind: off, reason: Tet Nguyen Dan 2027 - weekly rest day inside announced break, source: dispatch 1/2026}
        - {date: 2027-02-08, kind: off, reason: Tet Nguyen Dan 2027 - Tet day off, source: dispatch 1/2026}
        - {date: 2027-02-09, kind: off, reason: Tet Nguyen Dan 2027 - Tet day off, source: dispatch 1/2026}
        - {date: 2027-02-10, kind: off, reason: Tet Nguyen Dan 2027 - Tet day off, source: dispatch 1/2026}
        - {date: 2027-02-11, kind: off, reason: Tet Nguyen Dan 2027 - Tet day off, source: dispatch 1/2026}
        - date: 2027-05-03
          kind: off
          reason: "30/4 & 1/5 - swapped day off (hoan doi), made up on Saturday 2027-05-08"
        - date: 2027-05-08
          kind: makeup_workday
          reason: 30/4 & 1/5 - working Saturday (lam bu) replacing 2027-05-03
      """;

  private static AnnouncedSchedule csv(String text) {
    return AnnouncedSchedule.readCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  private static AnnouncedSchedule yaml(String text) {
    return AnnouncedSchedule.readYaml(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static AnnouncedSchedule json(String text) {
    return AnnouncedSchedule.readJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void adding2027FromAFileMakesItAnnouncedAndChangesTheAnswers(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("vn-2027.csv");
    Files.writeString(file, CSV_2027);
    AnnouncedSchedule read = AnnouncedSchedule.read(file);
    assertThat(read.name()).isEqualTo("vn-2027.csv");
    WorkingCalendar cal = VN.toBuilder().schedule(read).build();

    assertThat(VN.isProvisional(2027)).isTrue();
    assertThat(cal.isProvisional(2027)).isFalse();
    assertThat(cal.isProvisional(2026)).isFalse();
    // Every day comes from the file, except Culture Day: the file does not name it, and a holiday
    // newer than the Labour Code is law whether an announcement lists it or not.
    assertThat(cal.year(2027).days())
        .filteredOn(d -> !d.date().equals(LocalDate.of(2027, 11, 24)))
        .allMatch(d -> d.origin() == SpecialDay.Origin.ANNOUNCED);
    assertThat(cal.describe(LocalDate.of(2027, 11, 24)).observance())
        .contains(Observance.of(Holiday.CULTURE_DAY, Observance.Part.HOLIDAY));

    // Provisional: Tết off Thursday 4 to Wednesday 10; announced: Friday 5 to Thursday 11.
    LocalDate wednesday = LocalDate.of(2027, 2, 3);
    assertThat(VN.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(cal.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(cal.addWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2027, 2, 12));
    // The swap and its make-up Saturday.
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
    assertThat(cal.describe(LocalDate.of(2027, 5, 8)).kind()).isEqualTo(DayKind.MAKEUP_WORKING_DAY);
    assertThat(VN.isWorkingDay(LocalDate.of(2027, 5, 8))).isFalse();
    // An announced year takes nothing from the rules: 30/4 and 1/5 are not listed in this file.
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 4, 30))).isTrue();
    assertThat(VN.isWorkingDay(LocalDate.of(2027, 4, 30))).isFalse();
    // Earlier years are unchanged.
    assertThat(cal.year(2026)).isEqualTo(VN.year(2026));
  }

  @Test
  void csvJsonAndYamlCarryTheSameSchedule(@TempDir Path dir) throws IOException {
    AnnouncedSchedule fromCsv = csv(CSV_2027);
    AnnouncedSchedule fromYaml = yaml(YAML_2027);
    assertThat(fromYaml.years()).containsExactly(2027);
    assertThat(fromYaml.days()).isEqualTo(fromCsv.days());
    assertThat(json(fromYaml.toJson())).isEqualTo(fromYaml);
    assertThat(yaml(fromYaml.toYaml())).isEqualTo(fromYaml);
    assertThat(csv(fromYaml.toCsv()).days()).isEqualTo(fromYaml.days());
    Path file = dir.resolve("vn-2027.yml");
    Files.writeString(file, YAML_2027);
    assertThat(AnnouncedSchedule.read(file)).isEqualTo(fromYaml);
    assertThat(fromCsv.days().get(0).kind()).isEqualTo(Kind.HOLIDAY);
    assertThat(fromCsv.days().get(0).source()).isEqualTo("dispatch 1/2026");
  }

  @Test
  void theBundledScheduleRoundTripsThroughEveryFormat() {
    AnnouncedSchedule vn = AnnouncedSchedule.vietnam();
    assertThat(csv(vn.toCsv()).toBuilder().name("vietnam").build()).isEqualTo(vn);
    assertThat(json(vn.toJson())).isEqualTo(vn);
    assertThat(yaml(vn.toYaml())).isEqualTo(vn);
  }

  @Test
  void announcedYearsAreExplicitSoLateDecemberBelongsToTheNextYear() {
    AnnouncedSchedule s =
        yaml(
            """
            years: [2027]
            days:
              - {date: 2026-12-31, kind: off, reason: New Year break}
              - {date: 2027-01-01, kind: holiday, reason: New Year}
            """);
    assertThat(s.years()).containsExactly(2027);
    assertThat(s.announcedYearOf(LocalDate.of(2026, 12, 31))).isEqualTo(2027);
    // Without a year column a CSV row belongs to the year of its date; with it, to the year given.
    AnnouncedSchedule withColumn =
        csv(
            """
            date,kind,reason,year
            2026-12-31,off,New Year break,2027
            2027-01-01,holiday,New Year,2027
            """);
    assertThat(withColumn.years()).containsExactly(2027);
    assertThat(csv("date,kind,reason\n2026-12-31,off,New Year break\n").years())
        .containsExactly(2026);
    // Adding the 2027 announcement keeps 2026 as announced by the bundled schedule.
    WorkingCalendar cal = VN.toBuilder().schedule(s).build();
    assertThat(cal.announcedYears()).contains(2026, 2027);
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(VN.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
  }

  @Test
  void aLaterScheduleReplacesTheAnnouncementOfTheYearsItCovers() {
    AnnouncedSchedule corrected =
        AnnouncedSchedule.builder("vn-2026-corrected")
            .year(2026)
            .dayOff(LocalDate.of(2026, 11, 24), "Vietnamese Culture Day")
            .build();
    WorkingCalendar cal = VN.toBuilder().schedule(corrected).build();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
    assertThat(cal.isProvisional(2026)).isFalse();
  }

  @Test
  void malformedCsvNamesTheLineAndColumn() {
    assertThatThrownBy(() -> csv("date,kind,reason\n2027-02-30,off,x\n"))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessage(
            "test.csv: line 2, column 'date': a text of 10 characters is not a date; expected"
                + " YYYY-MM-DD"
                + " such as 2027-01-01");
    assertThatThrownBy(() -> csv("date,kind,reason\n2027-02-03,closed,x\n"))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("line 2, column 'kind': a text of 6 characters is not allowed");
    assertThatThrownBy(() -> csv("date,kind,reason\n2027-02-03,off,\n"))
        .hasMessageContaining("line 2, column 'reason': must not be empty");
    assertThatThrownBy(() -> csv("date,kind,why\n"))
        .hasMessageContaining("line 1: unknown column 'why'");
    assertThatThrownBy(() -> csv("date,kind\n"))
        .hasMessageContaining("line 1: the header lacks the column 'reason'");
    assertThatThrownBy(() -> csv("date,kind,reason\n2027-02-03,off,\"x\n"))
        .hasMessageContaining("line 2: a quoted field is not closed");
    assertThatThrownBy(() -> csv("date,kind,reason\n2027-02-03,off,x,y\n"))
        .hasMessageContaining("line 2: has 4 fields; the header has 3");
    assertThatThrownBy(() -> csv("date,kind,reason\n2027-02-03,off,x\n2027-02-03,off,y\n"))
        .hasMessageContaining("line 3: 2027-02-03 is listed twice");
    assertThatThrownBy(() -> csv("date,kind,reason,year\n2027-02-03,off,x,2029\n"))
        .hasMessageContaining("line 2: 2027-02-03 cannot belong to the announcement of 2029");
    assertThatThrownBy(() -> csv("date,kind,reason\n2200-01-01,off,x\n"))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("outside the supported range");
    assertThatThrownBy(() -> csv("")).hasMessageContaining("the file is empty");
  }

  @Test
  void malformedJsonAndYamlNameThePath() {
    assertThatThrownBy(
            () -> yaml("years: [2027]\ndays:\n  - {date: 2027-13-01, kind: off, reason: x}\n"))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageStartingWith("test.yaml: days[0].date: a text of 10 characters is not a date");
    assertThatThrownBy(
            () -> yaml("years: [2027]\ndays:\n  - {date: 2028-01-01, kind: off, reason: x}\n"))
        .hasMessageContaining("days[0].date: 2028-01-01 lies outside the announced years [2027]");
    assertThatThrownBy(() -> yaml("years: 2027\n"))
        .hasMessageContaining("years: must be a list; got the number 2027");
    assertThatThrownBy(() -> yaml("years: ['2027']\n"))
        .hasMessageContaining("years[0]: must be a whole number; got a text of 4 characters");
    assertThatThrownBy(() -> yaml("years: [2027]\nday: []\n"))
        .hasMessageContaining("day: unknown key 'day'; allowed here: [days, name, years]");
    assertThatThrownBy(() -> yaml("days: []\n")).hasMessageContaining("years: is required");
    assertThatThrownBy(() -> yaml("years: [2027\n"))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("is not valid YAML at line");
    assertThatThrownBy(() -> json("{\"years\": [2027], \"years\": [2028]}"))
        .hasMessageContaining("is not valid JSON")
        .hasMessageContaining("Duplicate field 'years'");
    assertThatThrownBy(() -> json("{\"years\": [2027]} {}"))
        .hasMessageContaining("unexpected content after the end of the JSON document");
    assertThatThrownBy(() -> json("")).hasMessageContaining("the document is empty");
    assertThatThrownBy(() -> json("[1]"))
        .hasMessageContaining("must be an object with the keys [days, name, years]; got a list");
  }

  @Test
  void readRefusesUnknownFileTypesAndMissingFiles(@TempDir Path dir) {
    assertThatThrownBy(() -> AnnouncedSchedule.read(dir.resolve("x.txt")))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("unknown file type");
    assertThatThrownBy(() -> AnnouncedSchedule.read(dir.resolve("missing.csv")))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("could not be read: NoSuchFileException");
  }
}
