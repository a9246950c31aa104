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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureVerifierTest {
  private static final Duration H = Duration.ofHours(1);

  @Test
  void everyPathIsWalkedWithItsWorkingTime() {
    Verification v = ProcedureVerifier.create().verify(Fixtures.linear().build());
    // Without loops: receive 4 h + appraise 16 h + approve 8 h + hand-over 4 h.
    assertThat(v.paths())
        .filteredOn(p -> p.actions().equals(List.of("forward", "propose", "sign", "hand")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.worst()).isEqualTo(H.multipliedBy(32));
              assertThat(p.best()).isEqualTo(p.worst());
              assertThat(p.steps()).containsExactly("receive", "appraise", "approve", "hand-over");
              assertThat(p.agencyRoles()).containsExactly("desk", "district");
              assertThat(p.staffRoles()).containsExactly("officer", "specialist", "leader");
              assertThat(p.outcome()).contains(Outcome.RETURNED);
            });
    assertThat(v.worst()).isEqualTo(H.multipliedBy(56));
    // The quickest way out: stopped while waiting for a supplement, after receive and appraise.
    assertThat(v.best()).isEqualTo(H.multipliedBy(20));
    assertThat(v.legalTimeLimit()).isEqualTo(H.multipliedBy(56));
    assertThat(v.fitsLegalTimeLimit()).isTrue();
    assertThat(v.deadEnds()).isEmpty();
  }

  @Test
  void aPausedClockDoesNotCountTheApplicantsWaitAndContinuesTheStep() {
    Verification v = ProcedureVerifier.create().verify(Fixtures.linear().build());
    ProcedurePath withSupplement =
        v.paths().stream()
            .filter(
                p ->
                    p.actions()
                        .equals(
                            List.of(
                                "forward",
                                "request-supplement",
                                "supplied",
                                "propose",
                                "sign",
                                "hand")))
            .findFirst()
            .orElseThrow();
    // The 30 calendar days at 'supplement' are paused; 'appraise' continues its budget.
    assertThat(withSupplement.worst()).isEqualTo(H.multipliedBy(32));
    ProcedurePath stopped =
        v.paths().stream()
            .filter(p -> p.outcome().equals(java.util.Optional.of(Outcome.STOPPED)))
            .findFirst()
            .orElseThrow();
    assertThat(stopped.worst()).isEqualTo(H.multipliedBy(20));
  }

  @Test
  void loopsAreWalkedAsOftenAsTheirBoundAllows() {
    Verification v = ProcedureVerifier.create().verify(Fixtures.linear().build());
    assertThat(v.paths()).noneMatch(p -> p.actions().stream().filter("rework"::equals).count() > 1);
    assertThat(v.paths()).anyMatch(p -> p.actions().contains("rework"));
    Procedure twice =
        Fixtures.linear().timeLimit(TimeLimit.workingDays(20), CountingRule.WORKING_TIME).build();
    Procedure.Builder b = twice.toBuilder();
    Procedure three =
        rebuildWithAction(b, twice.action("rework").orElseThrow().toBuilder().maxRounds(3).build());
    Verification v3 = ProcedureVerifier.create().verify(three);
    assertThat(v3.paths())
        .anyMatch(p -> p.actions().stream().filter("rework"::equals).count() == 3);
    assertThat(v3.worst()).isEqualTo(H.multipliedBy(56 + 2 * 24));
  }

  private static Procedure rebuildWithAction(Procedure.Builder b, Action replacement) {
    Procedure p = b.build();
    Procedure.Builder nb =
        Procedure.builder()
            .code(p.code())
            .version(p.version())
            .name(p.name())
            .effectiveFrom(p.effectiveFrom())
            .timeLimit(p.timeLimit(), p.countingRule());
    p.attributes().forEach(nb::attribute);
    p.agencyRoles().forEach(nb::agencyRole);
    p.steps().forEach(nb::step);
    p.parallelBlocks().forEach(nb::parallelBlock);
    p.actions().forEach(a -> nb.action(a.id().equals(replacement.id()) ? replacement : a));
    return nb.build();
  }

  @Test
  void aJoinOnAllWaitsForTheSlowestBranch() {
    Verification v = ProcedureVerifier.create().verify(Fixtures.parallel().build());
    ProcedurePath p = v.paths().get(0);
    // receive 8 h + max(fire 32 h, env 16 h + 8 h) + decide 16 h.
    assertThat(p.worst()).isEqualTo(H.multipliedBy(56));
    assertThat(p.best()).isEqualTo(H.multipliedBy(56));
    assertThat(p.steps())
        .containsExactly("receive", "fire-review", "env-review", "env-sign", "decide");
    assertThat(p.agencyRoles()).containsExactly("desk", "fire", "env");
  }

  @Test
  void aJoinOnAnyIsBestWithTheFastestBranch() {
    Procedure all = Fixtures.parallel().build();
    ParallelBlock b = all.parallelBlocks().get(0);
    Procedure.Builder nb =
        Procedure.builder()
            .code(all.code())
            .name(all.name())
            .effectiveFrom(all.effectiveFrom())
            .timeLimit(all.timeLimit(), all.countingRule());
    all.agencyRoles().forEach(nb::agencyRole);
    all.steps().forEach(nb::step);
    all.actions().forEach(nb::action);
    nb.parallelBlock(
        new ParallelBlock(b.id(), b.name(), b.branches(), ParallelBlock.Join.ANY, b.next()));
    ProcedurePath p = ProcedureVerifier.create().verify(nb.build()).paths().get(0);
    assertThat(p.best()).isEqualTo(H.multipliedBy(8 + 24 + 16));
    assertThat(p.worst()).isEqualTo(H.multipliedBy(8 + 32 + 16));
  }

  @Test
  void aBranchThatEndsTheDossierIsAPathOfItsOwn() {
    Procedure p =
        Fixtures.parallel()
            .action(
                Action.builder("env-reject")
                    .from("env-review")
                    .allowedRoles("specialist")
                    .outcome(Outcome.REJECTED)
                    .build())
            .build();
    Verification v = ProcedureVerifier.create().verify(p);
    assertThat(v.paths()).hasSize(2);
    ProcedurePath rejected =
        v.paths().stream()
            .filter(x -> x.outcome().get() == Outcome.REJECTED)
            .findFirst()
            .orElseThrow();
    assertThat(rejected.steps()).containsExactly("receive", "env-review");
    assertThat(rejected.actions()).containsExactly("send", "env-reject");
    assertThat(rejected.worst()).isEqualTo(H.multipliedBy(8 + 16));
  }

  @Test
  void tooManyPathsRaiseATypedError() {
    assertThatThrownBy(
            () -> ProcedureVerifier.create().withPathLimit(3).verify(Fixtures.linear().build()))
        .isInstanceOf(PathLimitExceededException.class)
        .hasMessageContaining("more than 3 paths")
        .extracting(e -> ((PathLimitExceededException) e).limit())
        .isEqualTo(3);
  }

  @Test
  void tenSequentialLoopsMultiplyPaths() {
    Procedure.Builder b =
        Procedure.builder()
            .code("loops")
            .name("loops")
            .effectiveFrom(LocalDate.of(2025, 1, 1))
            .timeLimit(TimeLimit.workingDays(100), CountingRule.WORKING_TIME)
            .agencyRole(AgencyRole.bound("d", "D"));
    for (int i = 0; i <= 10; i++) {
      b.step(Fixtures.step("s" + i, "d", "x", TimeLimit.workingHours(1)));
    }
    for (int i = 0; i < 10; i++) {
      b.action(
          Action.builder("next" + i).from("s" + i).to("s" + (i + 1)).allowedRoles("x").build());
      b.action(
          Action.builder("back" + i)
              .from("s" + (i + 1))
              .to("s" + i)
              .allowedRoles("x")
              .maxRounds(1)
              .build());
    }
    b.action(
        Action.builder("end").from("s10").allowedRoles("x").outcome(Outcome.RESULT_READY).build());
    Verification v = ProcedureVerifier.create().verify(b.build());
    assertThat(v.paths()).hasSizeGreaterThanOrEqualTo(1024);
    assertThat(v.best()).isEqualTo(H.multipliedBy(11));
    assertThat(v.worst()).isEqualTo(H.multipliedBy(31));
  }
}
