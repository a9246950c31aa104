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

import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureValidationTest {

  private static List<Problem> problems(Procedure.Builder b) {
    try {
      b.build();
    } catch (ProcedureDefinitionException e) {
      return e.problems();
    }
    throw new AssertionError("expected the build to fail");
  }

  @Test
  void aSoundProcedureBuildsWithoutWarnings() {
    Procedure p = Fixtures.linear().build();
    assertThat(p.warnings()).isEmpty();
    assertThat(p.startStep()).isEqualTo("receive");
    assertThat(p.actionsFrom("approve"))
        .extracting(Action::id)
        .containsExactly("rework", "sign", "refuse");
    assertThat(p.action("sign")).isPresent();
    assertThat(p.agencyRole("district").flatMap(AgencyRole::derivedFrom)).contains("desk");
    assertThat(p.attribute("area").map(AttributeDeclaration::type)).contains(AttributeType.NUMBER);
    assertThat(Fixtures.parallel().build().enclosingBlock("env-sign").map(ParallelBlock::id))
        .contains("consult");
    assertThat(
            Fixtures.parallel().build().enclosingBranch("env-sign").map(ParallelBlock.Branch::id))
        .contains("env");
  }

  @Test
  void missingHeaderFieldsAreReportedTogether() {
    List<Problem> ps =
        problems(Procedure.builder().step(Fixtures.step("a", "r", "s", TimeLimit.workingDays(1))));
    assertThat(ps).extracting(Problem::path).contains("code", "effectiveFrom", "name", "timeLimit");
    assertThat(at(ps, "steps[0].agencyRole").message()).contains("'r'", "not declared");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    Procedure.Builder b =
        Fixtures.linear()
            .step(Fixtures.step("receive", "desk", "officer", TimeLimit.workingHours(1)))
            .action(
                Action.builder("lost").from("approve").to("nowhere").allowedRoles("leader").build())
            .action(Action.builder("nobody").from("approve").to("hand-over").build())
            .action(
                Action.builder("wrong-role")
                    .from("approve")
                    .to("hand-over")
                    .allowedRoles("specialist")
                    .build())
            .action(Action.builder("half").from("approve").allowedRoles("leader").build())
            .action(
                Action.builder("both")
                    .from("approve")
                    .to("hand-over")
                    .outcome(Outcome.RESULT_READY)
                    .allowedRoles("leader")
                    .build());
    List<Problem> ps = problems(b);
    assertThat(at(ps, "steps[5].id").message()).contains("declared twice");
    assertThat(at(ps, "actions[9].to").message()).contains("'nowhere'", "known steps");
    assertThat(at(ps, "actions[10].allowedRoles").message()).contains("nobody may perform");
    assertThat(at(ps, "actions[11].from[0]").message())
        .contains("nobody at step 'approve'", "'leader'", "specialist");
    assertThat(at(ps, "actions[12].to").message()).contains("neither a target nor an outcome");
    assertThat(at(ps, "actions[13].outcome").message()).contains("only an action that ends");
    assertThat(ps).allMatch(Problem::isError);
  }

  @Test
  void theExceptionMessageListsProblemsWithPaths() {
    assertThatThrownBy(
            () ->
                Fixtures.linear()
                    .action(Action.builder("x").from("ghost").toJoin().allowedRoles("a").build())
                    .build())
        .isInstanceOf(ProcedureDefinitionException.class)
        .hasMessageContaining("error at actions[9].from[0]: action 'x' is performed at 'ghost'");
  }

  @Test
  void unreachableStepsAndStepsWithNoWayOutAreErrors() {
    List<Problem> ps =
        problems(
            Fixtures.linear()
                .step(Fixtures.step("orphan", "desk", "officer", TimeLimit.workingDays(1)))
                .step(Fixtures.step("sink", "desk", "officer", TimeLimit.workingDays(1)))
                .action(
                    Action.builder("to-sink")
                        .from("hand-over")
                        .to("sink")
                        .allowedRoles("officer")
                        .build()));
    assertThat(ps)
        .filteredOn(p -> p.path().equals("steps[5].id"))
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("unreachable"))
        .anySatisfy(m -> assertThat(m).contains("no way out"));
    assertThat(at(ps, "steps[6].id").message()).contains("'sink' has no way out");
  }

  @Test
  void aLoopWithoutBoundOrExitIsAnError() {
    List<Problem> ps =
        problems(
            Procedure.builder()
                .code("1")
                .name("loop")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .timeLimit(TimeLimit.workingDays(1), CountingRule.WORKING_TIME)
                .agencyRole(AgencyRole.bound("d", "D"))
                .step(Fixtures.step("a", "d", "s", TimeLimit.workingHours(1)))
                .step(Fixtures.step("b", "d", "s", TimeLimit.workingHours(1)))
                .action(Action.builder("ab").from("a").to("b").allowedRoles("s").build())
                .action(Action.builder("ba").from("b").to("a").allowedRoles("s").build()));
    assertThat(at(ps, "steps[0]").message()).contains("no bound and no way out", "ab", "ba");
  }

  @Test
  void aLoopWithoutBoundButWithAnExitIsAWarning() {
    Procedure p =
        Fixtures.linear()
            .action(
                Action.builder("back")
                    .from("approve")
                    .to("appraise")
                    .allowedRoles("leader")
                    .build())
            .validationOptions(
                ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
            .build();
    assertThat(p.warnings())
        .anySatisfy(w -> assertThat(w.message()).contains("has no bound", "back"));
  }

  @Test
  void guardsAreCheckedAgainstDeclaredAttributeTypes() {
    List<Problem> ps =
        problems(
            Fixtures.linear()
                .action(
                    Action.builder("g")
                        .from("approve")
                        .to("hand-over")
                        .allowedRoles("leader")
                        .guard(
                            Guard.all(
                                Guard.gt("submittedOn", 5),
                                Guard.eq("area", "large"),
                                Guard.exists("ghost"),
                                Guard.any()))
                        .build()));
    assertThat(at(ps, "actions[9].guard.all[0].gt").message())
        .contains("'submittedOn', which is a date, with a number (5)");
    assertThat(at(ps, "actions[9].guard.all[1].eq").message()).contains("a number, with text");
    assertThat(at(ps, "actions[9].guard.all[2].attr").message()).contains("'ghost'", "area");
    assertThat(at(ps, "actions[9].guard.all[3].any").message()).contains("at least one");
  }

  @Test
  void aParallelBlockThatCanNeverJoinIsAnError() {
    Procedure.Builder b = Fixtures.parallel();
    b.action(
        Action.builder("env-reject")
            .from("env-sign")
            .allowedRoles("leader")
            .outcome(Outcome.REJECTED)
            .build());
    assertThat(b.build().warnings()).isEmpty();
    Procedure p = Fixtures.parallel().build();
    Procedure.Builder broken = Procedure.builder();
    broken
        .code(p.code())
        .name(p.name())
        .effectiveFrom(p.effectiveFrom())
        .timeLimit(p.timeLimit(), p.countingRule());
    p.agencyRoles().forEach(broken::agencyRole);
    p.steps().forEach(broken::step);
    p.parallelBlocks().forEach(broken::parallelBlock);
    p.actions().stream().filter(a -> !a.id().equals("env-ok")).forEach(broken::action);
    broken.action(
        Action.builder("env-no")
            .from("env-sign")
            .allowedRoles("leader")
            .outcome(Outcome.REJECTED)
            .build());
    List<Problem> ps = problems(broken);
    assertThat(at(ps, "parallelBlocks[0].join").message()).contains("can never join", "env");
  }

  @Test
  void actionsMayNotCrossBranchBoundaries() {
    List<Problem> ps =
        problems(
            Fixtures.parallel()
                .action(
                    Action.builder("escape")
                        .from("fire-review")
                        .to("decide")
                        .allowedRoles("specialist")
                        .build())
                .action(
                    Action.builder("sneak")
                        .from("receive")
                        .to("env-sign")
                        .allowedRoles("officer")
                        .build())
                .action(
                    Action.builder("bad-join")
                        .from("decide")
                        .toJoin()
                        .allowedRoles("leader")
                        .build()));
    assertThat(at(ps, "actions[5].to").message()).contains("leads out of the branch");
    assertThat(at(ps, "actions[6].to").message()).contains("enter the parallel block by its id");
    assertThat(at(ps, "actions[7].to").message()).contains("not in a branch");
  }

  @Test
  void budgetsThatCannotFitAreAnErrorOrAWarningAsConfigured() {
    Procedure.Builder tight =
        Fixtures.linear().timeLimit(TimeLimit.workingDays(6), CountingRule.WORKING_TIME);
    Problem p = at(problems(tight), "timeLimit");
    assertThat(p.message())
        .contains("7 working days", "more than the legal time limit of 6 working days", "rework");
    Procedure lenient =
        tight
            .validationOptions(
                ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
            .build();
    assertThat(lenient.warnings()).singleElement().extracting(Problem::path).isEqualTo("timeLimit");
  }

  @Test
  void sameDayProceduresHaveTheWorkingTimeAfterTheCutoff() {
    Procedure.Builder b =
        Procedure.builder()
            .code("1.001193")
            .name("same day")
            .effectiveFrom(LocalDate.of(2025, 1, 1))
            .timeLimit(TimeLimit.workingDays(0), CountingRule.END_OF_DAY)
            .intakeCutoff(java.time.LocalTime.of(15, 0))
            .agencyRole(AgencyRole.bound("ward", "Ward"))
            .step(Fixtures.step("record", "ward", "officer", TimeLimit.workingHours(2)))
            .action(
                Action.builder("done")
                    .from("record")
                    .allowedRoles("officer")
                    .outcome(Outcome.RESULT_READY)
                    .build());
    assertThat(b.build().warnings()).isEmpty();
    b.step(Fixtures.step("sign", "ward", "leader", TimeLimit.workingHours(1)));
    b.action(Action.builder("to-sign").from("record").to("sign").allowedRoles("officer").build());
    b.action(
        Action.builder("signed")
            .from("sign")
            .allowedRoles("leader")
            .outcome(Outcome.RESULT_READY)
            .build());
    assertThat(at(problems(b), "timeLimit").message()).contains("3 hours", "(2 hours)");
  }

  @Test
  void countingRuleAndUnitMustAgree() {
    List<Problem> ps =
        problems(
            Fixtures.linear().timeLimit(TimeLimit.calendarDays(30), CountingRule.WORKING_TIME));
    assertThat(at(ps, "counting").message()).contains("calendar-days");
  }

  @Test
  void agencyRoleChainsMustEndAtABoundRole() {
    List<Problem> ps =
        problems(
            Fixtures.linear()
                .agencyRole(AgencyRole.ancestorOf("x", "X", "y", "province"))
                .agencyRole(AgencyRole.ancestorOf("y", "Y", "x", "province"))
                .agencyRole(AgencyRole.ancestorOf("z", "Z", "ghost", "province")));
    assertThat(at(ps, "agencyRoles[2].derivedFrom").message()).contains("derived from itself");
    assertThat(at(ps, "agencyRoles[4].derivedFrom").message()).contains("'ghost'", "not declared");
  }

  @Test
  void toBuilderRebuildsAnEqualProcedure() {
    Procedure p = Fixtures.linear().build();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().version(2).build()).isNotEqualTo(p);
    Action a = p.action("sign").orElseThrow();
    assertThat(a.toBuilder().build()).isEqualTo(a);
    Step s = p.step("approve").orElseThrow();
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  void anAmendedCopyIsValidatedWithTheOptionsOfTheOriginal() {
    ValidationOptions lenient =
        ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING).withPathLimit(500);
    Procedure tight =
        Fixtures.linear()
            .timeLimit(TimeLimit.workingDays(6), CountingRule.WORKING_TIME)
            .validationOptions(lenient)
            .build();
    assertThat(tight.validationOptions()).isEqualTo(lenient);
    Procedure amended = tight.toBuilder().name("amended").build();
    assertThat(amended.validationOptions()).isEqualTo(lenient);
    assertThat(amended.warnings()).singleElement().extracting(Problem::path).isEqualTo("timeLimit");
    assertThat(problems(tight.toBuilder().validationOptions(ValidationOptions.DEFAULT)))
        .anySatisfy(p -> assertThat(p.path()).isEqualTo("timeLimit"));
  }

  @Test
  void aStepBuilderWithoutRequiredFieldsNamesThem() {
    assertThatThrownBy(() -> Step.builder("x").build())
        .isInstanceOf(ProcedureDefinitionException.class)
        .hasMessageContaining("step 'x'.agencyRole")
        .hasMessageContaining("step 'x'.budget");
  }
}
