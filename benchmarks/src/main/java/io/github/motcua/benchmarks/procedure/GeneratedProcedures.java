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
package io.github.motcua.benchmarks.procedure;

import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.Step;
import java.time.LocalDate;

/** Procedures generated for the benchmarks, deterministic. */
public final class GeneratedProcedures {
  private GeneratedProcedures() {}

  /**
   * Returns the YAML of a procedure with {@code steps} steps (a multiple of 10, at least 20) across
   * four agencies: a chain in which one step of every fifty may ask once for a supplement (the
   * clock paused) and another may return the dossier once for rework, one parallel consultation of
   * two agencies in the middle, a guard on an attribute, and a refusal at the end.
   *
   * @param steps the number of chain steps
   * @return the YAML text
   */
  public static String chainYaml(int steps) {
    StringBuilder y = new StringBuilder();
    y.append("code: \"9.000200\"\nversion: 1\neffectiveFrom: 2025-01-01\n");
    y.append("name: Generated chain of ").append(steps).append(" steps\n");
    y.append("timeLimit: ").append(steps / 4).append(" working days\n");
    y.append("supplement: {mode: continue, maxRounds: ").append(steps / 50).append("}\n");
    y.append("attributes:\n  - {name: area, type: number, required: true}\n");
    y.append("agencyRoles:\n");
    y.append("  - {id: ward, name: Ward}\n");
    y.append("  - {id: district, name: District, derivedFrom: ward, ancestorKind: district}\n");
    y.append("  - {id: fire, name: Fire police}\n");
    y.append("  - {id: tax, name: Tax}\n");
    y.append("steps:\n");
    String[] agencies = {"ward", "district"};
    for (int i = 0; i < steps; i++) {
      y.append("  - {id: s")
          .append(i)
          .append(", name: Step ")
          .append(i)
          .append(", agencyRole: ")
          .append(agencies[(i / 10) % 2])
          .append(", staffRole: ")
          .append(i % 3 == 2 ? "leader" : "specialist")
          .append(", budget: 1 working hour}\n");
    }
    for (int i = 5; i < steps - 1; i += 50) {
      y.append("  - {id: wait")
          .append(i)
          .append(", name: Waiting for the applicant, agencyRole: ward,")
          .append(" staffRole: officer, budget: 30 calendar days, status: supplement-requested}\n");
    }
    y.append(
        "  - {id: fire-check, agencyRole: fire, staffRole: specialist, budget: 2 working days}\n");
    y.append(
        "  - {id: tax-check, agencyRole: tax, staffRole: specialist, budget: 1 working day}\n");
    int mid = steps / 2;
    y.append("parallelBlocks:\n");
    y.append("  - {id: consult, join: all, next: s")
        .append(mid)
        .append(", branches: [{id: fire, steps: [fire-check]}, {id: tax, steps: [tax-check]}]}\n");
    y.append("actions:\n");
    for (int i = 0; i < steps - 1; i++) {
      String from = "s" + i;
      String role = i % 3 == 2 ? "leader" : "specialist";
      String to = i == mid - 1 ? "consult" : "s" + (i + 1);
      y.append("  - {id: a")
          .append(i)
          .append(", from: ")
          .append(from)
          .append(", to: ")
          .append(to)
          .append(", allowedRoles: [")
          .append(role)
          .append("]")
          .append(
              i == 7
                  ? ", guard: {all: [{attr: area, gt: 100}, {not: {attr: area, gt: 1000}}]}"
                  : "")
          .append("}\n");
      if (i % 50 == 5) {
        y.append("  - {id: ask")
            .append(i)
            .append(", from: ")
            .append(from)
            .append(", to: wait")
            .append(i)
            .append(", allowedRoles: [")
            .append(role)
            .append("], clockEffect: pause, maxRounds: 1, reasonRequired: true}\n");
        y.append("  - {id: back")
            .append(i)
            .append(", from: wait")
            .append(i)
            .append(", to: ")
            .append(from)
            .append(", allowedRoles: [officer], clockEffect: resume}\n");
      }
      if (i % 50 == 48) {
        y.append("  - {id: rework")
            .append(i)
            .append(", from: ")
            .append(from)
            .append(", to: s")
            .append(i - 1)
            .append(", allowedRoles: [")
            .append(role)
            .append("], maxRounds: 1}\n");
      }
    }
    y.append("  - {id: fire-ok, from: fire-check, to: join, allowedRoles: [specialist]}\n");
    y.append("  - {id: tax-ok, from: tax-check, to: join, allowedRoles: [specialist]}\n");
    String last = "s" + (steps - 1);
    String lastRole = (steps - 1) % 3 == 2 ? "leader" : "specialist";
    y.append("  - {id: done, from: ")
        .append(last)
        .append(", allowedRoles: [")
        .append(lastRole)
        .append("], outcome: result-ready}\n");
    y.append("  - {id: refuse, from: ")
        .append(last)
        .append(", allowedRoles: [")
        .append(lastRole)
        .append("], outcome: rejected, reasonRequired: true}\n");
    return y.toString();
  }

  /**
   * Returns a procedure of ten work-and-review loops in a row: each review may send the dossier
   * back to its work step at most {@code rounds} times, so there are {@code (rounds + 1)^10} paths.
   *
   * @param rounds the bound of each loop
   * @return the procedure
   */
  public static Procedure tenLoops(int rounds) {
    Procedure.Builder b =
        Procedure.builder()
            .code("9.000010")
            .name("Ten bounded loops")
            .effectiveFrom(LocalDate.of(2025, 1, 1))
            .timeLimit(TimeLimit.workingDays(100), CountingRule.WORKING_TIME)
            .agencyRole(AgencyRole.bound("desk", "Desk"));
    for (int i = 0; i < 10; i++) {
      b.step(
          Step.builder("work" + i)
              .agencyRole("desk")
              .staffRole("specialist")
              .budget(TimeLimit.workingHours(4))
              .build());
      b.step(
          Step.builder("review" + i)
              .agencyRole("desk")
              .staffRole("leader")
              .budget(TimeLimit.workingHours(2))
              .build());
      b.action(
          Action.builder("submit" + i)
              .from("work" + i)
              .to("review" + i)
              .allowedRoles("specialist")
              .build());
      b.action(
          Action.builder("back" + i)
              .from("review" + i)
              .to("work" + i)
              .allowedRoles("leader")
              .maxRounds(rounds)
              .build());
      b.action(
          Action.builder("pass" + i)
              .from("review" + i)
              .to(i == 9 ? "end" : "work" + (i + 1))
              .allowedRoles("leader")
              .build());
    }
    b.step(
        Step.builder("end")
            .agencyRole("desk")
            .staffRole("officer")
            .budget(TimeLimit.workingHours(1))
            .build());
    b.action(
        Action.builder("done")
            .from("end")
            .allowedRoles("officer")
            .outcome(Outcome.RESULT_READY)
            .build());
    return b.build();
  }
}
