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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.spi.DossierStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the demo keeps its dossiers: by default an H2 database in a file, {@code
 * ./motcua-demo/motcua.mv.db} relative to the working directory, kept between runs; or PostgreSQL /
 * MariaDB given by a JDBC URL; or the in-memory store. The JDBC stores run through a HikariCP pool
 * the demo owns (the library never owns a pool) on tables prefixed {@value #PREFIX}, so the demo's
 * tables never mix with a host's {@code motcua_} store in the same database.
 */
final class DemoStore implements AutoCloseable {
  /** The folder of the demo's H2 database when none is given, relative to the working directory. */
  static final String DEFAULT_DIR = "motcua-demo";

  /** The prefix of the demo's tables; {@code --fresh} drops every table that has it. */
  static final String PREFIX = "motcua_demo_";

  private final DossierStore store;
  private final String description;
  private final HikariDataSource pool;

  private DemoStore(DossierStore store, String description, HikariDataSource pool) {
    this.store = store;
    this.description = description;
    this.pool = pool;
  }

  /** The in-memory store: nothing is kept after the run. */
  static DemoStore inMemory() {
    return new DemoStore(
        new InMemoryDossierStore(), "in-memory store: nothing is kept after this run", null);
  }

  /**
   * The H2 database {@code motcua.mv.db} in a folder (created if missing), migrated.
   *
   * @param dir the folder
   * @param fresh whether to drop the demo's tables first
   */
  static DemoStore h2(Path dir, boolean fresh) {
    Path file = dir.toAbsolutePath().normalize().resolve("motcua");
    return jdbc("jdbc:h2:file:" + file, "", "", fresh, "H2 database " + file + ".mv.db");
  }

  /**
   * A database server given by a JDBC URL (PostgreSQL or MariaDB; MySQL 8 too), migrated.
   *
   * @param url the JDBC URL
   * @param user the user, or empty
   * @param password the password, or empty
   * @param fresh whether to drop the demo's tables first
   */
  static DemoStore server(String url, String user, String password, boolean fresh) {
    // the URL's parameters may carry a password: only the address is printed
    int query = url.indexOf('?');
    String shown = query < 0 ? url : url.substring(0, query);
    return jdbc(url, user, password, fresh, shown + ", tables " + PREFIX + "*");
  }

  private static DemoStore jdbc(
      String url, String user, String password, boolean fresh, String where) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (!user.isEmpty()) {
      config.setUsername(user);
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(4);
    config.setPoolName("motcua-demo");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      if (fresh) {
        dropDemoTables(pool);
      }
      JdbcDossierStore store =
          JdbcDossierStore.builder(pool).tablePrefix(PREFIX).migrate(true).build();
      return new DemoStore(store, where, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Drops every table of the current schema whose name starts with {@link #PREFIX}. */
  static void dropDemoTables(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            tables.add(name);
          }
        }
      }
      String q = md.getIdentifierQuoteString().trim();
      try (Statement s = c.createStatement()) {
        for (String t : tables) {
          s.execute("DROP TABLE " + q + t + q);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot drop the demo's tables (" + PREFIX + "*): SQLState " + e.getSQLState(), e);
    }
  }

  /** The store. */
  DossierStore store() {
    return store;
  }

  /** Where the dossiers are kept, for the demo's output; never a password. */
  String description() {
    return description;
  }

  /** The pool of a JDBC store, for tests. */
  Optional<DataSource> dataSource() {
    return Optional.ofNullable(pool);
  }

  /** Whether the dossiers outlive the run. */
  boolean durable() {
    return pool != null;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
