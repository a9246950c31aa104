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

import static io.github.motcua.engine.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueSoonThresholdTest {
  private static final Duration DAY = Duration.ofHours(8);
  private static final WorkingCalendar CAL = WorkingCalendar.vietnam();

  @Test
  void theDefaultIsTwentyPercentOfTheBudgetAtMostOneWorkingDay() {
    DueSoonThreshold d = DueSoonThreshold.DEFAULT;
    assertThat(d)
        .isEqualTo(DueSoonThreshold.percentOfBudget(20).atMost(DueSoonThreshold.workingDays(1)));
    assertThat(d.usesBudget()).isTrue();
    assertThat(d.window(DAY, Duration.ofHours(4))).isEqualTo(Duration.ofMinutes(48));
    assertThat(d.window(DAY, Duration.ofHours(16))).isEqualTo(Duration.ofMinutes(192));
    assertThat(d.window(DAY, Duration.ofHours(40))).isEqualTo(DAY);
    assertThat(d.window(DAY, Duration.ofHours(30 * 8))).isEqualTo(DAY);
    assertThat(d.window(DAY, Duration.ZERO)).isZero();
    assertThat(d).hasToString("20% of the budget, at most 1 working day");
  }

  @Test
  void theDefaultOnAHalfDayStepDueWednesdayAfternoon() {
    Instant due = at(3, 4, 14, 30);
    assertThat(DueSoonThreshold.DEFAULT.dueSoonAt(CAL, due, Duration.ofHours(4)))
        .isEqualTo(at(3, 4, 13, 42));
    // across the lunch break: 48 working minutes before 13:30 is 11:12
    assertThat(DueSoonThreshold.DEFAULT.dueSoonAt(CAL, at(3, 4, 13, 30), Duration.ofHours(4)))
        .isEqualTo(at(3, 4, 11, 12));
  }

  @Test
  void capsChainAndTheSmallestWindowWins() {
    DueSoonThreshold t =
        DueSoonThreshold.workingDays(2)
            .atMost(DueSoonThreshold.percentOfBudget(50))
            .atMost(DueSoonThreshold.workingHours(3));
    assertThat(t.window(DAY, Duration.ofHours(4))).isEqualTo(Duration.ofHours(2));
    assertThat(t.window(DAY, Duration.ofHours(100))).isEqualTo(Duration.ofHours(3));
    assertThat(t.cap()).isPresent();
    assertThat(t.unit()).isEqualTo(DueSoonThreshold.Unit.WORKING_DAYS);
    assertThat(t).hasToString("2 working days, at most 50% of the budget, at most 3 working hours");
    assertThat(DueSoonThreshold.workingHours(3).usesBudget()).isFalse();
    assertThat(DueSoonThreshold.workingHours(3).atMost(DueSoonThreshold.DEFAULT).usesBudget())
        .isTrue();
  }

  @Test
  void fractionalAmountsCountToTheSecondRoundedDown() {
    DueSoonThreshold t =
        DueSoonThreshold.of(DueSoonThreshold.Unit.WORKING_DAYS, new BigDecimal("0.3"));
    assertThat(t.window(DAY, Duration.ZERO)).isEqualTo(Duration.ofMinutes(144));
    DueSoonThreshold third =
        DueSoonThreshold.of(DueSoonThreshold.Unit.PERCENT_OF_BUDGET, new BigDecimal("33.333333"));
    // 33.333333% of 3 hours is 3599.99996 s
    assertThat(third.window(DAY, Duration.ofHours(3))).isEqualTo(Duration.ofSeconds(3599));
    assertThat(DueSoonThreshold.of(DueSoonThreshold.Unit.WORKING_HOURS, new BigDecimal("1.50")))
        .isEqualTo(DueSoonThreshold.of(DueSoonThreshold.Unit.WORKING_HOURS, new BigDecimal("1.5")))
        .hasSameHashCodeAs(
            DueSoonThreshold.of(DueSoonThreshold.Unit.WORKING_HOURS, new BigDecimal("1.5")));
  }

  @Test
  void outOfRangeAmountsAreRefusedSayingWhatIsAllowed() {
    assertThatThrownBy(() -> DueSoonThreshold.percentOfBudget(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("due-soon threshold must be 0 to 100 for PERCENT_OF_BUDGET; got 101");
    assertThatThrownBy(() -> DueSoonThreshold.workingDays(-1))
        .hasMessageContaining("must be 0 to 10000 for WORKING_DAYS; got -1");
    assertThatThrownBy(() -> DueSoonThreshold.workingHours(240_001))
        .hasMessageContaining("0 to 240000");
    assertThatThrownBy(
            () ->
                DueSoonThreshold.of(
                    DueSoonThreshold.Unit.WORKING_DAYS, new BigDecimal("0.1234567")))
        .hasMessageContaining("at most 6 decimal places; got 0.1234567");
    assertThatThrownBy(() -> DueSoonThreshold.DEFAULT.atMost(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cap");
  }
}
