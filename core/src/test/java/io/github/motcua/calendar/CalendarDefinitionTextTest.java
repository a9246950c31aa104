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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Calendar definitions and schedules are read through the same text checks as procedures: byte
 * order marks, bad bytes, control characters, overlong values and nesting.
 */
class CalendarDefinitionTextTest {
  static final String YAML =
      """
      name: desk
      rules: {holidays: vietnam}
      days:
        - {date: 2026-03-30, kind: off, reason: local festival}
      """;

  static final String JSON =
      """
      {"name": "desk", "rules": {"holidays": "vietnam"},
       "days": [{"date": "2026-03-30", "kind": "off", "reason": "local festival"}]}
      """;

  static CalendarDefinition yaml(byte[] bytes) {
    return CalendarDefinition.readYaml(new ByteArrayInputStream(bytes), "desk.yaml");
  }

  static CalendarDefinition json(byte[] bytes) {
    return CalendarDefinition.readJson(new ByteArrayInputStream(bytes), "desk.json");
  }

  static byte[] withBom(String text) {
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8); // EF BB BF in UTF-8
  }

  @Test
  void aByteOrderMarkIsAcceptedInYamlAndJson() {
    CalendarDefinition y = yaml(withBom(YAML));
    CalendarDefinition j = json(withBom(JSON));
    assertThat(y).isEqualTo(CalendarDefinition.fromYaml(YAML));
    assertThat(j).isEqualTo(y);
    assertThat(y.calendar().isWorkingDay(LocalDate.of(2026, 3, 30))).isFalse();
  }

  @Test
  void aNulByteIsLocatedByLineAndColumn() {
    String text = YAML.replace("local festival", "local\0festival");
    assertThatThrownBy(() -> yaml(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> {
              assertThat(e.path()).isEqualTo("line 4, column 48");
              assertThat(e.problem()).contains("U+0000 (NUL)");
            });
  }

  @Test
  void invalidUtf8IsLocatedByLineAndColumn() {
    byte[] bytes = YAML.getBytes(StandardCharsets.UTF_8);
    bytes[YAML.indexOf("festival")] = (byte) 0xC3; // a lead byte followed by an ASCII letter
    assertThatThrownBy(() -> yaml(bytes))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> {
              assertThat(e.path()).isEqualTo("line 4, column 49");
              assertThat(e.problem()).contains("not valid UTF-8");
            });
  }

  @Test
  void aHugeReasonIsRefusedQuicklyWithItsPath() {
    String huge = "x".repeat(1_500_000);
    long t0 = System.nanoTime();
    assertThatThrownBy(
            () -> json(JSON.replace("local festival", huge).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> {
              assertThat(e.path()).isEqualTo("days[0].reason");
              assertThat(e.problem()).contains("1500000 characters long").contains("10000");
            });
    // in YAML the line is refused before the scanner sees it
    assertThatThrownBy(
            () -> yaml(YAML.replace("local festival", huge).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> {
              assertThat(e.path()).isEqualTo("line 4");
              assertThat(e.problem()).contains("a YAML line has at most 20000 characters");
            });
    // generous: SnakeYAML alone took about 10 s on such a line
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void controlCharactersNeverReachMessages() {
    String text = YAML.replace("2026-03-30", "\"2026-03-30\\e[31m\"");
    assertThatThrownBy(() -> yaml(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> {
              assertThat(e.path()).isEqualTo("days[0].date");
              // the refused value is described by its shape, never quoted
              assertThat(e.getMessage())
                  .contains("a text of 15 characters")
                  .doesNotContain("\u001b");
            });
  }

  @Test
  void nestingBeyondTheLimitIsRefusedInTheFormatsTerms() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(
            () ->
                json(
                    ("{\"name\": \"desk\", \"x\": " + deep + "}").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> assertThat(e.problem()).contains("nesting limit of 64 levels"));
  }

  @Test
  void aCsvScheduleWithAByteOrderMarkOrABadByteIsReadThroughTheSamePath() {
    String csv = "date,kind,reason\n2027-02-08,off,Tet\n";
    AnnouncedSchedule s =
        AnnouncedSchedule.readCsv(new ByteArrayInputStream(withBom(csv)), "vn-2027.csv");
    assertThat(s.days()).hasSize(1);
    assertThat(s.days().get(0).date()).isEqualTo(LocalDate.of(2027, 2, 8));
    assertThatThrownBy(
            () ->
                AnnouncedSchedule.readCsv(
                    new ByteArrayInputStream(
                        csv.replace("Tet", "T\u001bet").getBytes(StandardCharsets.UTF_8)),
                    "vn-2027.csv"))
        .isInstanceOfSatisfying(
            CalendarDefinitionException.class,
            e -> {
              assertThat(e.path()).isEqualTo("line 2, column 17");
              assertThat(e.getMessage()).contains("U+001B (ESC)").doesNotContain("\u001b");
            });
  }
}
