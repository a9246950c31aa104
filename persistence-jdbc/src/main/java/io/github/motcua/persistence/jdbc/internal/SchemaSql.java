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
package io.github.motcua.persistence.jdbc.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.quotedName;
import static org.jooq.impl.DSL.table;

import io.github.motcua.spi.DossierStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.SQLDataType;

/**
 * Migrations and the schema check. The schema is versioned by Flyway with its own history table
 * ({@code <prefix>schema_history}) so it never mixes with a host's; the migrations of each vendor
 * are in {@code META-INF/motcua/migration/<vendor>} with the placeholder {@code ${prefix}}.
 *
 * <p>Not under {@code db/migration}, Flyway's default location: Flyway scans a location with its
 * subfolders, so a host application running Flyway at its defaults (Spring Boot's auto-configured
 * Flyway does) would find the store's migrations of all three vendors beside its own and refuse to
 * start ("Found more than one migration with version 1"). The Spring Boot example's {@code
 * SchemaSetupTest} checks that a host's own Flyway at the defaults and the store live side by side.
 *
 * <p>Under {@code META-INF}, not in a folder named like a package: this jar is a named module
 * ({@code io.github.motcua.persistence.jdbc}), and on the module path a resource in a folder whose
 * name is a legal package name is encapsulated, so Flyway (another module) could list the scripts
 * but not read them ("Unable to obtain inputstream for resource"). {@code META-INF} is not a legal
 * package name, so its resources are open to every module.
 */
public final class SchemaSql {
  /** The schema version this library reads and writes. */
  public static final int EXPECTED_VERSION = 4;

  /** The classpath folder of the migrations, one subfolder per vendor. */
  private static final String MIGRATIONS = "META-INF/motcua/migration/";

  private SchemaSql() {}

  /**
   * Returns the Flyway location of a dialect's migrations.
   *
   * @param dialect the dialect
   * @return e.g. {@code classpath:META-INF/motcua/migration/postgresql}
   */
  public static String location(Dialect dialect) {
    return "classpath:" + MIGRATIONS + dialect.vendor();
  }

  /**
   * Migrates a database to the newest schema with Flyway.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @param prefix the table prefix
   */
  public static void migrate(DataSource dataSource, Dialect dialect, String prefix) {
    try {
      Flyway.configure(SchemaSql.class.getClassLoader())
          .dataSource(dataSource)
          .locations(location(dialect))
          .table(prefix + "schema_history")
          .placeholders(Map.of("prefix", prefix))
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new DossierStoreException(
          Failures.kind(e) == DossierStoreException.Kind.CONNECTION
              ? DossierStoreException.Kind.CONNECTION
              : DossierStoreException.Kind.SCHEMA,
          "migrating the motcua schema (Flyway location "
              + location(dialect)
              + ", history table "
              + prefix
              + "schema_history) failed: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Checks that the schema is at {@link #EXPECTED_VERSION}.
   *
   * @param c a context outside any transaction of the store
   * @param tables the tables
   * @param dialect the dialect
   * @throws DossierStoreException of kind {@code SCHEMA} when the schema is missing, older or
   *     newer, naming both versions
   */
  public static void check(DSLContext c, Tables tables, Dialect dialect) {
    List<Record2<String, Boolean>> rows;
    try {
      rows =
          c.select(
                  field(quotedName("version"), SQLDataType.VARCHAR),
                  field(quotedName("success"), SQLDataType.BOOLEAN))
              .from(table(quotedName(tables.historyTable)))
              .fetch();
    } catch (RuntimeException e) {
      if (Failures.kind(e) == DossierStoreException.Kind.CONNECTION) {
        throw Failures.translate("read the schema history", e);
      }
      throw new DossierStoreException(
          DossierStoreException.Kind.SCHEMA,
          "no motcua schema: the history table '"
              + tables.historyTable
              + "' cannot be read; this library expects schema version "
              + EXPECTED_VERSION
              + ". Call JdbcDossierStore.migrate, or Builder.migrate(true), or add Flyway location "
              + location(dialect)
              + " with that history table",
          e);
    }
    Optional<Integer> found =
        rows.stream()
            .filter(r -> Boolean.TRUE.equals(r.value2()) && r.value1() != null)
            .map(r -> parse(r.value1()))
            .max(Integer::compare);
    int version = found.orElse(0);
    if (version < EXPECTED_VERSION) {
      throw new DossierStoreException(
          DossierStoreException.Kind.SCHEMA,
          "the motcua schema is at version "
              + version
              + ", older than version "
              + EXPECTED_VERSION
              + " this library expects; migrate it (JdbcDossierStore.migrate or Flyway location "
              + location(dialect)
              + ")",
          null);
    }
    if (version > EXPECTED_VERSION) {
      throw new DossierStoreException(
          DossierStoreException.Kind.SCHEMA,
          "the motcua schema is at version "
              + version
              + ", newer than version "
              + EXPECTED_VERSION
              + " this library expects; a newer motcua migrated it, so upgrade this application",
          null);
    }
  }

  /** The size up to which H2 keeps a CLOB value in its row: 16 KiB. */
  public static final int H2_INPLACE_LOB_BYTES = 16_384;

  /**
   * On H2, raises the database's {@code MAX_LENGTH_INPLACE_LOB} to {@link #H2_INPLACE_LOB_BYTES}
   * when it is lower (never lowers it). H2 keeps a CLOB value up to that size in its row and larger
   * ones in its separate LOB storage, 256 bytes by default: every snapshot and event of a dossier
   * is larger, and writing and reading them there took a third of a transition's time on an H2 file
   * (the peer workload: 6,600 transitions/s, 10,200 with the values in their rows). The setting is
   * the database's and persistent, and needs admin rights: without them, the database keeps its
   * setting and the store works as before, slower; the store says so once on the JDK's platform
   * logger.
   *
   * @param c a connection to the H2 database
   */
  public static void keepH2LobsInRows(Connection c) {
    try (Statement s = c.createStatement()) {
      int current = 256;
      try (ResultSet r =
          s.executeQuery(
              "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                  + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'")) {
        if (r.next()) {
          current = Integer.parseInt(r.getString(1).trim());
        }
      }
      if (current < H2_INPLACE_LOB_BYTES) {
        s.execute("SET MAX_LENGTH_INPLACE_LOB " + H2_INPLACE_LOB_BYTES);
      }
    } catch (SQLException | NumberFormatException e) {
      System.getLogger(SchemaSql.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "motcua: H2 keeps values over its MAX_LENGTH_INPLACE_LOB in separate LOB storage, and"
                  + " the store could not raise it to "
                  + H2_INPLACE_LOB_BYTES
                  + " (it needs admin rights): dossiers are stored correctly but more slowly. Run"
                  + " SET MAX_LENGTH_INPLACE_LOB "
                  + H2_INPLACE_LOB_BYTES
                  + " as an admin once to lift it.");
    }
  }

  private static int parse(String version) {
    try {
      int dot = version.indexOf('.');
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
