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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.spi.DossierStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A store under measurement, each in a fresh database of its own: {@code mem} (the in-memory
 * store), {@code h2-mem}, {@code h2-file} (a new directory under the temporary directory), {@code
 * postgresql} (a database created on 127.0.0.1:5432, user {@code postgres}) and {@code mariadb} (a
 * database created on 127.0.0.1:3306, user {@code root}). JDBC stores are reached through a
 * HikariCP pool of two connections and migrated by the store ({@code migrate(true)}). Closing drops
 * what was created.
 */
public final class BenchStore implements AutoCloseable {
  /** Every store name, in the order a run measures them. */
  public static final List<String> NAMES =
      List.of("mem", "h2-mem", "h2-file", "postgresql", "mariadb");

  /** The PostgreSQL server: 127.0.0.1:5432, user postgres, trust authentication. */
  public static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /** The MariaDB server: 127.0.0.1:3306, user root, no password. */
  static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

  private final String name;
  private final DossierStore store;
  private final HikariDataSource pool;
  private final Runnable drop;

  private BenchStore(String name, DossierStore store, HikariDataSource pool, Runnable drop) {
    this.name = name;
    this.store = store;
    this.pool = pool;
    this.drop = drop;
  }

  /**
   * Opens a store by name in a fresh database.
   *
   * @param name one of {@link #NAMES}
   * @param database the database to create on a server ({@code postgresql}, {@code mariadb})
   * @return the store
   * @throws IllegalArgumentException for an unknown name
   */
  public static BenchStore open(String name, String database) {
    switch (name) {
      case "mem":
        return new BenchStore(name, new InMemoryDossierStore(), null, () -> {});
      case "h2-mem":
        {
          String url = "jdbc:h2:mem:" + database + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
          HikariDataSource pool = pool(url, "sa", "");
          return jdbc(name, pool, () -> execute(pool, "SHUTDOWN"));
        }
      case "h2-file":
        {
          Path dir = tempDir();
          HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve(database), "sa", "");
          return jdbc(
              name,
              pool,
              () -> {
                execute(pool, "SHUTDOWN");
                deleteTree(dir);
              });
        }
      case "postgresql":
        {
          recreateDatabase(name, database);
          HikariDataSource pool = pool(PG_SERVER + database, "postgres", "");
          return jdbc(name, pool, () -> {});
        }
      case "mariadb":
        {
          recreateDatabase(name, database);
          HikariDataSource pool = pool(MARIADB_SERVER + database, "root", "");
          return jdbc(name, pool, () -> {});
        }
      default:
        throw new IllegalArgumentException(
            "unknown store '" + name + "'; known: " + String.join(", ", NAMES));
    }
  }

  private static BenchStore jdbc(String name, HikariDataSource pool, Runnable drop) {
    try {
      return new BenchStore(name, JdbcDossierStore.builder(pool).migrate(true).build(), pool, drop);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Drops and creates a database on the PostgreSQL or MariaDB server.
   *
   * @param server {@code postgresql} or {@code mariadb}
   * @param database the database name (letters, digits, underscores)
   * @throws IllegalArgumentException if the name is not plain
   * @throws IllegalStateException if the server refuses
   */
  public static void recreateDatabase(String server, String database) {
    if (!database.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: '" + database + "'");
    }
    boolean pg = server.equals("postgresql");
    String url = pg ? PG_SERVER + "postgres" : MARIADB_SERVER;
    try (Connection c = DriverManager.getConnection(url, pg ? "postgres" : "root", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + (pg ? " WITH (FORCE)" : ""));
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database + " on " + url, e);
    }
  }

  /**
   * A HikariCP pool of two connections.
   *
   * @param url the JDBC URL
   * @param user the user
   * @param password the password
   * @return the pool
   */
  static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    config.setPoolName("bench");
    return new HikariDataSource(config);
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      // the database is being thrown away
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("motcua-bench-h2");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the store's name.
   *
   * @return one of {@link #NAMES}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the store.
   *
   * @return the store
   */
  public DossierStore store() {
    return store;
  }

  /**
   * Gathers the planner's statistics on PostgreSQL ({@code ANALYZE}), as autovacuum would in time
   * (it is off on this machine's server); nothing on the other stores. The peers' harness does the
   * same at the same point of measure 2.
   */
  public void analyze() {
    if (name.equals("postgresql")) {
      execute(pool, "ANALYZE");
    }
  }

  /**
   * Returns the pool of a JDBC store.
   *
   * @return the pool; empty for {@code mem}
   */
  public Optional<DataSource> dataSource() {
    return Optional.ofNullable(pool);
  }

  @Override
  public void close() {
    try {
      drop.run();
    } finally {
      if (pool != null) {
        pool.close();
      }
    }
  }
}
