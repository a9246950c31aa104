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
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worst case without the paths that extend the due date, and how many those are. */
class VerificationExtensionTest {
  private static final Duration DAY = Duration.ofHours(8);

  /** The linear procedure (7 working days, 7 in the worst case) with one extension at approval. */
  private static Procedure.Builder withExtension() {
    return Fixtures.linear()
        .action(
            Action.builder("extend")
                .from("approve")
                .to("approve")
                .allowedRoles("leader")
                .clockEffect(ClockEffect.EXTEND)
                .maxRounds(1)
                .build());
  }

  @Test
  void theWorstCaseWithoutExtensionLeavesOutThePathsThatExtend() {
    Verification v = ProcedureVerifier.create().verify(withExtension().build());
    long extending = v.paths().stream().filter(ProcedurePath::extended).count();
    assertThat(extending).isPositive();
    assertThat(v.extendedPathCount()).isEqualTo(extending);
    assertThat(v.worstPath().orElseThrow().extended()).isTrue();
    assertThat(v.worst()).isEqualTo(DAY.multipliedBy(8));

    ProcedurePath worst = v.worstPathWithoutExtension().orElseThrow();
    assertThat(worst.extended()).isFalse();
    assertThat(worst.actions()).doesNotContain("extend");
    assertThat(v.worstWithoutExtension()).isEqualTo(worst.worst()).isEqualTo(DAY.multipliedBy(7));
    assertThat(v.worstWithoutExtension())
        .isEqualTo(
            v.paths().stream()
                .filter(p -> !p.extended())
                .map(ProcedurePath::worst)
                .max(Comparator.naturalOrder())
                .orElseThrow());
    assertThat(v.fitsLegalTimeLimit()).isTrue();
  }

  @Test
  void withoutExtensionsBothWorstCasesAgree() {
    Verification v = ProcedureVerifier.create().verify(Fixtures.linear().build());
    assertThat(v.extendedPathCount()).isZero();
    assertThat(v.worstWithoutExtension()).isEqualTo(v.worst());
    assertThat(v.worstPathWithoutExtension()).isEqualTo(v.worstPath());
  }

  @Test
  void aProcedureWhosePathsAllExtendHasNoWorstCaseWithoutExtension() {
    Procedure p = withExtension().build();
    Verification all =
        new Verification(
            p,
            ProcedureVerifier.create().verify(p).paths().stream()
                .filter(ProcedurePath::extended)
                .toList(),
            List.of(),
            DAY.multipliedBy(7),
            DAY);
    assertThat(all.worstPathWithoutExtension()).isEmpty();
    assertThat(all.worstWithoutExtension()).isZero();
    assertThat(all.extendedPathCount()).isEqualTo(all.paths().size()).isPositive();
  }

  @Test
  void theAssertionChecksThePathsWithoutExtensionAndCountsTheOthers() {
    ProcedureAssertions.assertThat(withExtension().build()).isValid().fitsLegalTimeLimit();
    Procedure tight =
        withExtension()
            .timeLimit(TimeLimit.workingDays(6), CountingRule.WORKING_TIME)
            .validationOptions(
                ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
            .build();
    Verification v = ProcedureVerifier.create().verify(tight);
    assertThatThrownBy(() -> ProcedureAssertions.assertThat(tight).fitsLegalTimeLimit())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("takes 7 working days in the worst case")
        .hasMessageEndingWith(
            "; " + v.extendedPathCount() + " paths that extend the due date are not checked");
  }
}
