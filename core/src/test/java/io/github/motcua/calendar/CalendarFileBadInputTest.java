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

import io.github.motcua.fuzz.BadInput;
import io.github.motcua.fuzz.HostileDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-picked hostile calendar files (issue 10 §5): calendar definitions (YAML and JSON) and
 * announced holiday schedules (CSV and YAML). Truncated files, wrong types, huge numbers, deep
 * nesting, a billion-laughs alias bomb, a 10-million-character string, unknown and duplicate keys,
 * NUL bytes and bytes that are not UTF-8 each get the reader's typed refusal ({@link
 * CalendarDefinitionException}) within {@link BadInput#TIME_LIMIT}, with no personal data (planted
 * in a name) in the message.
 */
class CalendarFileBadInputTest {
  private static final String CALENDAR_YAML =
      CalendarDefinitionTest.EXAMPLE.replace("  - file: vn-2027.csv\n", "");
  private static final String CALENDAR_JSON = CalendarDefinition.fromYaml(CALENDAR_YAML).toJson();
  private static final String SCHEDULE_CSV = AnnouncedScheduleTest.CSV_2027;
  private static final String SCHEDULE_YAML = AnnouncedScheduleTest.YAML_2027;

  @TestFactory
  Stream<DynamicTest> calendarFiles() {
    return Stream.of(
            HostileDocuments.readOrRefuse(
                "calendar YAML",
                HostileDocuments.variants(CALENDAR_YAML, true),
                CalendarDefinition::fromYaml,
                CalendarDefinitionException.class),
            HostileDocuments.readOrRefuse(
                "calendar JSON",
                HostileDocuments.variants(CALENDAR_JSON, false),
                CalendarDefinition::fromJson,
                CalendarDefinitionException.class),
            HostileDocuments.readOrRefuse(
                "schedule YAML",
                HostileDocuments.variants(SCHEDULE_YAML, true),
                t ->
                    AnnouncedSchedule.readYaml(
                        new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)), "x.yaml"),
                CalendarDefinitionException.class),
            HostileDocuments.readOrRefuse(
                "schedule CSV",
                csvHostile(),
                t ->
                    AnnouncedSchedule.readCsv(
                        new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)), "x.csv"),
                CalendarDefinitionException.class),
            Stream.of(
                DynamicTest.dynamicTest(
                    "calendar bytes that are not UTF-8",
                    () ->
                        BadInput.refused(
                            CalendarDefinitionException.class,
                            () ->
                                CalendarDefinition.readYaml(
                                    new ByteArrayInputStream(
                                        HostileDocuments.notUtf8(CALENDAR_YAML)),
                                    "x")))))
        .flatMap(s -> s);
  }

  /** Hostile CSV holiday schedules. */
  static Map<String, String> csvHostile() {
    String header = "date,kind,reason,source\n";
    Map<String, String> out = new LinkedHashMap<>();
    out.put("empty", "");
    out.put("header only", header);
    out.put("no header", SCHEDULE_CSV.substring(SCHEDULE_CSV.indexOf('\n') + 1));
    out.put(
        "truncated in a quoted field",
        SCHEDULE_CSV.substring(0, SCHEDULE_CSV.indexOf("\"30/4") + 8));
    out.put("an unknown kind", header + "2027-01-01,party," + BadInput.APPLICANT + ",x\n");
    out.put("a date that does not exist", header + "2027-02-30,off,x,y\n");
    out.put("a year beyond the calendar", header + "99999-01-01,off,x,y\n");
    out.put("a year before the calendar", header + "1066-10-14,off,x,y\n");
    out.put("a duplicate date", header + "2027-01-01,holiday,a,b\n2027-01-01,off,c,d\n");
    out.put("too many columns", header + "2027-01-01,holiday,a,b,c,d,e\n");
    out.put("too few columns", header + "2027-01-01\n");
    out.put(
        "a 10-million-character reason",
        header + "2027-01-01,holiday," + "r".repeat(10_000_000) + ",x\n");
    out.put("a million rows", header + "2027-01-01,holiday,a,b\n".repeat(1_000_000));
    out.put("an unterminated quote", header + "2027-01-01,holiday,\"" + BadInput.APPLICANT + "\n");
    out.put("NUL bytes", header + "2027-01-01,holiday,\u0000,x\n");
    out.put("personal data in a malformed date", header + BadInput.CITIZEN_ID + ",off,x,y\n");
    out.put("a formula injection", header + "2027-01-01,holiday,=HYPERLINK(\"http://x\"),x\n");
    return out;
  }
}
