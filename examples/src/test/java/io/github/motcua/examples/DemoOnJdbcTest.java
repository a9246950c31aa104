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
package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.spi.StatisticsScope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo on the JDBC store: H2 in a file by default, PostgreSQL when it is up. */
class DemoOnJdbcTest {
  private static final String POSTGRESQL =
      System.getProperty(
          "motcua.test.postgresql.url",
          Optional.ofNullable(System.getenv("MOTCUA_TEST_POSTGRESQL_URL"))
              .orElse("jdbc:postgresql://127.0.0.1:5432/motcua_test"));
  private static final String POSTGRESQL_USER =
      System.getProperty(
          "motcua.test.postgresql.user",
          Optional.ofNullable(System.getenv("MOTCUA_TEST_POSTGRESQL_USER")).orElse("postgres"));
  private static final String POSTGRESQL_PASSWORD =
      System.getProperty(
          "motcua.test.postgresql.password",
          Optional.ofNullable(System.getenv("MOTCUA_TEST_POSTGRESQL_PASSWORD")).orElse(""));

  @TempDir Path dir;

  /** Runs the jar's main with arguments; returns stdout, stderr and the exit code. */
  private static String[] run(String... args) {
    CommandLine cli = new CommandLine();
    int code = cli.run(args);
    return new String[] {cli.out(), cli.err(), "" + code};
  }

