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

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC store's own behaviour on Mariadb. */
class MariadbStoreTest extends JdbcStoreBehaviour {
  @Override
  TestDatabase db() {
    return TestDatabase.MARIADB;
  }

  @Test
  void timerClaimsAndOutboxRelaysRunAtReadCommittedInTheirOwnTransaction() throws SQLException {
    inserted("claimed");
    List<String> levels = new CopyOnWriteArrayList<>();
    JdbcDossierStore probed = sameTables(isolationAtClaims(db().dataSource(), levels));
    Instant by = Instant.parse("2030-01-01T00:00:00Z");
    probed.claimDueTimers(by, 10, "node-a", by.plusSeconds(60));
    assertThat(levels).as("the timer claim").containsExactly("READ-COMMITTED");
    levels.clear();
    probed.outboxRelay().relay(10, messages -> {});
    assertThat(levels).as("the outbox relay").isNotEmpty().allMatch("READ-COMMITTED"::equals);
    // in a transaction the host owns, the host's level stays
    levels.clear();
    try (Connection c = isolationAtClaims(db().dataSource(), levels).getConnection()) {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setAutoCommit(false);
      try (HostTransaction tx = probed.join(c)) {
        probed.claimDueTimers(by, 10, "node-b", by.plusSeconds(60));
        tx.rollback();
      }
      c.setAutoCommit(true);
    }
    assertThat(levels).as("a joined claim").containsExactly("REPEATABLE-READ");
  }

  /**
   * A data source whose connections record the isolation level in force ({@code @@tx_isolation})
   * each time a {@code SKIP LOCKED} statement is prepared on them.
   */
  private static DataSource isolationAtClaims(DataSource target, List<String> levels) {
    return (DataSource)
        Proxy.newProxyInstance(
            MariadbStoreTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, args) -> {
              Object r = call(target, m, args);
              if (!(r instanceof Connection c)) {
                return r;
              }
              return Proxy.newProxyInstance(
                  MariadbStoreTest.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (cp, cm, cargs) -> {
                    if (cm.getName().startsWith("prepare")
                        && cargs != null
                        && cargs[0] instanceof String sql
                        && sql.toLowerCase(Locale.ROOT).contains("skip locked")) {
                      try (Statement s = c.createStatement();
                          ResultSet rs = s.executeQuery("SELECT @@tx_isolation")) {
                        rs.next();
                        levels.add(rs.getString(1));
                      }
                    }
                    return call(c, cm, cargs);
                  });
            });
  }

  private static Object call(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
