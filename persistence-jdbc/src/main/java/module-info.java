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
/**
 * motcua persistence on JDBC: the dossier store on jOOQ over a host {@code DataSource}, with Flyway
 * migrations, for H2, PostgreSQL and MariaDB/MySQL. Exports the store's API only; the SQL stays in
 * the unexported {@code internal} package.
 */
@SuppressWarnings("requires-automatic")
module io.github.motcua.persistence.jdbc {
  requires transitive io.github.motcua.core;
  requires transitive java.sql;
  requires org.jooq;
  requires flyway.core;
  // compile time only: jOOQ's Settings carry JAXB annotations (see the pom); not needed at run time
  requires static jakarta.xml.bind;

  exports io.github.motcua.persistence.jdbc;
}
