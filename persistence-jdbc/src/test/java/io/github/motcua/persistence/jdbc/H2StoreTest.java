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

import static io.github.motcua.spi.contract.StoreFixtures.T0;
import static io.github.motcua.spi.contract.StoreFixtures.dossier;
import static io.github.motcua.spi.contract.StoreFixtures.events;
import static io.github.motcua.spi.contract.StoreFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC store's own behaviour on H2. */
class H2StoreTest extends JdbcStoreBehaviour {
  @Override
  TestDatabase db() {
    return TestDatabase.H2_MEMORY;
  }

  @Test
  void buildingAStoreKeepsH2sLobsOfUpTo16KibInTheirRows() throws SQLException {
    assertThat(inplaceLob(db().plain())).isEqualTo(16_384);
  }

  @Test
  void aHostsOwnFlywayAtItsDefaultsSeesNoneOfTheStoresMigrations() {
    // Flyway scans a location with its subfolders: under db/migration, a host's Flyway would find
    // the store's migrations of every vendor and refuse to start (two migrations of version 1)
    String url = "jdbc:h2:mem:host-flyway" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    org.flywaydb.core.Flyway host =
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader())
            .dataSource(source(url, "sa"))
            .load();
    assertThat(host.info().all()).isEmpty();
    JdbcDossierStore store = JdbcDossierStore.builder(source(url, "sa")).migrate(true).build();
    assertThat(store.dialect().flywayLocation())
        .isEqualTo("classpath:META-INF/motcua/migration/h2")
        .doesNotContain("db/migration");
    assertThat(host.info().all()).isEmpty();
  }

  @Test
  void theMigrationsAreInAFolderThatIsNoPackageSoTheModuleDoesNotHideThemFromFlyway() {
    // on the module path, a resource of a named module in a folder named like a package is
    // encapsulated: Flyway could list it and not read it
    for (JdbcDialect d : JdbcDialect.values()) {
      String folder = d.flywayLocation().substring("classpath:".length());
      String first = folder.substring(0, folder.indexOf('/'));
      assertThat(javax.lang.model.SourceVersion.isIdentifier(first))
          .as("first folder of %s", folder)
          .isFalse();
      assertThat(getClass().getClassLoader().getResource(folder + "/V1__dossier_store.sql"))
          .as("V1 in %s", folder)
          .isNotNull();
    }
  }

  @Test
  void aStoreWithoutAdminRightsOnH2KeepsTheDatabasesLobSettingAndStillWorks() throws SQLException {
    // the admin's connection keeps the database open; other connections give no settings (an H2
    // setting in the URL needs admin rights)
    String url = "jdbc:h2:mem:noadmin" + System.nanoTime();
    try (Connection admin = DriverManager.getConnection(url, "sa", "");
        Statement s = admin.createStatement()) {
      JdbcDossierStore.builder(source(url, "sa")).migrate(true).build();
      s.execute("SET MAX_LENGTH_INPLACE_LOB 256");
      s.execute("CREATE USER officer PASSWORD 'p'");
      s.execute("GRANT ALL ON SCHEMA PUBLIC TO officer");

      JdbcDossierStore store = JdbcDossierStore.builder(source(url, "officer")).build();
      Dossier d = dossier("no-admin", step("s1", "desk", "officer", T0.plusSeconds(60)));
      store.insert(d, events(d.id(), 0, 1), Optional.empty());
      assertThat(store.load(d.id())).contains(d);
      assertThat(inplaceLob(source(url, "sa"))).isEqualTo(256);
      s.execute("SHUTDOWN");
    }
  }

  private static DataSource source(String url, String user) {
    return new TestDatabase.SimpleDataSource(url, user, user.equals("sa") ? "" : "p");
  }

  private static int inplaceLob(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'")) {
      return r.next() ? Integer.parseInt(r.getString(1).trim()) : 256;
    }
  }
}
