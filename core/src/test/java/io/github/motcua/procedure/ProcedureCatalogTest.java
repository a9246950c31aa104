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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ProcedureCatalogTest {
  private static Procedure version(int v, LocalDate from) {
    return Fixtures.linear().version(v).effectiveFrom(from).build();
  }

  @Test
  void theVersionInForceIsTheNewestEffectiveOnTheDate() {
    Procedure v1 = version(1, LocalDate.of(2024, 1, 1));
    Procedure v2 = version(2, LocalDate.of(2025, 7, 1));
    ProcedureCatalog c = ProcedureCatalog.of(v2, v1);
    assertThat(c.inForce("1.000001", LocalDate.of(2023, 12, 31))).isEmpty();
    assertThat(c.inForce("1.000001", LocalDate.of(2024, 1, 1))).contains(v1);
    assertThat(c.inForce("1.000001", LocalDate.of(2025, 6, 30))).contains(v1);
    assertThat(c.inForce("1.000001", LocalDate.of(2025, 7, 1))).contains(v2);
    assertThat(c.latest("1.000001")).contains(v2);
    assertThat(c.versions("1.000001")).containsExactly(v1, v2);
    assertThat(c.version("1.000001", 1)).contains(v1);
    assertThat(c.codes()).containsExactly("1.000001");
    Clock julyInHanoi =
        Clock.fixed(Instant.parse("2025-06-30T18:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(c.newestEffective("1.000001", julyInHanoi)).contains(v2);
  }

  @Test
  void duplicatesAreRefused() {
    ProcedureCatalog c = ProcedureCatalog.of(version(1, LocalDate.of(2024, 1, 1)));
    assertThatThrownBy(() -> c.add(version(1, LocalDate.of(2024, 3, 1))))
        .isInstanceOf(DuplicateProcedureException.class)
        .hasMessageContaining("version 1 is already in the catalog");
    assertThatThrownBy(() -> c.add(version(2, LocalDate.of(2024, 1, 1))))
        .isInstanceOf(DuplicateProcedureException.class)
        .hasMessageContaining("same day as version 1");
    assertThatThrownBy(() -> c.add(version(0 + 2, LocalDate.of(2023, 1, 1))))
        .isInstanceOf(ProcedureVersionOrderException.class)
        .hasMessageContaining("a later version must take effect later");
    assertThatThrownBy(() -> c.add(version(1, LocalDate.of(2024, 3, 1))))
        .isInstanceOfSatisfying(
            ProcedureVersionRefusedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("1.000001");
              assertThat(e.version()).isEqualTo(1);
              assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
            });
    assertThat(c.versions("1.000001")).hasSize(1);
  }

  @Test
  void missingVersionsRaiseATypedError() {
    ProcedureCatalog c = ProcedureCatalog.of(version(1, LocalDate.of(2024, 1, 1)));
    assertThatThrownBy(() -> c.requireInForce("1.000001", LocalDate.of(2020, 1, 1)))
        .isInstanceOf(ProcedureNotFoundException.class)
        .hasMessageContaining("version 1 from 2024-01-01");
    assertThatThrownBy(() -> c.requireVersion("9.999999", 1))
        .isInstanceOf(ProcedureNotFoundException.class)
        .hasMessageContaining("no version of it");
  }

  @Test
  void concurrentAdditionsKeepEveryVersionOnce() throws Exception {
    ProcedureCatalog c = new ProcedureCatalog();
    Procedure base = Fixtures.linear().build();
    List<Procedure> versions = new ArrayList<>();
    for (int v = 1; v <= 40; v++) {
      versions.add(
          base.toBuilder().version(v).effectiveFrom(LocalDate.of(2000, 1, 1).plusDays(v)).build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  int refused = 0;
                  for (Procedure p : versions) {
                    try {
                      c.add(p);
                    } catch (DuplicateProcedureException e) {
                      refused++;
                    }
                  }
                  return refused;
                }));
      }
      start.countDown();
      int refused = 0;
      for (Future<Integer> f : results) {
        refused += f.get();
      }
      assertThat(refused).isEqualTo(3 * 40);
    } finally {
      pool.shutdownNow();
    }
    assertThat(c.versions("1.000001"))
        .hasSize(40)
        .isSortedAccordingTo((a, b) -> a.version() - b.version());
  }
}
