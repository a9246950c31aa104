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

import org.junit.jupiter.api.Test;

/** Loop bounds from the procedure's policies, the verifier's work bound, and path reports. */
class ProcedureLoopBoundsTest {
  /** A review that may ask for supplements and extend, neither with maxRounds of its own. */
  private static String reviewLoop(String supplement, int maxExtensions) {
    return """
        code: "1.000010"
        effectiveFrom: 2025-01-01
        name: Review with supplements
        timeLimit: 10 working days
        supplement: %s
        maxExtensions: %d
        agencyRoles:
          - {id: desk, name: Desk}
        steps:
          - {id: receive, agencyRole: desk, staffRole: officer, budget: 1 working day}
          - {id: review, agencyRole: desk, staffRole: officer, budget: 2 working days}
          - {id: supplement, agencyRole: desk, staffRole: officer, budget: 30 calendar days, status: supplement-requested}
        actions:
          - {id: forward, from: receive, to: review, allowedRoles: [officer]}
          - {id: ask, from: review, to: supplement, allowedRoles: [officer], clockEffect: pause}
          - {id: supplied, from: supplement, to: review, allowedRoles: [officer], clockEffect: resume}
          - {id: extend, from: review, to: review, allowedRoles: [officer], clockEffect: extend}
          - {id: done, from: review, allowedRoles: [officer], outcome: result-ready}
        """
        .formatted(supplement, maxExtensions);
  }

  @Test
  void theSupplementAndExtensionPoliciesBoundTheirLoops() {
    Procedure p =
        ProcedureFormat.yaml().read(reviewLoop("{mode: continue, maxRounds: 3}", 2), "loop.yaml");
    assertThat(p.warnings()).as("no loop is unbounded: the policies bound them").isEmpty();
    Verification v = ProcedureVerifier.create().verify(p);
    assertThat(v.paths()).noneMatch(ProcedurePath::unboundedLoop);
    assertThat(v.paths())
        .allSatisfy(
            x -> {
              assertThat(x.actions().stream().filter("ask"::equals).count()).isLessThanOrEqualTo(3);
              assertThat(x.actions().stream().filter("extend"::equals).count())
                  .isLessThanOrEqualTo(2);
            });
    assertThat(v.paths())
        .anyMatch(x -> x.actions().stream().filter("ask"::equals).count() == 3)
        .anyMatch(x -> x.actions().stream().filter("extend"::equals).count() == 2);
  }

  @Test
  void aPathReportNamesTheLoopInsteadOfListingEveryStep() {
    // Ten supplement rounds, continuing: review's budget counts once, but the report is about
    // a path that goes round the loop ten times.
    Procedure p =
        ProcedureFormat.yaml()
            .withValidationOptions(
                ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
            .read(
                reviewLoop("{mode: restart, maxRounds: 10}", 0)
                    .replace("timeLimit: 10 working days", "timeLimit: 1 working day"),
                "loop.yaml");
    Problem overrun =
        p.warnings().stream().filter(w -> w.path().equals("timeLimit")).findFirst().orElseThrow();
    assertThat(overrun.message())
        .contains("receive → review ⇒ RESULT_READY")
        .contains("going round review → supplement → review 10 times")
        .hasSizeLessThan(600);
  }

  private static String diamonds(int n) {
    StringBuilder steps = new StringBuilder();
    StringBuilder actions = new StringBuilder();
    for (int i = 0; i < n; i++) {
      steps.append(
          "  - {id: s%d, agencyRole: desk, staffRole: officer, budget: 1 working hour}\n"
                  .formatted(i)
              + "  - {id: a%d, agencyRole: desk, staffRole: officer, budget: 1 working hour}\n"
                  .formatted(i)
              + "  - {id: b%d, agencyRole: desk, staffRole: officer, budget: 1 working hour}\n"
                  .formatted(i));
      actions.append(
          ("  - {id: left%d, from: s%d, to: a%d, allowedRoles: [officer]}\n"
                  + "  - {id: right%d, from: s%d, to: b%d, allowedRoles: [officer]}\n"
                  + "  - {id: join%d, from: [a%d, b%d], to: s%d, allowedRoles: [officer]}\n")
              .formatted(i, i, i, i, i, i, i, i, i, i + 1));
    }
    steps.append(
        "  - {id: s%d, agencyRole: desk, staffRole: officer, budget: 1 working hour}\n"
            .formatted(n));
    actions.append(
        "  - {id: done, from: s%d, allowedRoles: [officer], outcome: result-ready}\n".formatted(n));
    return "code: \"1.000011\"\n"
        + "effectiveFrom: 2025-01-01\n"
        + "name: Diamonds\n"
        + "timeLimit: 999 working days\n"
        + "agencyRoles:\n"
        + "  - {id: desk, name: Desk}\n"
        + "steps:\n"
        + steps
        + "actions:\n"
        + actions;
  }

  @Test
  void fortyDiamondsInARowAreRefusedBeforeAnyPathIsWalked() {
    String yaml = diamonds(40);
    Procedure p = ProcedureFormat.yaml().read(yaml, "diamonds.yaml");
    assertThat(p.warnings())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("at least 1099511627776 paths");
    // The walk is not started: the paths are counted from below first.
    assertThatThrownBy(() -> ProcedureVerifier.create().withPathLimit(1_000_000).verify(p))
        .isInstanceOf(PathLimitExceededException.class)
        .hasMessageContaining("at least 1099511627776 paths");
    // Below the limit, the count from below is exact for diamonds and the walk agrees.
    Procedure small = ProcedureFormat.yaml().read(diamonds(5), "diamonds.yaml");
    assertThat(ProcedureVerifier.create().verify(small).paths()).hasSize(32);
  }

  @Test
  void anAncestorKindMustBeAKindOfAgency() {
    String yaml =
        ProcedureFormatTest.MINIMAL.replace(
            "  - {id: desk, name: Desk}\n",
            "  - {id: desk, name: Desk}\n"
                + "  - {id: up, name: Up, derivedFrom: desk, ancestorKind: galaxy}\n");
    assertThatThrownBy(() -> ProcedureFormat.yaml().read(yaml, "kind.yaml"))
        .isInstanceOf(ProcedureDefinitionException.class)
        .satisfies(
            e ->
                assertThat(
                        Fixtures.at(
                                ((ProcedureDefinitionException) e).problems(),
                                "agencyRoles[1].ancestorKind")
                            .message())
                    .contains("'galaxy'")
                    .contains("province, district, commune, ward, special-zone"));
    assertThat(
            ProcedureFormat.yaml()
                .read(yaml.replace("galaxy", "district"), "kind.yaml")
                .agencyRole("up")
                .orElseThrow()
                .ancestorKind())
        .contains("district");
  }
}
