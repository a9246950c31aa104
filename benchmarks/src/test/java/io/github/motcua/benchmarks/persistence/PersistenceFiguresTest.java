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
package io.github.motcua.benchmarks.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The persistence runner runs the real workload to the end and prints what it measured. */
class PersistenceFiguresTest {

  @Test
  void theRunnerFinishesEveryDossierOnH2InMemoryAndPrintsItsRow() {
    PersistenceFigures.Options o =
        PersistenceFigures.Options.parse(
            "--stores", "h2-mem",
            "--h2-dossiers", "5,20",
            "--worklist-dossiers", "30",
            "--worklist-queries", "2,10",
            "--worklist-rows", "0",
            "--pgbench-seconds", "0",
            "--baseline-seconds", "0");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PersistenceFigures.Report r = PersistenceFigures.run(o, out);
    PersistenceFigures.print(r, out);

    assertThat(r.stores())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.store()).isEqualTo("h2-mem");
              assertThat(f.flow().dossiers()).isEqualTo(20);
              assertThat(f.flow().transitionNanos()).hasSize(100).doesNotContain(0L);
              assertThat(f.flow().startNanos()).hasSize(20).doesNotContain(0L);
              assertThat(f.worklist().count()).isEqualTo(10);
              assertThat(f.flow().transitionsPerSecond())
                  .isEqualTo(5 * f.flow().dossiersPerSecond())
                  .isPositive();
            });
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("| h2-mem | ")
        .contains("every measured dossier finished (returned) with its 12 events in history");
  }

  @Test
  void aWorklistPageIsCheckedAgainstTheDossiersWaitingAtTheSpecialists() {
    // 12 dossiers advanced i mod 5 steps: i = 1, 2, 6, 7, 11 wait at a specialist step
    try (BenchStore s = BenchStore.open("mem", "unused")) {
      long[] nanos = new DossierFlow(s.store()).worklist(12, 0, 3, s::analyze);
      assertThat(nanos).hasSize(3).doesNotContain(0L);
    }
  }

  @Test
  void percentilesAreNearestRank() {
    long[] ms = new long[100];
    Arrays.setAll(ms, i -> (i + 1) * 1_000_000L);

    Percentiles p = Percentiles.of(ms);

    assertThat(p.p50()).isEqualTo(50.0);
    assertThat(p.p99()).isEqualTo(99.0);
    assertThat(p.mean()).isEqualTo(50.5);
  }

  @Test
  void anUnknownStoreOrOptionIsRefused() {
    assertThatThrownBy(() -> PersistenceFigures.Options.parse("--stores", "oracle"))
        .hasMessageContaining("unknown store 'oracle'");
    assertThatThrownBy(() -> PersistenceFigures.Options.parse("--rows", "5"))
        .hasMessageContaining("unknown options: [rows]");
  }
}
