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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.persistence.jdbc.internal.Dialect;
import io.github.motcua.persistence.jdbc.internal.DossierSql;
import io.github.motcua.persistence.jdbc.internal.Tables;
import io.github.motcua.persistence.jdbc.internal.TimerSql;
import io.github.motcua.spi.DossierStoreException;
import io.github.motcua.spi.StepQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What only PostgreSQL can show: a backend terminated in the middle of a unit of work, and the
 * plans of the worklist and timer-claim statements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresqlOperationsTest {
  private static final TestDatabase DB = TestDatabase.POSTGRESQL;
  private JdbcDossierStore store;
  private final String run = "o" + Long.toHexString(System.nanoTime()) + "-";

  @BeforeAll
  void createStore() {
    store = DB.fresh();
  }

  @AfterAll
  void dropTables() {
    if (store != null) {
      DB.drop(store);
    }
  }

  private Dossier inserted(String name, String agency, String role, boolean due) {
    Dossier d = dossier(run + name, step("s1", agency, role, due ? T0.plusSeconds(3600) : null));
    store.insert(d, events(d.id(), 0, 1), Optional.empty());
    return d;
  }

  private static Dossier fresh(String id) {
    return dossier(id, step("s1", "agency-lost", "officer", T0.plusSeconds(3600)));
  }

  // ------------------------------------------------------------------ a lost connection

  @Test
  void aBackendTerminatedDuringAUnitOfWorkIsARetryableConnectionFailureThatWritesNothing()
      throws SQLException {
    Dossier first = fresh(run + "lost-1");
    Dossier second = fresh(run + "lost-2");
    JdbcTransactions tx = (JdbcTransactions) store.transactions();
    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    () -> {
                      store.insert(first, events(first.id(), 0, 1), Optional.empty());
                      terminate(backendPid(tx.connection()));
                      store.insert(second, events(second.id(), 0, 1), Optional.empty());
                      return null;
                    }))
        .isInstanceOfSatisfying(
            DossierStoreException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.CONNECTION);
              assertThat(e.retryable()).isTrue();
            });
    assertThat(store.load(first.id())).isEmpty();
    assertThat(store.load(second.id())).isEmpty();
    // the next call borrows a sound connection and works
    store.insert(second, events(second.id(), 0, 1), Optional.empty());
    assertThat(store.load(second.id())).contains(second);
  }

  private static int backendPid(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void terminate(int pid) {
    try (Connection other = DB.plain().getConnection();
        Statement s = other.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
      r.next();
      assertThat(r.getBoolean(1)).as("backend %s terminated", pid).isTrue();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ plans

  @Test
  void theWorklistQueryAndTheTimerClaimUseTheirIndexesWithoutSorting() throws SQLException {
    String agency = run + "plans";
    // the officers' few steps, with and without a due instant, among many of other roles in the
    // same agency, so that only the (agency, role, due) index serves both parts of the worklist
    for (int i = 0; i < 6; i++) {
      inserted("plan-" + i, agency, "officer", i % 2 == 0);
    }
    for (int i = 0; i < 90; i++) {
      inserted("other-" + i, agency, "clerk-" + (i % 3), i % 2 == 0);
    }
    try (Connection c = DB.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE " + store.tablePrefix() + "active_step");
      s.execute("ANALYZE " + store.tablePrefix() + "dossier");
    }
    Tables tables = new Tables(store.tablePrefix(), Dialect.POSTGRESQL);
    DossierSql sql = new DossierSql(tables, Dialect.POSTGRESQL);
    TimerSql timers = new TimerSql(tables, Dialect.POSTGRESQL);
    Instant by = T0.plusSeconds(7200);
    try (Connection c = DB.dataSource().getConnection()) {
      c.setAutoCommit(false);
      List<String> captured = new ArrayList<>();
      DSLContext dsl = capturing(store, c, captured);
      sql.steps(dsl, StepQuery.worklist(agency, "officer", 50), 51);
      List<String> worklist = List.copyOf(captured);
      captured.clear();
      timers.claim(dsl, by, 100, "plans", by.plusSeconds(3600));
      // one UPDATE ... RETURNING whose subquery is the SELECT ... FOR UPDATE SKIP LOCKED
      assertThat(captured).hasSize(1);
      String claim = captured.get(0);
      c.rollback();
      assertThat(worklist).as("the due part and the undated part").hasSize(2);
      assertThat(claim).containsIgnoringCase("skip locked");
      try (Statement s = c.createStatement()) {
        // the test tables hold a few dozen rows, which the planner would rather read in full
        // (sequential scan) or fetch unordered and sort (bitmap scan, sort): priced out, it shows
        // the plan it uses on a real table. A Sort node that still appears then means no index
        // delivers the order the statement asks for
        s.execute("SET LOCAL enable_seqscan = off");
        s.execute("SET LOCAL enable_bitmapscan = off");
        s.execute("SET LOCAL enable_sort = off");
      }
      for (String statement : worklist) {
        assertThat(explain(c, statement))
            .contains(store.tablePrefix() + "active_step_worklist_ix")
            .doesNotContain("Sort");
      }
      assertThat(explain(c, claim))
          .contains(store.tablePrefix() + "dossier_timer_ix")
          .doesNotContain("Sort");
      c.rollback();
    }
  }

  /** The store's own context on a connection, recording each statement it runs, values inlined. */
  private static DSLContext capturing(JdbcDossierStore store, Connection c, List<String> captured) {
    ExecuteListener capture =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            if (ctx.query() != null) {
              captured.add(ctx.query().getSQL(ParamType.INLINED));
            }
          }
        };
    return DSL.using(
        store.dsl(c).configuration().derive(new DefaultExecuteListenerProvider(capture)));
  }

  private static String explain(Connection c, String statement) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("EXPLAIN " + statement)) {
      while (r.next()) {
        plan.append(r.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
