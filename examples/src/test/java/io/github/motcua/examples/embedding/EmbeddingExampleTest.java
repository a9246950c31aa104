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
package io.github.motcua.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.DossierStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The README's embedding example runs on H2 and on PostgreSQL, and the README shows its code. */
class EmbeddingExampleTest {
  /** Tuesday 28 April 2026, 15:30 in Vietnam: before the 30 April and 1 May holidays. */
  private static final Clock TUESDAY_AFTERNOON =
      Clock.fixed(
          LocalDateTime.of(2026, 4, 28, 15, 30).atZone(EmbeddingExample.VIETNAM).toInstant(),
          EmbeddingExample.VIETNAM);

  private static String setting(String property, String env, String fallback) {
    return System.getProperty(property, Optional.ofNullable(System.getenv(env)).orElse(fallback));
  }

  private static String runOn(DataSource dataSource, String prefix, List<Dossier> result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result.add(EmbeddingExample.run(dataSource, prefix, TUESDAY_AFTERNOON, out));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertTheStory(
      String output, Dossier dossier, DataSource dataSource, String prefix) {
    // received, forwarded, proposed by the specialist, approved by the leader: at the hand-over
    assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_READY);
    assertThat(dossier.activeSteps()).extracting(s -> s.stepId()).containsExactly("hand-over");
    String[] lines = output.split("\\R");
    // the worklist line: the dossier at the examination step with its 1.5 working days left
    assertThat(lines[0]).startsWith(dossier.number() + "  Examine the dossier  còn 1 ngày 4 giờ");
    // the explanation names the rule and the holidays skipped
    // 3 working days from the next working day: 29/4, (30/4 and 1/5 off, a weekend), 4/5, 5/5
    assertThat(output)
        .contains("Tiếp nhận lúc 15:30 thứ Ba, ngày 28/4/2026")
        .contains("3 ngày làm việc")
        .contains("30/4/2026")
        .contains("1/5/2026")
        .contains("Hạn giải quyết: 17:00 thứ Ba, ngày 5/5/2026");
    // the dossier and its audit trail are in the store's tables, not just in memory
    JdbcDossierStore reread = JdbcDossierStore.builder(dataSource).tablePrefix(prefix).build();
    assertThat(reread.load(dossier.id()))
        .hasValueSatisfying(d -> assertThat(d.version()).isEqualTo(dossier.version()));
    assertThat(reread.history(dossier.id(), 0))
        .extracting(e -> e.type())
        .contains(EventType.SUBMITTED)
        .filteredOn(t -> t == EventType.ACTION_PERFORMED)
        .hasSize(3);
  }

  @Test
  void onH2TheDossierIsReceivedExaminedApprovedAndItsDateExplained() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:embedding-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    List<Dossier> result = new ArrayList<>();
    String output = runOn(h2, JdbcDossierStore.DEFAULT_PREFIX, result);
    assertTheStory(output, result.get(0), h2, JdbcDossierStore.DEFAULT_PREFIX);
  }

  @Test
  void onPostgresqlTheSameCodeTellsTheSameStory() throws SQLException {
    String url =
        setting(
            "motcua.test.postgresql.url",
            "MOTCUA_TEST_POSTGRESQL_URL",
            "jdbc:postgresql://127.0.0.1:5432/motcua_test");
    String user = setting("motcua.test.postgresql.user", "MOTCUA_TEST_POSTGRESQL_USER", "postgres");
    String password =
        setting("motcua.test.postgresql.password", "MOTCUA_TEST_POSTGRESQL_PASSWORD", "");
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      assertThat(c.isValid(3)).isTrue();
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL unreachable at " + url + " (" + e.getMessage() + "): skipped");
    }
    String prefix = "embed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
    try (HikariDataSource pg = new HikariDataSource()) {
      pg.setJdbcUrl(url);
      pg.setUsername(user);
      pg.setPassword(password);
      pg.setMaximumPoolSize(2);
      try {
        List<Dossier> result = new ArrayList<>();
        String output = runOn(pg, prefix, result);
        List<Dossier> onH2 = new ArrayList<>();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:embedding-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        String h2Output = runOn(h2, JdbcDossierStore.DEFAULT_PREFIX, onH2);
        assertTheStory(output, result.get(0), pg, prefix);
        assertThat(output).isEqualTo(h2Output);
      } finally {
        dropTables(pg, prefix);
      }
    }
  }

  /** Drops the tables this test's store created (each its own prefix). */
  private static void dropTables(DataSource dataSource, String prefix) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(null, null, prefix + "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      try (Statement s = c.createStatement()) {
        for (String t : tables) {
          s.execute("DROP TABLE IF EXISTS \"" + t + "\" CASCADE");
        }
      }
    }
  }

  @Test
  void theReadmeShowsTheExampleCodeWordForWord() throws IOException {
    Path source =
        Path.of("src/main/java/io/github/motcua/examples/embedding/EmbeddingExample.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("// tag::use[]")) {
        from = i + 1;
      } else if (lines.get(i).trim().equals("// end::use[]")) {
        to = i;
      }
    }
    assertThat(from).as("tag::use[] in %s", source).isPositive();
    assertThat(to).as("end::use[] after tag::use[]").isGreaterThan(from);
    List<String> region = lines.subList(from, to);
    int indent =
        region.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    String snippet =
        region.stream()
            .map(l -> l.isBlank() ? "" : l.substring(indent))
            .collect(Collectors.joining("\n", "```java\n", "\n```\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .as("README.md must show EmbeddingExample's tag::use[] region in a ```java block")
        .contains(snippet);
  }
}