  /** The output without its lines about the store (which name a path or say in-memory). */
  private static String withoutStore(String output) {
    StringBuilder sb = new StringBuilder();
    boolean inStore = false;
    for (String line : output.split(System.lineSeparator(), -1)) {
      if (line.startsWith("  Their Mermaid diagrams: ")) {
        continue;
      }
      if (line.startsWith("Store (")) {
        inStore = true;
        continue;
      }
      if (inStore && line.startsWith("  ")) {
        continue;
      }
      inStore = false;
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static List<Dossier> stored(DemoStore store) {
    List<Dossier> all = new ArrayList<>();
    store
        .store()
        .forEachInScope(
            new StatisticsScope(
                Optional.empty(),
                Optional.empty(),
                Instant.EPOCH,
                Instant.parse("9000-01-01T00:00:00Z")),
            all::add);
    return all;
  }

  /** Whether standard error holds only the demo's phase lines. */
  private static boolean onlyPhases(String err) {
    return err.lines().allMatch(l -> l.startsWith("demo: ")) && !err.contains("\r");
  }

  @Test
  void onH2InAFileTheDemoPrintsTheSameYearAsOnTheInMemoryStoreAndKeepsIt() {
    Path data = dir.resolve("city");
    String[] h2 = run("demo", "--data", data.toString(), "--dossiers", "6");
    String[] memory = run("demo", "--in-memory", "--dossiers", "6");
    assertThat(h2[2]).isEqualTo("0");
    assertThat(onlyPhases(h2[1])).isTrue();
    assertThat(h2[1]).contains("demo: writing the procedure diagrams to");
    assertThat(h2[0])
        .contains(
            "Store (nơi lưu hồ sơ): H2 database " + data.toAbsolutePath().resolve("motcua.mv.db"))
        .contains("a new city, kept there: the next run continues it from 2026-01")
        .contains("3. A dossier moved by the reorganisation of 1/7/2025")
        .contains("agency changed (chuyển cơ quan)")
        .contains("Their Mermaid diagrams: " + data.resolve("diagrams").resolve("README.md"));
    assertThat(memory[0]).contains("Store (nơi lưu hồ sơ): in-memory store");
    assertThat(withoutStore(h2[0])).isEqualTo(withoutStore(memory[0]));
    assertThat(data.resolve("motcua.mv.db")).exists();
    assertThat(data.resolve("diagrams").resolve("README.md")).exists();
    assertThat(data.resolve("diagrams").resolve("1.001193-v2.mmd")).exists();
    try (DemoStore store = DemoStore.h2(data, false)) {
      assertThat(stored(store)).hasSize(6 * 12 + 1);
    }
  }

  @Test
  void aSecondRunOnTheSameFileContinuesTheCityWithTheNextMonthsAndFreshStartsOver() {
    String data = dir.resolve("city").toString();
    assertThat(run("demo", "--data", data, "--dossiers", "4")[2]).isEqualTo("0");

    String[] second = run("demo", "--data", data, "--dossiers", "3", "--months", "2");
    assertThat(onlyPhases(second[1])).isTrue();
    assertThat(second[2]).isEqualTo("0");
    assertThat(second[0])
        .startsWith("motcua city demo: Đà Nẵng, January to February 2026, seed 42")
        .containsPattern(
            "continues the city stored there: 49 dossiers received up to 2025-12, \\d+"
                + " of them still open and carried over")
        .contains("Simulated 00:00 1/1/2026 to 00:00 1/3/2026")
        .doesNotContain("A dossier moved by the reorganisation")
        .containsPattern("All agencies \\(tổng\\) +all procedures +6 +\\d+ ");
    List<Dossier> all;
    try (DemoStore store = DemoStore.h2(Path.of(data), false)) {
      all = stored(store);
    }
    // numbers come from the store's sequences and ids from a store sequence: none repeats
    assertThat(all).hasSize(55);
    assertThat(all.stream().map(Dossier::number).distinct()).hasSize(55);
    assertThat(all.stream().map(Dossier::id).distinct()).hasSize(55);

    // simulated time only moves forward on a kept city
    String[] back = run("demo", "--data", data, "--month", "2025-04");
    assertThat(back[2]).isEqualTo("2");
    assertThat(back[1])
        .contains("already has 2026-02; simulated time only moves forward: give --month 2026-03");

    String[] fresh = run("demo", "--data", data, "--dossiers", "4", "--fresh");
    assertThat(fresh[2]).isEqualTo("0");
    assertThat(fresh[0])
        .startsWith("motcua city demo: Đà Nẵng, January to December 2025, seed 42")
        .contains("a new city, kept there");
    try (DemoStore store = DemoStore.h2(Path.of(data), false)) {
      assertThat(stored(store)).hasSize(49);
    }
  }

  @Test
  void onPostgresqlTheDemoPrintsTheSameYearAsOnTheInMemoryStore() throws SQLException {
    try (Connection c =
        DriverManager.getConnection(POSTGRESQL, POSTGRESQL_USER, POSTGRESQL_PASSWORD)) {
      c.isValid(2);
    } catch (SQLException e) {
      String line =
          "PostgreSQL is not reachable at "
              + POSTGRESQL
              + ": the demo's PostgreSQL test is skipped. Start it with .ci/start-databases";
      System.err.println(line);
      Assumptions.abort(line);
    }
    // a schema of its own, so parallel builds never share the demo's tables
    String schema = "demo_" + Long.toHexString(System.nanoTime() & 0xffffffffL);
    try (Connection c =
            DriverManager.getConnection(POSTGRESQL, POSTGRESQL_USER, POSTGRESQL_PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      String url = POSTGRESQL + (POSTGRESQL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      List<String> args =
          new ArrayList<>(List.of("demo", "--jdbc-url", url, "--user", POSTGRESQL_USER));
      if (!POSTGRESQL_PASSWORD.isEmpty()) {
        args.addAll(List.of("--password", POSTGRESQL_PASSWORD));
      }
      args.addAll(List.of("--dossiers", "3", "--fresh"));
      String[] pg = run(args.toArray(String[]::new));
      assertThat(onlyPhases(pg[1])).isTrue();
      assertThat(pg[2]).isEqualTo("0");
      assertThat(pg[0])
          .contains(
              "Store (nơi lưu hồ sơ): " + POSTGRESQL.split("\\?")[0] + ", tables motcua_demo_*")
          .doesNotContain("currentSchema");
      assertThat(withoutStore(pg[0]))
          .isEqualTo(withoutStore(run("demo", "--in-memory", "--dossiers", "3")[0]));
    } finally {
      try (Connection c =
              DriverManager.getConnection(POSTGRESQL, POSTGRESQL_USER, POSTGRESQL_PASSWORD);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
