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
package io.github.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** The precomputed integer arithmetic of a threshold against plain decimal arithmetic. */
class DueSoonThresholdProperties {
  /** What the window was before the precomputation: decimal arithmetic on every call. */
  private static long reference(DueSoonThreshold t, long daySeconds, long budgetSeconds) {
    BigDecimal a = t.amount();
    long s =
        switch (t.unit()) {
          case WORKING_DAYS -> a.multiply(BigDecimal.valueOf(daySeconds)).longValue();
          case WORKING_HOURS -> a.multiply(BigDecimal.valueOf(3600)).longValue();
          case PERCENT_OF_BUDGET -> a.multiply(BigDecimal.valueOf(budgetSeconds)).longValue() / 100;
        };
    return t.cap().map(c -> Math.min(s, reference(c, daySeconds, budgetSeconds))).orElse(s);
  }

  @Property(tries = 1000)
  void theWindowIsTheDecimalProductRoundedDown(
      @ForAll DueSoonThreshold.Unit unit,
      @ForAll @BigRange(min = "0", max = "100") @Scale(6) BigDecimal amount,
      @ForAll @IntRange(min = 3600, max = 86_400) int daySeconds,
      @ForAll @LongRange(min = 0, max = 10_000L * 86_400) long budgetSeconds) {
    DueSoonThreshold t = DueSoonThreshold.of(unit, amount);
    assertThat(t.window(Duration.ofSeconds(daySeconds), Duration.ofSeconds(budgetSeconds)))
        .isEqualTo(Duration.ofSeconds(reference(t, daySeconds, budgetSeconds)));
  }

  @Property(tries = 500)
  void aCappedWindowIsTheSmallerOfTheTwo(
      @ForAll @IntRange(min = 0, max = 100) int percent,
      @ForAll @IntRange(min = 0, max = 30) int days,
      @ForAll @LongRange(min = 0, max = 1000L * 28_800) long budgetSeconds) {
    Duration day = Duration.ofHours(8);
    Duration budget = Duration.ofSeconds(budgetSeconds);
    DueSoonThreshold p = DueSoonThreshold.percentOfBudget(percent);
    DueSoonThreshold d = DueSoonThreshold.workingDays(days);
    Duration smaller =
        p.window(day, budget).compareTo(d.window(day, budget)) < 0
            ? p.window(day, budget)
            : d.window(day, budget);
    assertThat(p.atMost(d).window(day, budget)).isEqualTo(smaller);
    assertThat(d.atMost(p).window(day, budget)).isEqualTo(smaller);
  }
}
