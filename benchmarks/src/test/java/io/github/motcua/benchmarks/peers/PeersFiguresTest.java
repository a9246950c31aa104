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
package io.github.motcua.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The smoke test of the benchmark against the peers: both peers really run, each in its own JVM, 20
 * dossiers on H2 in memory, and the table comes out. Runs with the benchmarks profile only.
 */
class PeersFiguresTest {
  /** Surefire runs in the module's directory: the peers' modules are under peers/. */
  private static final String PEERS_DIR = "peers";

  @Test
  void bothPeersRunInTheirOwnJvmAndEveryDossierEndsWithItsFiveTasksInHistory() {
    for (Peer p : Peer.values()) {
      assumeThat(Files.exists(Path.of(PEERS_DIR, p.id, "target", "peer-classpath.txt")))
          .as("%s's class path is built by mvn -Pbenchmarks -pl benchmarks -am", p.label)
          .isTrue();
    }
    PeersFigures.Options o =
        PeersFigures.Options.parse(
            "--stores", "h2-mem",
            "--peer-dbs", "h2-mem",
            "--h2-dossiers", "5,20",
            "--worklist-dossiers", "30",
            "--worklist-queries", "2,10",
            "--pgbench-seconds", "0",
            "--peers-dir", PEERS_DIR);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PeersFigures.Report r = PeersFigures.run(o, out);
    PeersFigures.print(r, o, out);

    assertThat(r.rows()).hasSize(3);
    assertThat(r.rows())
        .allSatisfy(
            row -> {
              assertThat(row.notMeasured()).as(row.engine() + " measured").isEmpty();
              assertThat(row.db()).isEqualTo("h2-mem");
              assertThat(row.transitionsPerSecond()).isPositive();
              assertThat(row.transitionsPerSecond()).isEqualTo(5 * row.dossiersPerSecond());
            });
    assertThat(r.rows())
        .extracting(PeersFigures.Row::engine)
        .containsExactly("motcua", "Flowable 7.2.0", "Camunda 7.24.0");
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("| motcua | h2-mem | ")
        .contains("| Flowable 7.2.0 | h2-mem | ")
        .contains("| Camunda 7.24.0 | h2-mem | ")
        .contains("target on h2-mem: motcua >= 30× Flowable 7.2.0: ")
        .contains("target on h2-mem: motcua >= 30× Camunda 7.24.0: ")
        .doesNotContain("not measured in this run");
  }

  @Test
  void aPeerThatCannotRunShowsItsPublishedFiguresAndIsNotJudged() {
    PeersFigures.Options o =
        PeersFigures.Options.parse(
            "--stores", "mem",
            "--peers", "camunda",
            "--peer-dbs", "h2-mem",
            "--h2-dossiers", "2,5",
            "--worklist-dossiers", "10",
            "--worklist-queries", "1,2",
            "--pgbench-seconds", "0",
            "--peers-dir", "no-such-dir");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PeersFigures.Report r = PeersFigures.run(o, out);
    PeersFigures.print(r, o, out);

    assertThat(r.row("Camunda 7.24.0", "h2-mem"))
        .hasValueSatisfying(
            row -> {
              assertThat(row.transitionsPerSecond()).isEqualTo(331.0);
              assertThat(row.notMeasured())
                  .hasValueSatisfying(w -> assertThat(w).contains("no class path"));
            });
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("| Camunda 7.24.0 (published, not measured in this run) | h2-mem | 331.0 |");
  }

  @Test
  void targetsAreJudgedOnMeasuredRowsOnly() {
    PeersFigures.Options o =
        PeersFigures.Options.parse("--peers", "flowable", "--pgbench-seconds", "0");
    PeersFigures.Report r =
        new PeersFigures.Report(
            java.util.List.of(
                row("motcua", "h2-mem", 3300),
                row("Flowable 7.2.0", "h2-mem", 100),
                row("motcua", "postgresql", 900),
                row("Flowable 7.2.0", "postgresql", 100)),
            java.util.OptionalDouble.of(1800));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PeersFigures.print(r, o, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("target on h2-mem: motcua >= 30× Flowable 7.2.0: 33.0× — MET")
        .contains("target on postgresql: motcua >= 10× Flowable 7.2.0: 9.0× — NOT MET")
        .contains("| motcua | postgresql | 900.0 | 180.0 |")
        .contains("| 9.0× | 0.50× |");
  }

  private static PeersFigures.Row row(String engine, String db, double tps) {
    double[] p = {1, 2};
    return new PeersFigures.Row(
        engine,
        db,
        tps,
        tps / 5,
        java.util.Optional.of(p),
        java.util.Optional.of(p),
        java.util.Optional.of(p),
        java.util.Optional.empty());
  }

  @Test
  void unknownPeersDatabasesAndOptionsAreRefused() {
    assertThatThrownBy(() -> PeersFigures.Options.parse("--peers", "jbpm"))
        .hasMessageContaining("unknown peer 'jbpm'");
    assertThatThrownBy(() -> PeersFigures.Options.parse("--peer-dbs", "mariadb"))
        .hasMessageContaining("unknown peer database 'mariadb'");
    assertThatThrownBy(() -> PeersFigures.Options.parse("--stores", "oracle"))
        .hasMessageContaining("unknown store 'oracle'");
    assertThatThrownBy(() -> PeersFigures.Options.parse("--rows", "5"))
        .hasMessageContaining("unknown options: [rows]");
  }
}
