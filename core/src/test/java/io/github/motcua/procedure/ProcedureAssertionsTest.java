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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureAssertionsTest {
  @Test
  void aSoundProcedurePassesEveryCheck() {
    ProcedureAssertions.assertThat(Fixtures.linear().build())
        .isValid()
        .hasNoWarnings()
        .fitsLegalTimeLimit()
        .hasNoDeadEnds();
  }

  @Test
  void anOverrunNamesTheOffendingPath() {
    Procedure tight =
        Fixtures.linear()
            .timeLimit(TimeLimit.workingDays(6), CountingRule.WORKING_TIME)
            .validationOptions(
                ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
            .build();
    assertThatThrownBy(() -> ProcedureAssertions.assertThat(tight).isValid().fitsLegalTimeLimit())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not fit its legal time limit of 6 working days")
        .hasMessageContaining(
            "receive → appraise → approve → hand-over ⇒ RETURNED, going round appraise → supplement"
                + " → appraise once and appraise → approve → appraise once")
        .hasMessageContaining("takes 7 working days in the worst case");
    assertThatThrownBy(() -> ProcedureAssertions.assertThat(tight).hasNoWarnings())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 warnings");
  }

  @Test
  void anInvalidFileFailsWithItsProblems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        ProcedureFormatTest.MINIMAL.replace("to: ", "").replace("from: receive", "from: ghost"));
    assertThatThrownBy(() -> ProcedureAssertions.assertThat(file).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bad.yaml is not a valid procedure")
        .hasMessageContaining("actions[0].from[0]");
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, ProcedureFormatTest.MINIMAL);
    assertThat(
            ProcedureAssertions.assertThat(good)
                .isValid()
                .fitsLegalTimeLimit()
                .verification()
                .paths())
        .hasSize(1);
  }
}
