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
package io.github.motcua.procedure;

import static io.github.motcua.procedure.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.deadline.TimeLimit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureFormatTest {
  static final String MINIMAL =
      """
      code: "1.000003"
      effectiveFrom: 2025-01-01
      name: Minimal
      timeLimit: 1 working day
      agencyRoles:
        - {id: desk, name: Desk}
      steps:
        - {id: receive, agencyRole: desk, staffRole: officer, budget: 4 working hours}
      actions:
        - {id: done, from: receive, allowedRoles: [officer], outcome: result-ready}
      """;

  private static List<Problem> problems(String yaml) {
    try {
      ProcedureFormat.yaml().read(yaml, "test.yaml");
    } catch (ProcedureDefinitionException e) {
      assertThat(e.source()).contains("test.yaml");
      return e.problems();
    }
    throw new AssertionError("expected the definition to be refused");
  }

  @Test
  void aMinimalDefinitionReads() {
    Procedure p = ProcedureFormat.yaml().read(MINIMAL, "minimal.yaml");
    assertThat(p.code()).isEqualTo("1.000003");
    assertThat(p.version()).isEqualTo(1);
    assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(p.step("receive").orElseThrow().budget())
        .isEqualTo(io.github.motcua.deadline.TimeLimit.workingHours(4));
    assertThat(p.action("done").orElseThrow().outcome()).contains(Outcome.RESULT_READY);
  }

  @Test
  void yamlAndJsonRoundTripsKeepTheMeaning() {
    for (Procedure p : List.of(Fixtures.linear().build(), Fixtures.parallel().build())) {
      String yaml = ProcedureFormat.yaml().write(p);
      assertThat(ProcedureFormat.yaml().read(yaml, "rt.yaml")).isEqualTo(p);
      String json = ProcedureFormat.json().write(p);
      assertThat(ProcedureFormat.json().read(json, "rt.json")).isEqualTo(p);
      assertThat(ProcedureFormat.yaml().write(ProcedureFormat.json().read(json, "rt.json")))
          .isEqualTo(yaml);
    }
  }

  @Test
  void theYamlWrittenIsReadable() {
    String yaml = ProcedureFormat.yaml().write(Fixtures.linear().build());
    assertThat(yaml)
        .contains("code: \"1.000001\"")
        .contains("timeLimit: 7 working days")
        .contains("budget: 30 calendar days")
        .contains("guard:")
        .contains("gt: 0");
  }

  @Test
  void filesAreReadByTheirExtension(@TempDir Path dir) throws Exception {
    Procedure p = Fixtures.parallel().build();
    Path json = dir.resolve("p.json");
    Path yaml = dir.resolve("p.yml");
    ProcedureFormat.json().write(p, json);
    ProcedureFormat.yaml().write(p, yaml);
    assertThat(ProcedureFormat.load(json)).isEqualTo(p);
    assertThat(ProcedureFormat.load(yaml)).isEqualTo(p);
    assertThat(Files.readString(json)).startsWith("{");
    assertThat(
            ProcedureFormat.yaml()
                .read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)), "in"))
        .extracting(Procedure::name)
        .isEqualTo("Minimal");
  }

  @Test
  void timeLimitsReadInEveryWrittenForm() {
    for (String form :
        List.of("1 working day", "8 working hours", "{workingDays: 1}", "{workingHours: 8}")) {
      Procedure p =
          ProcedureFormat.yaml()
              .read(MINIMAL.replace("timeLimit: 1 working day", "timeLimit: " + form), "t");
      assertThat(p.timeLimit().toWorkingTime(java.time.Duration.ofHours(8)))
          .isEqualTo(java.time.Duration.ofHours(8));
    }
  }

  @Test
  void textTimeLimitsAreReadByTimeLimitParseWithinTheFormatsRange() {
    for (String form : List.of("1 ngày làm việc", "8 Working  Hours", "0,5 working days")) {
      Procedure p =
          ProcedureFormat.yaml()
              .read(MINIMAL.replace("timeLimit: 1 working day", "timeLimit: " + form), "t");
      assertThat(p.timeLimit()).as(form).isEqualTo(TimeLimit.parse(form));
    }
    assertThat(
            at(problems(MINIMAL.replace("1 working day", "1000000 working days")), "timeLimit")
                .message())
        .contains("too large", "999999");
    assertThat(
            at(problems(MINIMAL.replace("1 working day", "1e3 working days")), "timeLimit")
                .message())
        .contains("'1e3' is not a number");
    assertThat(
            at(
                    problems(MINIMAL.replace("1 working day", "{workingDays: 1000000}")),
                    "timeLimit.workingDays")
                .message())
        .contains("from 0 to 999999");
  }

  @Test
  void unknownKeysWrongTypesAndMissingFieldsAreReportedWithPaths() {
    String yaml =
        """
        code: 1.000003
        version: two
        effectiveFrom: 2025-13-01
        name: Bad
        timeLimit: 15 days
        colour: blue
        agencyRoles:
          - {id: desk, name: Desk, extra: 1}
        steps:
          - {id: receive, agencyRole: desk, budget: 4 working hours, status: 11}
          - "not a map"
        actions:
          - {id: done, from: receive, allowedRoles: officer, outcome: finished}
          - {id: go, from: [receive, 3], to: receive, allowedRoles: [officer], maxRounds: 0}
        """;
    List<Problem> ps = problems(yaml);
    assertThat(at(ps, "code").message()).contains("must be text", "quotes");
    assertThat(at(ps, "version").message()).contains("whole number");
    assertThat(at(ps, "effectiveFrom").message()).contains("not a date");
    assertThat(at(ps, "timeLimit").message()).contains("'15 days' is not a time limit");
    assertThat(at(ps, "colour").message())
        .contains("unknown key 'colour'", "allowed: $schema, code");
    assertThat(at(ps, "agencyRoles[0].extra").message()).contains("unknown key");
    assertThat(at(ps, "steps[0].staffRole").message()).contains("missing");
    assertThat(at(ps, "steps[0].status").message()).contains("1 to 10");
    assertThat(at(ps, "steps[1]").message()).contains("must be a map");
    assertThat(at(ps, "actions[0].outcome").message()).contains("'finished'", "result-ready");
    assertThat(at(ps, "actions[1].from[1]").message()).contains("must be text");
    assertThat(at(ps, "actions[1].maxRounds").message()).contains("1 to 100");
    assertThat(ps).allMatch(Problem::isError);
  }

  @Test
  void guardsReadAsSmallMapsTypedByTheirAttribute() {
    String yaml =
        MINIMAL
            .replace(
                "steps:",
                """
                attributes:
                  - {name: area, type: number}
                  - {name: born, type: date}
                  - {name: kind, type: string}
                steps:""")
            .replace(
                "outcome: result-ready}",
                "outcome: result-ready, guard: {all: [{attr: area, gt: 100.5}, {attr: born, le:"
                    + " 2025-06-30}, {any: [{attr: kind, in: [house, villa]}, {not: {attr: area,"
                    + " exists: true}}]}]}}");
    Procedure p = ProcedureFormat.yaml().read(yaml, "g");
    Guard g = p.action("done").orElseThrow().guard().orElseThrow();
    assertThat(
            g.test(
                java.util.Map.of("area", 200, "born", LocalDate.of(2025, 1, 1), "kind", "villa")))
        .isTrue();
    assertThat(
            g.test(
                java.util.Map.of("area", 200, "born", LocalDate.of(2025, 7, 1), "kind", "villa")))
        .isFalse();
    assertThat(((Guard.All) g).guards().get(1))
        .isEqualTo(Guard.le("born", LocalDate.of(2025, 6, 30)));
  }

  @Test
  void aGuardComparingADateWithANumberIsRefused() {
    String yaml =
        MINIMAL
            .replace(
                "steps:",
                """
                attributes:
                  - {name: born, type: date}
                steps:""")
            .replace(
                "outcome: result-ready}", "outcome: result-ready, guard: {attr: born, gt: 5}}");
    assertThat(at(problems(yaml), "actions[0].guard.gt").message())
        .contains("which is a date, with a number (5)");
    String bad = yaml.replace("gt: 5", "gt: [5], eq: 1");
    assertThat(at(problems(bad), "actions[0].guard").message()).contains("several operators");
  }

  @Test
  void validationProblemsComeWithFormatProblems() {
    String yaml =
        MINIMAL
            .replace("budget: 4 working hours}", "budget: soon}")
            .replace("from: receive,", "from: receive, to: nowhere,");
    List<Problem> ps = problems(yaml);
    assertThat(at(ps, "steps[0].budget").message()).contains("'soon' is not a time limit");
    assertThat(at(ps, "actions[0].to").message()).contains("'nowhere'");
  }

  @Test
  void syntaxErrorsNameTheLine() {
    List<Problem> ps = problems("code: \"1\"\nsteps: [\n  - a: b\n");
    assertThat(ps)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).startsWith("line ");
              assertThat(p.message()).contains("not valid YAML");
            });
    assertThatThrownBy(() -> ProcedureFormat.json().read("{\"code\": }", "x.json"))
        .isInstanceOf(ProcedureDefinitionException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThat(problems("code: \"1\"\ncode: \"2\"\n"))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("code");
    assertThatThrownBy(
            () -> ProcedureFormat.json().read("{\"code\": \"1\", \"code\": \"2\"}", "x.json"))
        .isInstanceOf(ProcedureDefinitionException.class)
        .hasMessageContaining("code");
  }

  @Test
  void oversizedDeepAndAliasBombInputIsRefusedQuickly() {
    String big = "name: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n";
    assertThat(problems(big))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("too large");
    String deep = "steps: " + "[".repeat(5000) + "]".repeat(5000);
    assertThat(problems(deep))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .containsAnyOf("nesting", "depth", "limit");
    assertThatThrownBy(() -> ProcedureFormat.json().read("[".repeat(100_000), "deep.json"))
        .isInstanceOf(ProcedureDefinitionException.class);
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    assertThat(problems(bomb.toString()))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .containsAnyOf("alias", "limit");
  }

  @Test
  void emptyAndNonUtf8InputIsRefused() {
    assertThat(problems(""))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("empty");
    assertThat(problems("# only a comment\n"))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("empty");
    assertThatThrownBy(
            () ->
                ProcedureFormat.yaml()
                    .read(
                        new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}),
                        "bin"))
        .isInstanceOf(ProcedureDefinitionException.class)
        .hasMessageContaining("not UTF-8");
    assertThat(problems("- just\n- a list\n"))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("must be a map");
  }
}
