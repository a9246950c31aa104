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

import io.github.motcua.calendar.HolidayRules.NationalDayAdjacent;
import io.github.motcua.calendar.HolidayRules.TetPlacement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar definitions in JSON and YAML: round trips, and every kind of mistake with its path. */
class CalendarDefinitionTest {

  /** The example of the class Javadoc, with its schedule file. */
  static final String EXAMPLE =
      """
      name: vietnam
      zone: Asia/Ho_Chi_Minh
      week:
        monday: [07:30-11:30, 13:00-17:00]
        tuesday: [07:30-11:30, 13:00-17:00]
        wednesday: [07:30-11:30, 13:00-17:00]
        thursday: [07:30-11:30, 13:00-17:00]
        friday: [07:30-11:30, 13:00-17:00]
      standardDay: PT8H
      rules:
        holidays: vietnam
        compensatory: true
        tetPlacement: two-before-three-after
        nationalDayAdjacent: bridge-weekend
      schedules:
        - bundled: vietnam
        - file: vn-2027.csv
        - name: vn-2028
          years: [2028]
          days:
            - {date: 2028-01-01, kind: holiday, reason: New Year}
      days:
        - {date: 2026-03-30, kind: off, reason: local festival}
        - {date: 2026-05-02, kind: working, reason: open for elections, periods: [07:30-11:30]}
      variants:
        - name: desk-hai-chau
          week: {saturday: [07:30-11:30]}
          standardDay: PT8H
          days:
            - {date: 2026-03-29, kind: off, reason: local festival}
      """;

  @Test
  void theBundledCalendarRoundTripsThroughJsonAndYaml() {
    CalendarDefinition vn = CalendarDefinition.of(WorkingCalendar.vietnam());
    assertThat(CalendarDefinition.fromYaml(vn.toYaml())).isEqualTo(vn);
    assertThat(CalendarDefinition.fromJson(vn.toJson())).isEqualTo(vn);
    assertThat(CalendarDefinition.fromYaml(vn.toYaml()).calendar())
        .isEqualTo(WorkingCalendar.vietnam());
    assertThat(vn.toYaml()).contains("bundled: vietnam").contains("holidays: vietnam");
  }

  @Test
  void theDocumentedExampleReadsAndRoundTrips(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("vn-2027.csv"), AnnouncedScheduleTest.CSV_2027);
    Path file = dir.resolve("calendars.yaml");
    Files.writeString(file, EXAMPLE);
    CalendarDefinition def = CalendarDefinition.read(file);

