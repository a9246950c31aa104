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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.spi.DossierStoreException;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two schemas of the application, each with its own Flyway run and history table: the host's
 * tables by Spring Boot's Flyway at its defaults ({@code classpath:db/migration}, {@code
 * flyway_schema_history}), motcua's by the store ({@code motcua_schema_history}), or by a
 * deployment step when {@code motcua.store.migrate=false}.
 */
class SchemaSetupTest {
  /** Starts the application on an H2 database of its own, with these settings over its own. */
  private static ConfigurableApplicationContext start(String database, String... settings) {
    List<String> args = new ArrayList<>();
    args.add("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    args.add("--server.port=0");
    args.add("--motcua.demo-dossiers=1");
    args.add("--motcua.timers.enabled=false");
    for (String s : settings) {
      args.add("--" + s);
    }
    return new SpringApplicationBuilder(MotcuaExampleApplication.class)
        .run(args.toArray(String[]::new));
  }

  private static List<String> versions(JdbcTemplate jdbc, String historyTable) {
    return jdbc.queryForList(
        "SELECT \"version\" FROM "
            + historyTable
            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
        String.class);
  }

  @Test
  void theHostsFlywayAtItsDefaultsAndTheStoresMigrationsLiveSideBySide() {
    try (ConfigurableApplicationContext app = start("schema-side-by-side")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      // the host's Flyway saw its own migration only, not the store's of any vendor
      assertThat(versions(jdbc, "\"flyway_schema_history\"")).containsExactly("1");
      // the store's history: a baseline at 0 (the host's table was there first), then its own
      assertThat(versions(jdbc, "\"motcua_schema_history\""))
          .containsExactly("0", "1", "2", "3", "4");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motcua_dossier", Integer.class))
          .isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency_note", Integer.class)).isZero();
    }
    // a second start on the same database migrates nothing and keeps the dossier
    try (ConfigurableApplicationContext app = start("schema-side-by-side")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(versions(jdbc, "\"motcua_schema_history\""))
          .containsExactly("0", "1", "2", "3", "4");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motcua_dossier", Integer.class))
          .isEqualTo(2);
    }
  }

  @Test
  void withoutTheStoresMigrationTheApplicationStopsAtStartUpUntilADeploymentStepMigrates() {
    Throwable refused =
        catchThrowable(() -> start("schema-deployment-step", "motcua.store.migrate=false"));
    while (refused != null && !(refused instanceof DossierStoreException)) {
      refused = refused.getCause();
    }
    assertThat(refused)
        .isInstanceOfSatisfying(
            DossierStoreException.class,
            e -> assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.SCHEMA))
        .hasMessageContaining("motcua_schema_history");

    JdbcDataSource deployment = new JdbcDataSource();
    deployment.setURL("jdbc:h2:mem:schema-deployment-step;DB_CLOSE_DELAY=-1");
    deployment.setUser("sa");
    JdbcDossierStore.migrate(deployment);

    try (ConfigurableApplicationContext app =
        start("schema-deployment-step", "motcua.store.migrate=false")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motcua_dossier", Integer.class))
          .isEqualTo(1);
    }
  }
}
