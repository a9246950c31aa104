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

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.ProcedureFormat;
import java.time.LocalDate;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Run by {@link ModulePathTest} in a JVM of its own, with motcua's jars on the module path: the
 * store migrates an H2 database (Flyway reads the store's scripts from its named module), the
 * calendar reads its bundled schedules, and the procedure format hands out its JSON Schema.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  /**
   * Runs the checks and prints what they found.
   *
   * @param args none
   */
  public static void main(String[] args) {
    if (!JdbcDossierStore.class.getModule().isNamed()) {
      throw new IllegalStateException("the store is not in a named module: check the module path");
    }
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:module-path;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    JdbcDossierStore store = JdbcDossierStore.builder(ds).migrate(true).build();
    System.out.println("module " + JdbcDossierStore.class.getModule().getName());
    System.out.println("store " + store.load("none").isEmpty());
    System.out.println(
        "calendar " + WorkingCalendar.vietnam().addWorkingDays(LocalDate.of(2026, 2, 13), 1));
    System.out.println("schema " + ProcedureFormat.jsonSchema().contains("\"$schema\""));
  }
}