    WorkingCalendar cal = def.calendar();
    assertThat(cal.announcedYears()).contains(2026, 2027, 2028);
    assertThat(cal.isProvisional(2027)).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 30))).isFalse();
    assertThat(cal.describe(LocalDate.of(2026, 5, 2)).periods())
        .containsExactly(WorkingPeriod.parse("07:30-11:30"));
    WorkingCalendar desk = def.get("desk-hai-chau");
    assertThat(desk.base()).contains(cal);
    assertThat(desk.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
    assertThat(desk.isWorkingDay(LocalDate.of(2026, 3, 30))).isFalse();

    // Written back, the schedule read from the file comes inline; the meaning is kept.
    assertThat(CalendarDefinition.fromYaml(def.toYaml())).isEqualTo(def);
    assertThat(CalendarDefinition.fromJson(def.toJson())).isEqualTo(def);
    Path json = dir.resolve("calendars.json");
    Files.writeString(json, def.toJson());
    assertThat(CalendarDefinition.read(json)).isEqualTo(def);
  }

  @Test
  void aCustomCalendarWithEveryOptionRoundTrips() {
    WorkingCalendar base =
        WorkingCalendar.builder("ward-7")
            .zone(ZoneId.of("Asia/Bangkok"))
            .week(
                WorkingWeek.builder()
                    .day(
                        DayOfWeek.MONDAY,
                        WorkingPeriod.parse("07:00-09:00"),
                        WorkingPeriod.parse("09:00-11:15:30"),
                        WorkingPeriod.parse("13:30-16:45"))
                    .day(DayOfWeek.THURSDAY, WorkingPeriod.parse("08:00-12:00"))
                    .standardDay(Duration.ofMinutes(450))
                    .build())
            .rules(
                HolidayRules.vietnam().toBuilder()
                    .compensatory(false)
                    .tetPlacement(TetPlacement.ONE_BEFORE_FOUR_AFTER)
                    .nationalDayAdjacent(NationalDayAdjacent.DAY_AFTER)
                    .build())
            .schedule(
                AnnouncedSchedule.builder("local")
                    .year(2030)
                    .dayOff(LocalDate.of(2029, 12, 31), "New Year break")
                    .makeupWorkingDay(LocalDate.of(2030, 1, 5), "make-up")
                    .build())
            .dayOff(LocalDate.of(2026, 6, 1), "closure")
            .workingDay(LocalDate.of(2026, 6, 6), "open day")
            .build();
    WorkingCalendar v1 =
        base.variant("desk")
            .restDay(DayOfWeek.MONDAY)
            .workingDay(DayOfWeek.SUNDAY, WorkingPeriod.parse("08:00-10:00"))
            .standardDay(Duration.ofHours(4))
            .workingDay(LocalDate.of(2026, 6, 1), "open anyway", WorkingPeriod.parse("09:00-10:00"))
            .build();
    WorkingCalendar v2 = base.variant("plain").build();
    CalendarDefinition def = CalendarDefinition.of(base, List.of(v1, v2));
    CalendarDefinition yaml = CalendarDefinition.fromYaml(def.toYaml());
    CalendarDefinition json = CalendarDefinition.fromJson(def.toJson());
    assertThat(yaml).isEqualTo(def);
    assertThat(json).isEqualTo(def);
    assertThat(yaml.variants().keySet()).containsExactly("desk", "plain");
    assertThat(yaml.get("desk").standardDay()).isEqualTo(Duration.ofHours(4));
    assertThat(yaml.get("desk").describe(LocalDate.of(2026, 6, 1)).periods())
        .containsExactly(WorkingPeriod.parse("09:00-10:00"));
    assertThat(yaml.calendar().isWorkingDay(LocalDate.of(2029, 12, 31))).isFalse();
  }

  @Test
  void ofRefusesCalendarsThatDoNotBelongTogether() {
    WorkingCalendar vn = WorkingCalendar.vietnam();
    WorkingCalendar desk = vn.variant("desk").build();
    WorkingCalendar other = WorkingCalendar.builder("other").build();
    assertThatThrownBy(() -> CalendarDefinition.of(desk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a variant of 'vietnam'");
    assertThatThrownBy(() -> CalendarDefinition.of(other, List.of(desk)))
        .hasMessageContaining("'desk' is not a variant of 'other'");
    assertThatThrownBy(() -> CalendarDefinition.of(vn, List.of(desk, desk)))
        .hasMessageContaining("two calendars are named 'desk'");
    assertThatThrownBy(() -> CalendarDefinition.of(vn).get("nope"))
        .hasMessageContaining("no calendar named 'nope'");
  }

  private static void assertYamlFails(String yaml, String path, String problem) {
    assertThatThrownBy(() -> CalendarDefinition.fromYaml(yaml))
        .isInstanceOf(CalendarDefinitionException.class)
        .satisfies(
            e -> {
              CalendarDefinitionException x = (CalendarDefinitionException) e;
              assertThat(x.path()).isEqualTo(path);
              assertThat(x.problem()).contains(problem);
              assertThat(x.source()).isEqualTo("YAML text");
            });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          week: []                                         | week           | must be an object
          standardDay: 8                                   | standardDay    | must be text; got the number 8
          standardDay: PT0S                                | standardDay    | must be positive
          standardDay: eight hours                         | standardDay    | is not a duration
          zone: Mars/Olympus                               | zone           | is not a time zone
          zone: 7                                          | zone           | must be text
          weeks: {}                                        | weeks          | unknown key 'weeks'
          week: {Monday: []}                               | week.Monday    | unknown key 'Monday'
          week: {monday: [25:00-26:00]}                    | week.monday[0] | must look like 07:30-11:30
          week: {monday: [11:00-10:00]}                    | week.monday[0] | must end after it starts
          week: {monday: [07:30-11:30, 11:00-12:00]}       | week.monday[1] | must be in order and must not overlap
          week: {monday: 07:30-11:30}                      | week.monday    | must be a list
          rules: {holidays: china}                         | rules.holidays | a text of 5 characters is not allowed; expected one of [none, vietnam]
          rules: {compensatory: true}                      | rules.holidays | is required
          rules: {holidays: vietnam, compensatory: 'yes'}  | rules.compensatory | must be true or false
          rules: {holidays: vietnam, tetPlacement: x}      | rules.tetPlacement | expected one of [two-before-three-after, one-before-four-after]
          rules: {holidays: vietnam, colour: red}          | rules.colour   | unknown key 'colour'
          schedules: {bundled: vietnam}                    | schedules      | must be a list
          schedules: [{bundled: vietnam2}]                 | schedules[0].bundled | not a bundled schedule
          schedules: [{bundled: vietnam, years: [2027]}]   | schedules[0].years | unknown key 'years'
          schedules: [{file: x.csv}]                       | schedules[0].file | can only be named in a definition read from a file
          schedules: [{bundled: vietnam}, {years: [2027], days: [{date: 2027-02-30, kind: off, reason: x}]}] | schedules[1].days[0].date | a text of 10 characters is not a date
          schedules: [{years: [2027], days: [{date: 2027-02-03, kind: closed, reason: x}]}] | schedules[0].days[0].kind | a text of 6 characters is not allowed
          schedules: [{years: [2027], days: [{date: 2027-02-03, kind: off}]}] | schedules[0].days[0].reason | is required
          days: [{date: 2026-13-01, kind: off, reason: x}] | days[0].date   | is not a date
          days: [{date: 2300-01-01, kind: off, reason: x}] | days[0].date   | outside the supported range
          days: [{date: 2026-03-02, kind: holiday, reason: x}] | days[0].kind | expected off or working
          days: [{date: 2026-03-02, kind: off, reason: x, periods: [07:30-11:30]}] | days[0].periods | a day off has no periods
          days: [{date: 2026-03-02, kind: off, reason: x}, {date: 2026-03-02, kind: off, reason: y}] | days[1].date | listed twice
          days: [{date: 2026-03-02, kind: off, reason: ' '}] | days[0].reason | must not be blank
          variants: [{name: v}, {name: v}]                 | variants[1].name | already named 'v'
          variants: [{name: x}]                            | variants[0].name | already named 'x'
          variants: [{name: v, zone: UTC}]                 | variants[0].zone | unknown key 'zone'
          variants: [{name: v, week: {sunday: [1]}}]       | variants[0].week.sunday[0] | must be text; got the number 1
          """)
  void everyKindOfMistakeNamesItsPath(String line, String path, String problem) {
    assertYamlFails("name: x\n" + line + "\n", path, problem);
  }

  @Test
  void documentLevelMistakesAreReportedToo() {
    assertYamlFails("name: x\nweek: {monday: [07:30-11:30\n", "", "is not valid YAML at line");
    assertYamlFails("", "", "the document is empty");
    assertYamlFails("- 1\n", "", "must be an object");
    assertYamlFails("week: {}\n", "name", "is required");
    assertYamlFails("name: x\nname: y\n", "", "Duplicate field 'name'");
    assertThatThrownBy(() -> CalendarDefinition.fromJson("{\"name\": \"x\",}"))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("is not valid JSON at line 1");
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(() -> CalendarDefinition.fromJson(deep))
        .isInstanceOf(CalendarDefinitionException.class);
    assertThatThrownBy(() -> CalendarDefinition.fromYaml(deep))
        .isInstanceOf(CalendarDefinitionException.class);
  }

  @Test
  void readRefusesUnknownFileTypesAndMissingScheduleFiles(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> CalendarDefinition.read(dir.resolve("c.txt")))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("unknown file type");
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "name: x\nschedules: [{file: missing.csv}]\n");
    assertThatThrownBy(() -> CalendarDefinition.read(file))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("schedules[0].file: no file");
    Files.writeString(dir.resolve("bad.csv"), "date,kind,reason\n2027-02-30,off,x\n");
    Files.writeString(file, "name: x\nschedules: [{file: bad.csv}]\n");
    assertThatThrownBy(() -> CalendarDefinition.read(file))
        .isInstanceOf(CalendarDefinitionException.class)
        .hasMessageContaining("bad.csv: line 2, column 'date'");
  }
}
