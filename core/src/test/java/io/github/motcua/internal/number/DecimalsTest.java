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
package io.github.motcua.internal.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void hugeExponentsAreRefusedWithoutExpanding() {
    List<Object> values =
        List.of(
            "1e999999999",
            "1e100000000",
            "-1e100000000",
            "1E+2147483647",
            "1e9999999999",
            "1e-100000000",
            "1e-2147483648",
            new BigDecimal("1e999999999"),
            new BigDecimal("1e100000000"),
            new BigDecimal("1e-999999999"),
            new BigDecimal(BigInteger.TEN.pow(100_000), 50_000),
            BigInteger.TEN.pow(100_000),
            Double.MAX_VALUE,
            Double.MIN_VALUE,
            Float.MAX_VALUE);
    assertTimeout(
        Duration.ofSeconds(1),
        () -> {
          for (Object v : values) {
            assertThat(Decimals.check(v).ok()).as("%s", v).isFalse();
          }
        });
  }

  @Test
  void eachRefusalSaysWhatWasWrong() {
    assertThat(Decimals.check("1e100000000").problem())
        .isEqualTo("has more than 18 digits before the decimal point");
    assertThat(Decimals.check("1e-100000000").problem())
        .isEqualTo("has more than 9 digits after the decimal point");
    assertThat(Decimals.check(new BigDecimal(BigInteger.TEN.pow(100_000), 50_000)).problem())
        .isEqualTo("has more than 18 digits before the decimal point");
    assertThat(
            Decimals.check(new BigDecimal(BigInteger.TEN.pow(100_000).add(BigInteger.ONE), 99_999))
                .problem())
        .isEqualTo("has more than 9 digits after the decimal point");
    assertThat(Decimals.check("1e9999999999").problem()).isEqualTo("is text that is not a number");
    assertThat(Decimals.check("12abc").problem()).isEqualTo("is text that is not a number");
    assertThat(Decimals.check("NaN").problem()).isEqualTo("is text that is not a number");
    assertThat(Decimals.check("1".repeat(65)).problem())
        .isEqualTo("is text longer than 64 characters");
    assertThat(Decimals.check(Double.NaN).problem()).isEqualTo("is not a finite number");
    assertThat(Decimals.check(Float.NEGATIVE_INFINITY).problem())
        .isEqualTo("is not a finite number");
    assertThat(Decimals.check(Long.MAX_VALUE).problem())
        .isEqualTo("has more than 18 digits before the decimal point");
    assertThat(Decimals.check(true).problem()).isEqualTo("is a Boolean, not a number");
    assertThat(Decimals.check(null).problem()).isEqualTo("is missing (null)");
  }

  @Test
  void numbersWithinTheBoundsAreNormalised() {
    assertThat(Decimals.check("1250.50").value()).isEqualTo(new BigDecimal("1250.5"));
    assertThat(Decimals.check(" 1E+2 ").value()).isEqualTo(new BigDecimal("100"));
    assertThat(Decimals.check(100L).value()).isEqualTo(new BigDecimal("100"));
    assertThat(Decimals.check(100.0).value()).isEqualTo(new BigDecimal("100"));
    assertThat(Decimals.check(0.1).value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(Decimals.check(0.1f).value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(Decimals.check(new BigDecimal("0E+999999999")).value()).isEqualTo(BigDecimal.ZERO);
    assertThat(Decimals.check("-0.000").value()).isEqualTo(BigDecimal.ZERO);
    assertThat(Decimals.check(BigInteger.valueOf(7)).value()).isEqualTo(new BigDecimal("7"));
    assertThat(Decimals.check((short) 7).value()).isEqualTo(new BigDecimal("7"));
    assertThat(Decimals.check("999999999999999999.999999999").value())
        .isEqualTo(new BigDecimal("999999999999999999.999999999"));
    assertThat(Decimals.check("1.5000000000000000000000000").value())
        .isEqualTo(new BigDecimal("1.5"));
    assertThat(Decimals.check("1000000000000000000").ok()).isFalse();
    assertThat(Decimals.check("0.0000000001").ok()).isFalse();
  }

  @Property
  void nearTheBoundsAValueIsAcceptedExactlyWhenWithinThem(
      @ForAll long unscaled, @ForAll @IntRange(min = -40, max = 40) int scale) {
    acceptedExactlyWhenWithinTheBounds(unscaled, scale);
  }

  @Property
  void anyExponentIsCheckedWithoutFailing(
      @ForAll long unscaled,
      @ForAll @IntRange(min = -2_000_000_000, max = 2_000_000_000) int scale) {
    acceptedExactlyWhenWithinTheBounds(unscaled, scale);
  }

  private static void acceptedExactlyWhenWithinTheBounds(long unscaled, int scale) {
    BigDecimal given = BigDecimal.valueOf(unscaled, scale);
    Decimals.Checked c = Decimals.check(given);
    boolean within;
    if (unscaled == 0) {
      within = true;
    } else {
      BigDecimal stripped = BigDecimal.valueOf(unscaled).stripTrailingZeros();
      long integerDigits = (long) stripped.precision() - stripped.scale() - scale;
      long fractionDigits = (long) stripped.scale() + scale;
      within = integerDigits <= 18 && fractionDigits <= 9;
    }
    assertThat(c.ok()).isEqualTo(within);
    if (within) {
      assertThat(c.value().compareTo(given)).isZero();
      assertThat(c.value().scale()).isBetween(0, 9);
      assertThat(c.value().precision() - c.value().scale()).isLessThanOrEqualTo(18);
    } else {
      assertThat(c.problem()).isNotBlank();
    }
  }
}
