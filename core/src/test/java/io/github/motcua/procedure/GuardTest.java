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
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardTest {
  @Test
  void numbersCompareByValueWhateverTheirJavaType() {
    Guard g = Guard.eq("area", 100);
    assertThat(g.test(Map.of("area", 100L))).isTrue();
    assertThat(g.test(Map.of("area", new BigDecimal("100.00")))).isTrue();
    assertThat(g.test(Map.of("area", 100.0))).isTrue();
    assertThat(g.test(Map.of("area", 100.5))).isFalse();
    assertThat(((Guard.Equals) g).value()).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void comparisonsHoldOnNumbersAndDates() {
    assertThat(Guard.gt("area", 100).test(Map.of("area", 101))).isTrue();
    assertThat(Guard.gt("area", 100).test(Map.of("area", 100))).isFalse();
    assertThat(Guard.ge("area", 100).test(Map.of("area", 100))).isTrue();
    assertThat(Guard.lt("area", 100).test(Map.of("area", 99.9))).isTrue();
    assertThat(Guard.le("area", 100).test(Map.of("area", 100.1))).isFalse();
    LocalDate d = LocalDate.of(2025, 3, 1);
    assertThat(Guard.lt("born", d).test(Map.of("born", LocalDate.of(2025, 2, 28)))).isTrue();
    assertThat(Guard.lt("born", d).test(Map.of("born", "2025-02-28"))).isTrue();
    assertThat(Guard.ge("born", d).test(Map.of("born", "2025-02-28"))).isFalse();
  }

  @Test
  void comparingDifferentKindsIsFalseNotAnError() {
    assertThat(Guard.gt("born", 5).test(Map.of("born", LocalDate.of(2025, 1, 1)))).isFalse();
    assertThat(Guard.gt("area", 5).test(Map.of("area", "big"))).isFalse();
    assertThat(Guard.eq("flag", true).test(Map.of("flag", "true"))).isFalse();
  }

  @Test
  void absentAttributesFailEveryTestButNot() {
    Map<String, Object> none = new HashMap<>();
    none.put("nothing", null);
    assertThat(Guard.eq("nothing", 1).test(none)).isFalse();
    assertThat(Guard.in("x", 1, 2).test(none)).isFalse();
    assertThat(Guard.gt("x", 1).test(none)).isFalse();
    assertThat(Guard.exists("nothing").test(none)).isFalse();
    assertThat(Guard.not(Guard.eq("x", 1)).test(none)).isTrue();
  }

  @Test
  void combinationsFollowLogic() {
    Guard g =
        Guard.all(
            Guard.in("kind", "house", "villa"),
            Guard.any(Guard.gt("area", 250), Guard.eq("heritage", true)),
            Guard.not(Guard.exists("exempt")));
    assertThat(g.test(Map.of("kind", "house", "area", 300))).isTrue();
    assertThat(g.test(Map.of("kind", "house", "area", 100, "heritage", true))).isTrue();
    assertThat(g.test(Map.of("kind", "house", "area", 100))).isFalse();
    assertThat(g.test(Map.of("kind", "shop", "area", 300))).isFalse();
    assertThat(g.test(Map.of("kind", "villa", "area", 300, "exempt", "yes"))).isFalse();
    assertThat(g.referencedAttributes()).containsExactly("kind", "area", "heritage", "exempt");
  }

  @Test
  void emptyAllHoldsAndEmptyAnyDoesNot() {
    assertThat(Guard.all().test(Map.of())).isTrue();
    assertThat(Guard.any().test(Map.of())).isFalse();
  }

  @Test
  void valuesOfOtherTypesAreRefused() {
    assertThatThrownBy(() -> Guard.eq("x", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> Guard.gt("x", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Guard.eq("x", 1).test(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attributes");
  }

  @Test
  void aGuardRefusesANumberOutOfBoundsAtOnce() {
    assertTimeout(
        Duration.ofSeconds(1),
        () -> {
          for (Object v :
              List.of(
                  new BigDecimal("1e999999999"),
                  new BigDecimal("1e100000000"),
                  new BigDecimal("1e-100000000"),
                  Long.MAX_VALUE,
                  Double.NaN)) {
            assertThatThrownBy(() -> Guard.gt("area", v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                    "the value of guard 'gt' on 'area' must be a number with at most 18 digits"
                        + " before the decimal point and 9 after it");
            assertThatThrownBy(() -> Guard.in("area", 1, v))
                .isInstanceOf(IllegalArgumentException.class);
          }
        });
  }

  @Test
  void anAttributeOutOfBoundsStillComparesByValueAtOnce() {
    BigDecimal huge = new BigDecimal("1e999999999");
    BigDecimal tiny = new BigDecimal("1e-999999999");
    assertTimeout(
        Duration.ofSeconds(1),
        () -> {
          assertThat(Guard.gt("area", 100).test(Map.of("area", huge))).isTrue();
          assertThat(Guard.lt("area", 100).test(Map.of("area", huge))).isFalse();
          assertThat(Guard.eq("area", 100).test(Map.of("area", huge))).isFalse();
          assertThat(Guard.gt("area", 0).test(Map.of("area", tiny))).isTrue();
          assertThat(Guard.lt("area", new BigDecimal("0.000000001")).test(Map.of("area", tiny)))
              .isTrue();
          assertThat(Guard.gt("area", 100).test(Map.of("area", huge.negate()))).isFalse();
          assertThat(Guard.gt("area", 100).test(Map.of("area", BigInteger.TEN.pow(100_000))))
              .isTrue();
          assertThat(Guard.gt("area", 100).test(Map.of("area", Double.MAX_VALUE))).isTrue();
          assertThat(Guard.gt("area", 100).test(Map.of("area", Double.NaN))).isFalse();
          assertThat(Guard.ge("area", 100).test(Map.of("area", "1e100000000"))).isFalse();
        });
  }
}
