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

import io.github.motcua.persistence.jdbc.internal.Dialect;
import io.github.motcua.spi.DossierStoreException;
import java.util.Locale;

/**
 * The databases the JDBC store speaks. {@link JdbcDossierStore.Builder#build()} detects the dialect
 * from the connection's metadata unless one is given.
 *
 * <p>MySQL 8 is not detected and not tested: the MariaDB migrations and statements use only what
 * MySQL 8.0.1+ also has ({@code DATETIME(6)}, {@code LONGTEXT} in utf8mb4 with a binary collation,
 * {@code FOR UPDATE SKIP LOCKED}, statement-level rollback on a duplicate key), so choosing {@link
 * #MARIADB} explicitly on MySQL 8 is expected to work, but nothing here proves it.
 */
public enum JdbcDialect {
  /** H2 2.x, in a file or in memory: the embedded default. */
  H2(Dialect.H2),
  /** PostgreSQL 15 (and later). */
  POSTGRESQL(Dialect.POSTGRESQL),
  /** MariaDB 10.11 (10.6 and later have {@code SKIP LOCKED}). */
  MARIADB(Dialect.MARIADB);

  private final Dialect dialect;

  JdbcDialect(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect internal() {
    return dialect;
  }

  /**
   * Returns the Flyway location of this dialect's migrations, the one a host that runs Flyway
   * itself adds: {@code classpath:META-INF/motcua/migration/<vendor>}, where the vendor is the id
   * Spring Boot's {@code {vendor}} placeholder expands to ({@code h2}, {@code postgresql}, {@code
   * mariadb}). It is outside Flyway's default location {@code db/migration} on purpose: a host's
   * own Flyway at its defaults never sees the store's migrations.
   *
   * @return the location
   */
  public String flywayLocation() {
    return io.github.motcua.persistence.jdbc.internal.SchemaSql.location(dialect);
  }

  /**
   * Picks the dialect of a database product name as JDBC metadata reports it.
   *
   * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
   * @return the dialect
   * @throws DossierStoreException of kind {@code OTHER} if the product is not one of the three
   */
  public static JdbcDialect fromProductName(String productName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (p.startsWith("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    if (p.contains("mariadb")) {
      return MARIADB;
    }
    throw new DossierStoreException(
        DossierStoreException.Kind.OTHER,
        "database '"
            + productName
            + "' is not one the JDBC store detects; supported: H2 2.x, PostgreSQL 15+, MariaDB"
            + " 10.11 (for MySQL 8 set Builder.dialect(JdbcDialect.MARIADB) explicitly, untested)",
        null);
  }
}
