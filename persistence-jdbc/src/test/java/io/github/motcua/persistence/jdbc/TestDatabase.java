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
package io.github.motcua.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the JDBC tests run on. H2 always runs; PostgreSQL and MariaDB run when reachable,
 * else their tests are skipped with one line naming the server and how to start it. URLs, users and
 * passwords can be overridden with system properties {@code motcua.test.<db>.url|user|password} or
 * environment variables {@code MOTCUA_TEST_<DB>_URL|USER|PASSWORD} (db: postgresql, mariadb). Each
 * call of {@link #fresh} returns a store with its own random table prefix, so runs never collide;
 * {@link #drop} removes its tables.
 */
enum TestDatabase {
  H2_MEMORY(null, null, null),
  H2_FILE(null, null, null),
  POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/motcua_test", "postgres", ""),
  MARIADB("jdbc:mariadb://127.0.0.1:3306/motcua_test", "root", "");

  private static final Map<TestDatabase, String> UNREACHABLE = new ConcurrentHashMap<>();
  private static final Map<TestDatabase, Boolean> CHECKED = new ConcurrentHashMap<>();

  private final String defaultUrl;
  private final String defaultUser;
  private final String defaultPassword;

  TestDatabase(String url, String user, String password) {
    this.defaultUrl = url;
    this.defaultUser = user;
    this.defaultPassword = password;
  }

  private String setting(String what, String fallback) {
    String key = name().toLowerCase(Locale.ROOT);
    String v = System.getProperty("motcua.test." + key + "." + what);
    if (v == null) {
      v = System.getenv("MOTCUA_TEST_" + name() + "_" + what.toUpperCase(Locale.ROOT));
    }
    return v != null ? v : fallback;
  }

  String url() {
    return switch (this) {
      case H2_MEMORY ->
          "jdbc:h2:mem:motcua-" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1";
      case H2_FILE -> "jdbc:h2:file:" + H2Files.DIR.resolve("motcua") + ";DB_CLOSE_DELAY=-1";
      default -> setting("url", defaultUrl);
    };
  }

  /**
   * The data source of this database: H2 over plain DriverManager (no pool), the servers through
   * one HikariCP pool per run (connections to them are slow to open).
   */
  DataSource dataSource() {
    assumeReachable();
    if (this == H2_MEMORY || this == H2_FILE) {
      return plain();
    }
    return POOLS.computeIfAbsent(
        this,
        db -> {
          HikariConfig config = new HikariConfig();
          config.setJdbcUrl(url());
          config.setUsername(setting("user", defaultUser));
          config.setPassword(setting("password", defaultPassword));
          config.setMaximumPoolSize(12);
          if (db == POSTGRESQL) {
            // test runs only: a commit need not wait for the disk
            config.addDataSourceProperty("options", "-c synchronous_commit=off");
          }
          config.setPoolName("motcua-test-" + name().toLowerCase(Locale.ROOT));
          return new HikariDataSource(config);
        });
  }

  private static final Map<TestDatabase, DataSource> POOLS = new ConcurrentHashMap<>();

  /** A plain DriverManager data source: no pool, a new connection each time. */
  DataSource plain() {
    assumeReachable();
    return new SimpleDataSource(
        url(), setting("user", defaultUser), setting("password", defaultPassword));
  }

  /** Skips the calling test, with one line, when this server cannot be reached. */
  void assumeReachable() {
    if (this == H2_MEMORY || this == H2_FILE) {
      return;
    }
    CHECKED.computeIfAbsent(
        this,
        db -> {
          try (Connection c =
              DriverManager.getConnection(
                  url(), setting("user", defaultUser), setting("password", defaultPassword))) {
            c.isValid(2);
          } catch (SQLException e) {
            String line =
                (this == POSTGRESQL ? "PostgreSQL" : "MariaDB")
                    + " is not reachable at "
                    + url()
                    + ": its tests are skipped. Start it with .ci/start-databases (or set"
                    + " motcua.test."
                    + name().toLowerCase(Locale.ROOT)
                    + ".url)";
            UNREACHABLE.put(this, line);
            System.err.println(line);
          }
          return true;
        });
    String line = UNREACHABLE.get(this);
    Assumptions.assumeTrue(line == null, line);
  }

  /** A store on new tables with a random prefix, migrated. */
  JdbcDossierStore fresh() {
    return freshBuilder().build();
  }

  JdbcDossierStore.Builder freshBuilder() {
    String prefix = "t" + Long.toHexString(System.nanoTime() & 0xffffffffffL) + "_";
    return JdbcDossierStore.builder(dataSource()).tablePrefix(prefix).migrate(true);
  }

  /** Drops a store's tables and its history table. */
  void drop(JdbcDossierStore store) {
    String p = store.tablePrefix();
    List<String> tables = new ArrayList<>();
    for (String t :
        List.of("outbox", "sequence", "idempotency", "active_step", "dossier_event", "dossier")) {
      tables.add(p + t);
    }
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
      String history = p + "schema_history";
      s.execute(
          "DROP TABLE IF EXISTS "
              + (this == MARIADB ? "`" + history + "`" : "\"" + history + "\""));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test tables of prefix " + p, e);
    }
  }

  /** Where the H2 file database lives for this JVM. */
  private static final class H2Files {
    static final Path DIR;

    static {
      try {
        DIR = Files.createTempDirectory("motcua-h2-");
        DIR.toFile().deleteOnExit();
      } catch (java.io.IOException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  /** A DataSource over DriverManager. */
  record SimpleDataSource(String url, String user, String password) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return DriverManager.getConnection(url, u, p);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
