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
    assertThat(m).startsWith("flowchart TD\n");
    assertThat(m).contains("start((\"start · 7 working days\")) --> s0");
    assertThat(m).contains("s0[\"Receive<br/>One-stop desk · officer<br/>4 working hours\"]");
    assertThat(m).contains("s1 -->|\"request-supplement ⏸ clock paused at most 1×\"| s2");
    assertThat(m).contains("s3 -->|\"sign #91;area #62; 0#93;\"| s4");
    assertThat(m).contains("s2 -.->|\"stop automatic after 30 calendar days\"| end_stopped");
    assertThat(m).contains("end_returned([\"returned #40;10#41;\"])");
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
