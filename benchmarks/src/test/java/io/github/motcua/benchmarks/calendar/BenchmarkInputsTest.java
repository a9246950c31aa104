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
package io.github.motcua.benchmarks.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import org.junit.jupiter.api.Test;

/** The inputs the calendar benchmarks draw: budgets, starts, and what each implementation gets. */
class BenchmarkInputsTest {

  private static WorkingCalendarBenchmark.Inputs inputs(String days) {
    WorkingCalendarBenchmark.Inputs s = new WorkingCalendarBenchmark.Inputs();
    s.days = days;
    s.setUp();
    return s;
  }

  @Test
  void aBudgetIsANumberOrARange() {
    assertThat(WorkingCalendarBenchmark.Inputs.budgetRange("20")).containsExactly(20, 20);
    assertThat(WorkingCalendarBenchmark.Inputs.budgetRange("1-250")).containsExactly(1, 250);
    assertThatThrownBy(() -> WorkingCalendarBenchmark.Inputs.budgetRange("0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingCalendarBenchmark.Inputs.budgetRange("9-3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMixedWorkloadDrawsBudgetsUniformlyFromOneTo250AndGivesEachImplementationTheSame() {
    WorkingCalendarBenchmark.Inputs mixed = inputs(WorkingCalendarBenchmark.MIXED);
    IntSummaryStatistics stats = Arrays.stream(mixed.budgets).summaryStatistics();
    assertThat(stats.getCount()).isEqualTo(WorkingCalendarBenchmark.STARTS);
    assertThat(stats.getMin()).isEqualTo(1);
    assertThat(stats.getMax()).isEqualTo(250);
    // Mean of the uniform 1..250 is 125.5; its standard error over 4096 draws is about 1.1.
    assertThat(stats.getAverage()).isBetween(120.0, 131.0);
    long small = Arrays.stream(mixed.budgets).filter(b -> b <= 125).count();
    assertThat(small).isBetween(1900L, 2200L);
    for (int i = 0; i < WorkingCalendarBenchmark.STARTS; i++) {
      assertThat(mixed.workingTimes[i]).isEqualTo(Duration.ofHours(8L * mixed.budgets[i]));
      assertThat(mixed.jbpmExpressions[i]).isEqualTo(mixed.budgets[i] + "d");
    }
  }

  @Test
  void everyBudgetUsesTheSameStarts() {
    WorkingCalendarBenchmark.Inputs one = inputs("1");
    WorkingCalendarBenchmark.Inputs mixed = inputs(WorkingCalendarBenchmark.MIXED);
    assertThat(one.instants).isEqualTo(mixed.instants);
    assertThat(one.dates).isEqualTo(mixed.dates);
    assertThat(one.budgets).containsOnly(1);
    assertThat(one.instants[0].atZone(one.motcua.zone()).getYear())
        .isBetween(WorkingCalendarBenchmark.FIRST_YEAR, WorkingCalendarBenchmark.LAST_YEAR);
  }
}
