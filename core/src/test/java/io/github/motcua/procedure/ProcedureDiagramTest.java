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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.TimeLimit;
import org.junit.jupiter.api.Test;

class ProcedureDiagramTest {
  @Test
  void stepsActionsAndEndsAreDrawn() {
    String m = ProcedureDiagram.mermaid(Fixtures.linear().build());
    assertThat(m).startsWith("---\ntitle: \"Linear test procedure · 1.000001 version 1, from ");
    assertThat(m).contains("\n---\nflowchart TD\n");
    assertThat(m)
        .contains(
            "start([\"Received · time limit 7 working days<br/>counted in working time from"
                + " receipt, a day being the standard working day<br/>supplement: the clock"
                + " pauses, then continues\"]) --> s0");
    assertThat(m).contains("s0[\"Receive<br/>One-stop desk · officer<br/>4 working hours\"]");
    assertThat(m).contains("s1 -->|\"request-supplement ⏸ clock paused at most 1×\"| s2");
    assertThat(m).contains("s3 -->|\"sign #91;area #62; 0#93;\"| s4");
    assertThat(m).contains("s2 -.->|\"stop automatic after 30 calendar days\"| end_stopped");
    assertThat(m).contains("end_returned([\"Result returned to the applicant · đã trả kết quả\"])");
    assertThat(m).contains("end_stopped([\"Stopped · dừng xử lý\"])");
    assertThat(m).doesNotContain("#40;10#41;");
  }

  @Test
  void theCutOffAndTheCountingRuleAreShownAndARestartIsLabelledAsOne() {
    Procedure p =
        Fixtures.linear()
            .timeLimit(TimeLimit.workingDays(7), io.github.motcua.deadline.CountingRule.END_OF_DAY)
            .intakeCutoff(java.time.LocalTime.of(15, 0))
            .supplementPolicy(
                new SupplementPolicy(SupplementPolicy.Mode.RESTART, 1, java.util.Optional.empty()))
            .build();
    String m = ProcedureDiagram.mermaid(p);
    assertThat(m)
        .contains("counted in working days from the working day after receipt")
        .contains("received after 15:00: counted from the next working day")
        .contains("supplement: the clock pauses, then restarts in full once supplied")
        .contains("↺ restart: the time limit counts again in full")
        .doesNotContain("▶ clock resumed");
    assertThat(
            ProcedureDiagram.mermaid(
                Fixtures.linear()
                    .timeLimit(
                        TimeLimit.workingDays(0), io.github.motcua.deadline.CountingRule.END_OF_DAY)
                    .validationOptions(
                        ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
                    .build()))
        .contains("time limit 0 working days<br/>due at the close of the working day of receipt");
    assertThat(ProcedureDiagram.mermaid(Fixtures.linear().build()))
        .contains("▶ clock resumed")
        .doesNotContain("restart");
  }

  @Test
  void parallelBlocksAreSubgraphsWithAJoin() {
    String m = ProcedureDiagram.mermaid(Fixtures.parallel().build());
    assertThat(m).contains("subgraph b0[\"Consult · parallel, join all\"]");
    assertThat(m).contains("subgraph b0_0[\"fire\"]");
    assertThat(m).contains("j0{{\"join all\"}}");
    assertThat(m).contains("s0 -->|\"send\"| b0");
    assertThat(m).contains("s1 -->|\"fire-ok\"| j0");
    assertThat(m).contains("j0 --> s4");
  }

  @Test
  void labelsAreEscaped() {
    Procedure p =
        Fixtures.linear()
            .step(
                Step.builder("odd")
                    .name("Say \"hi\" <b>now</b> | [x] #1; {y}\nnext")
                    .agencyRole("desk")
                    .staffRole("officer")
                    .budget(TimeLimit.workingHours(1))
                    .build())
            .action(
                Action.builder("to-odd")
                    .from("hand-over")
                    .to("odd")
                    .allowedRoles("officer")
                    .build())
            .action(
                Action.builder("odd-done")
                    .from("odd")
                    .allowedRoles("officer")
                    .outcome(Outcome.RESULT_READY)
                    .build())
            .validationOptions(
                ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
            .build();
    String m = ProcedureDiagram.mermaid(p);
    String line = m.lines().filter(l -> l.contains("s5[")).findFirst().orElseThrow();
    assertThat(line)
        .contains(
            "Say #34;hi#34; #60;b#62;now#60;/b#62; #124; #91;x#93; #35;1#59; #123;y#125; next");
    assertThat(line.chars().filter(c -> c == '"').count()).isEqualTo(2);
  }

  @Test
  void theTitleIsAQuotedYamlStringShownAsItIs() {
    Procedure p = Fixtures.linear().name("Cấp phép (permit) \"A\" \\ x\ny").build();
    String m = ProcedureDiagram.mermaid(p);
    assertThat(m.lines().toList().get(1))
        .isEqualTo(
            "title: \"Cấp phép (permit) \\\"A\\\" \\\\ x y · 1.000001 version 1, from "
                + p.effectiveFrom()
                + "\"");
  }

  @Test
  void guardsReadAsText() {
    assertThat(
            ProcedureDiagram.guardText(
                Guard.all(
                    Guard.gt("area", 100),
                    Guard.any(
                        Guard.in("kind", "house", "villa"), Guard.not(Guard.exists("permit"))))))
        .isEqualTo("area > 100 and (kind in {'house', 'villa'} or not has permit)");
  }
}
