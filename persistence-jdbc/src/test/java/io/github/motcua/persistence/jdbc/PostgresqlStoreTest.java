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
import static io.github.motcua.spi.contract.StoreFixtures.next;
import static io.github.motcua.spi.contract.StoreFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC store's own behaviour on Postgresql. */
class PostgresqlStoreTest extends JdbcStoreBehaviour {
  @Override
  TestDatabase db() {
    return TestDatabase.POSTGRESQL;
  }

  /**
   * The change statement is prepared once on a connection and stays prepared whether the instants
   * it binds are there or not: pgjdbc prepares a statement anew when a parameter's type changes,
   * and PostgreSQL plans a newly prepared statement afresh on each of its first five runs.
   */
  @Test
  void theChangeStatementStaysPreparedWhetherItsInstantsArePresentOrNot() throws SQLException {
    try (Connection c = db().dataSource().getConnection()) {
      JdbcDossierStore oneConnection = sameTables(unclosable(c));
      Dossier d = dossier(id("prepared"), step("s1", "desk", "officer", T0.plusSeconds(3600)));
      oneConnection.insert(d, events(d.id(), 0, 1), Optional.empty());
      int updates = 16;
      for (int k = 0; k < updates; k++) {
        boolean due = k % 2 == 0;
        Dossier n =
            next(d, 1, List.of(step("s" + (k + 2), "desk", "officer", due ? T0 : null))).toBuilder()
                .dueAt(due ? Optional.empty() : Optional.of(T0.plusSeconds(k)))
                .build();
        oneConnection.update(n, d.version(), events(d.id(), d.version(), 1), Optional.empty());
        d = n;
      }
      assertThat(oneConnection.load(d.id())).contains(d);
      try (var s =
              c.prepareStatement(
                  "SELECT generic_plans + custom_plans FROM pg_prepared_statements"
                      + " WHERE statement LIKE 'WITH w AS (UPDATE %'");
          ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("the change statement is prepared on the server").isTrue();
        // pgjdbc runs a statement unprepared four times before it prepares it (prepareThreshold)
        assertThat(r.getLong(1)).isGreaterThanOrEqualTo(updates - 4);
        assertThat(r.next()).as("one prepared change statement").isFalse();
      }
    }
  }

  /** A data source that always hands out one connection, whose close does nothing. */
  private static DataSource unclosable(Connection c) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                PostgresqlStoreTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (p, m, args) -> {
                  if (m.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return m.invoke(c, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            PostgresqlStoreTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, args) -> {
              if (m.getName().equals("getConnection")) {
                return kept;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }
}
