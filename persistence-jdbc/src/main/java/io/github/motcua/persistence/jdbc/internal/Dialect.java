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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * What differs between the databases, in one place: the jOOQ dialect, the Flyway folder, how an
 * instant and a JSON document are typed, and whether a failed statement aborts the transaction.
 *
 * @param sqlDialect the jOOQ dialect
 * @param vendor the Flyway folder under {@code META-INF/motcua/migration/} (Spring Boot's vendor
 *     id)
 * @param abortsTransactionOnError whether a failed statement poisons the transaction (PostgreSQL):
 *     conflicts are then avoided with {@code ON CONFLICT DO NOTHING} instead of caught
 * @param instant the column type of an instant: microsecond timestamps holding UTC
 * @param json the column type of a JSON document, read and written as text
 */
public record Dialect(
    SQLDialect sqlDialect,
    String vendor,
    boolean abortsTransactionOnError,
    DataType<Instant> instant,
    DataType<String> json) {

  private static final Converter<OffsetDateTime, Instant> OFFSET =
      Converter.ofNullable(
          OffsetDateTime.class,
          Instant.class,
          OffsetDateTime::toInstant,
          i -> i.atOffset(ZoneOffset.UTC));
  private static final Converter<LocalDateTime, Instant> UTC =
      Converter.ofNullable(
          LocalDateTime.class,
          Instant.class,
          l -> l.toInstant(ZoneOffset.UTC),
          i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  private static final Converter<JSONB, String> JSONB_TEXT =
      Converter.ofNullable(JSONB.class, String.class, JSONB::data, JSONB::valueOf);

  /** H2 2.x: TIMESTAMP(6) holding UTC, CLOB documents, SKIP LOCKED supported. */
  public static final Dialect H2 =
      new Dialect(
          SQLDialect.H2,
          "h2",
          false,
          SQLDataType.LOCALDATETIME(6).asConvertedDataType(UTC),
          SQLDataType.CLOB);

  /** PostgreSQL 15: TIMESTAMP(6) WITH TIME ZONE, JSONB documents. */
  public static final Dialect POSTGRESQL =
      new Dialect(
          SQLDialect.POSTGRES,
          "postgresql",
          true,
          SQLDataType.TIMESTAMPWITHTIMEZONE(6).asConvertedDataType(OFFSET),
          SQLDataType.JSONB.asConvertedDataType(JSONB_TEXT));

  /** MariaDB 10.11: DATETIME(6) holding UTC, LONGTEXT documents. */
  public static final Dialect MARIADB =
      new Dialect(
          SQLDialect.MARIADB,
          "mariadb",
          false,
          SQLDataType.LOCALDATETIME(6).asConvertedDataType(UTC),
          SQLDataType.CLOB);
}
