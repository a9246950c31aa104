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
package io.github.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  @Test
  void parsesWhatToStringWrites() {
    for (TimeLimit t :
        new TimeLimit[] {
          TimeLimit.workingDays(15),
          TimeLimit.workingDays("0.5"),
          TimeLimit.workingHours(4),
          TimeLimit.calendarDays(30),
          TimeLimit.workingDays(1)
        }) {
      assertThat(TimeLimit.parse(t.toString())).isEqualTo(t);
    }
  }

  @Test
  void parsesVietnameseAndSingulars() {
    assertThat(TimeLimit.parse("15 ngày làm việc")).isEqualTo(TimeLimit.workingDays(15));
    assertThat(TimeLimit.parse(" 0,5  Ngày làm việc ")).isEqualTo(TimeLimit.workingDays("0.5"));
    assertThat(TimeLimit.parse("4 giờ làm việc")).isEqualTo(TimeLimit.workingHours(4));
    assertThat(TimeLimit.parse("30 ngày")).isEqualTo(TimeLimit.calendarDays(30));
    assertThat(TimeLimit.parse("1 working hour")).isEqualTo(TimeLimit.workingHours(1));
    assertThat(TimeLimit.parse("1 calendar day")).isEqualTo(TimeLimit.calendarDays(1));
  }

  @Test
  void writesOneInTheSingular() {
    assertThat(TimeLimit.workingDays(1)).hasToString("1 working day");
    assertThat(TimeLimit.workingHours(1)).hasToString("1 working hour");
    assertThat(TimeLimit.calendarDays(1)).hasToString("1 calendar day");
    assertThat(TimeLimit.workingDays("1.0")).hasToString("1 working day");
    assertThat(TimeLimit.workingDays("0.5")).hasToString("0.5 working days");
  }

  @Test
  void refusesAmountsThatAreNotPlainDecimals() {
    for (String text : new String[] {"1e3 working days", "+1 working day", ".5 working days"}) {
      assertThatThrownBy(() -> TimeLimit.parse(text))
          .as(text)
          .isInstanceOf(InvalidTimeLimitException.class)
          .hasMessageContaining("is not a number");
    }
  }

  @Test
  void aLongRefusedTextIsAbbreviatedInTheMessage() {
    String text = "x".repeat(500) + " working days";
    assertThatThrownBy(() -> TimeLimit.parse(text))
        .isInstanceOfSatisfying(
            InvalidTimeLimitException.class, e -> assertThat(e.text()).isEqualTo(text))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Test
  void refusesTextThatIsNotALimit() {
    assertThatThrownBy(() -> TimeLimit.parse("fifteen working days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("'fifteen' is not a number")
        .hasMessageContaining("write '15 working days'");
    assertThatThrownBy(() -> TimeLimit.parse("15"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("it has no unit");
    assertThatThrownBy(() -> TimeLimit.parse("-1 working days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> TimeLimit.parse("1.5 calendar days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> TimeLimit.parse("2 weeks"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("'weeks' is not a unit");
  }

  @Test
  void hugeAmountsAreRefusedAtOnceAsInvalidTimeLimits() {
    long t0 = System.nanoTime();
    for (TimeLimit.Unit unit : TimeLimit.Unit.values()) {
      for (String amount : new String[] {"1e999999999", "1e100000000", "1000000", "1e-999999999"}) {
        assertThatThrownBy(() -> new TimeLimit(new BigDecimal(amount), unit))
            .as(amount)
            .isInstanceOf(InvalidTimeLimitException.class)
            .hasMessageContaining("allowed: 0 to 999999");
      }
    }
    assertThatThrownBy(() -> TimeLimit.workingDays("1e100000000"))
        .isInstanceOfSatisfying(
            InvalidTimeLimitException.class,
            e -> assertThat(e.problem()).contains("more than 18 digits before the decimal point"));
    assertThatThrownBy(() -> TimeLimit.workingDays("1e9999999999"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> TimeLimit.workingDays("0.0000000001"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("more than 9 digits after the decimal point");
    assertThatThrownBy(() -> TimeLimit.parse("1".repeat(1_000_000) + " working days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("longer than 64 characters");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void everyBadAmountIsAnInvalidTimeLimit() {
    assertThatThrownBy(() -> new TimeLimit(new BigDecimal("-1"), TimeLimit.Unit.WORKING_DAYS))
        .isInstanceOfSatisfying(
            InvalidTimeLimitException.class,
            e -> assertThat(e.problem()).isEqualTo("it is negative"));
    assertThatThrownBy(() -> new TimeLimit(new BigDecimal("1.5"), TimeLimit.Unit.CALENDAR_DAYS))
        .isInstanceOfSatisfying(
            InvalidTimeLimitException.class,
            e -> assertThat(e.text()).isEqualTo("1.5 calendar days"));
    assertThatThrownBy(() -> TimeLimit.workingDays("half"))
        .isInstanceOf(InvalidTimeLimitException.class);
  }

  @Test
  void theLargestAmountStillConvertsToWorkingTime() {
    TimeLimit max = new TimeLimit(new BigDecimal("999998.999999999"), TimeLimit.Unit.WORKING_DAYS);
    assertThat(max.amount()).isEqualByComparingTo("999998.999999999");
    assertThat(max.toWorkingTime(Duration.ofHours(24))).isPositive();
    assertThat(new TimeLimit(new BigDecimal("1E+5"), TimeLimit.Unit.CALENDAR_DAYS).amount())
        .isEqualByComparingTo("100000");
  }
}
