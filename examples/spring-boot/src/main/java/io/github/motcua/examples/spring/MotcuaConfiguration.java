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
package io.github.motcua.examples.spring;

import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.TimerRunner;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * motcua's beans: the JDBC store on Spring's {@code DataSource}, joined to Spring's transactions;
 * the procedure catalog (the household business registration shipped with the examples); the agency
 * directory; the working calendar; the engine; and its timer runner on the context's lifecycle.
 */
@Configuration(proxyBeanMethods = false)
class MotcuaConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(MotcuaConfiguration.class);

  /** The shipped procedure (Đăng ký thành lập hộ kinh doanh, version 2). */
  static final String PROCEDURE = "procedures/household-business-registration-v2.yaml";

  /**
   * The store. It migrates motcua's tables itself ({@code motcua.store.migrate}, default true): its
   * own Flyway location, outside the host's {@code db/migration}, and its own history table {@code
   * motcua_schema_history}. Boot's auto-configured Flyway migrates the host's tables first: {@link
   * DependsOnDatabaseInitialization} orders this bean after it, so the host's Flyway finds an empty
   * schema on a new database, and the store baselines at version 0 beside the host's tables.
   */
  @Bean
  @DependsOnDatabaseInitialization
  JdbcDossierStore dossierStore(DataSource dataSource, MotcuaProperties properties) {
    boolean migrate = properties.store().migrate();
    JdbcDossierStore store =
        JdbcDossierStore.builder(dataSource)
            .transactionBinding(new SpringTransactionBinding(dataSource))
            .migrate(migrate)
            .build();
    LOG.info(
        "motcua store on {}: schema {} {} (history table {}schema_history)",
        store.dialect(),
        migrate ? "migrated from" : "checked; migrations at",
        store.dialect().flywayLocation(),
        store.tablePrefix());
    return store;
  }

  @Bean
  ProcedureCatalog procedureCatalog() {
    try (InputStream in = new ClassPathResource(PROCEDURE).getInputStream()) {
      return ProcedureCatalog.of(ProcedureFormat.yaml().read(in, PROCEDURE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PROCEDURE, e);
    }
  }

  @Bean
  AgencyDirectory agencyDirectory() {
    return AgencyDirectory.builder()
        .add(Agency.root(ExampleAgencies.PROVINCE, "Đà Nẵng", "province"))
        .add(
            Agency.under(
                ExampleAgencies.PROVINCE,
                ExampleAgencies.CENTRE,
                "Public Administration Service Centre",
                "centre"))
        .add(Agency.under(ExampleAgencies.PROVINCE, ExampleAgencies.COMMUNE, "Hải Châu", "ward"))
        .add(
            Agency.under(
                ExampleAgencies.COMMUNE,
                ExampleAgencies.REGISTRAR,
                "Hải Châu business registration office",
                "business-registration"))
        .build();
  }

  @Bean
  WorkingCalendar workingCalendar() {
    return WorkingCalendar.vietnam();
  }

  @Bean
  Clock clock(WorkingCalendar calendar) {
    return Clock.system(calendar.zone());
  }

  @Bean
  DossierEngine dossierEngine(
      JdbcDossierStore store,
      ProcedureCatalog catalog,
      AgencyDirectory agencies,
      WorkingCalendar calendar,
      Clock clock) {
    return DossierEngine.builder()
        .store(store)
        .catalog(catalog)
        .agencies(agencies)
        .calendar(calendar)
        .clock(clock)
        .build();
  }

  @Bean
  TimerRunnerLifecycle timerRunner(DossierEngine engine, MotcuaProperties properties) {
    MotcuaProperties.Timers timers = properties.timers();
    TimerRunner runner =
        TimerRunner.builder(engine)
            .interval(timers.interval())
            .batchSize(timers.batchSize())
            .maxBatchesPerRun(timers.maxBatchesPerRun())
            .build();
    return new TimerRunnerLifecycle(runner, timers.enabled());
  }
}
