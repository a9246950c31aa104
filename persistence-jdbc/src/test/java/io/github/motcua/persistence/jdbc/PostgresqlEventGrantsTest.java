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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.AssignmentCommand;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.Step;
import io.github.motcua.testing.SettableClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grants of {@code docs/database-grants.md} on PostgreSQL (issue 10 §6): an application role
 * that may read and append events but not update, delete or truncate them runs the engine's
 * transitions through {@link JdbcDossierStore}, and cannot rewrite the audit trail. The tables get
 * a random prefix and the role a random name; both are dropped afterwards. Skipped when PostgreSQL
 * is not reachable.
 */
class PostgresqlEventGrantsTest {
  private static final TestDatabase DB = TestDatabase.POSTGRESQL;
  private static final Actor OFFICER = Actor.of("g-officer", "g-desk", "one-stop-officer");
  private static final Actor SPECIALIST = Actor.of("g-spec", "g-dept", "specialist");
  private static final Actor LEADER = Actor.of("g-lead", "g-dept", "leader");

  private JdbcDossierStore owner;
  private String role;
  private String prefix;

  @BeforeEach
  void createTablesAndRole() throws SQLException {
    owner = DB.fresh();
    prefix = owner.tablePrefix();
    role = "motcua_app_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    try (Connection c = DB.plain().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'test-only'");
      s.execute("GRANT USAGE ON SCHEMA public TO " + role);
      grant(s, "SELECT, INSERT", "dossier_event");
      grant(s, "SELECT, INSERT, UPDATE", "dossier");
      grant(s, "SELECT, INSERT, UPDATE, DELETE", "active_step");
      grant(s, "SELECT, INSERT, DELETE", "idempotency");
      grant(s, "SELECT, INSERT, UPDATE", "sequence");
      grant(s, "SELECT, INSERT, DELETE", "outbox");
      s.execute("GRANT SELECT ON \"" + prefix + "schema_history\" TO " + role);
    }
  }

  private void grant(Statement s, String privileges, String table) throws SQLException {
    s.execute("GRANT " + privileges + " ON " + prefix + table + " TO " + role);
  }

  @AfterEach
  void dropRoleAndTables() throws SQLException {
    if (owner == null) {
      return;
    }
    DB.drop(owner);
    try (Connection c = DB.plain().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP OWNED BY " + role);
      s.execute("DROP ROLE IF EXISTS " + role);
    }
  }

  private TestDatabase.SimpleDataSource asApplication() {
    return new TestDatabase.SimpleDataSource(DB.url(), role, "test-only");
  }

  @Test
  void theApplicationRoleRunsTransitionsButCannotRewriteEvents() throws SQLException {
    JdbcDossierStore store =
        JdbcDossierStore.builder(asApplication()).tablePrefix(prefix).migrate(false).build();
    SettableClock clock = SettableClock.at(Instant.parse("2026-03-02T02:00:00Z"));
    DossierEngine engine =
        DossierEngine.builder()
            .store(store)
            .catalog(ProcedureCatalog.of(procedure()))
            .agencies(
                AgencyDirectory.builder()
                    .add(Agency.root("g-city", "City", "province"))
                    .add(Agency.under("g-city", "g-desk", "Desk", "desk"))
                    .add(Agency.under("g-city", "g-dept", "Department", "department"))
                    .build())
            .clock(clock)
            .build();

    Dossier d = submit(engine, "g-1");
    d = perform(engine, d, "forward", OFFICER);
    d = engine.undo(d.id(), OFFICER, d.version()).dossier();
    d = perform(engine, d, "forward", OFFICER);
    d =
        engine
            .assign(
                AssignmentCommand.claim(
                        d.id(), d.activeSteps().get(0).id(), SPECIALIST, d.version())
                    .build())
            .dossier();
    d = perform(engine, d, "propose", SPECIALIST);
    d = perform(engine, d, "approve", LEADER);
    assertThat(d.outcome()).isPresent();
    Dossier other = submit(engine, "g-2");
    other = engine.withdraw(other.id(), OFFICER, other.version(), "applicant's request").dossier();
    clock.set(Instant.parse("2026-04-30T02:00:00Z"));
    engine.fireDueTimers(clock.instant());

    assertThat(engine.history(d.id()))
        .extracting(e -> e.type())
        .contains(EventType.UNDONE, EventType.STEP_CLAIMED)
        .hasSize((int) engine.get(d.id()).version());
    assertThat(engine.history(other.id())).hasSize((int) engine.get(other.id()).version());

    try (Connection c = asApplication().getConnection();
        Statement s = c.createStatement()) {
      String events = prefix + "dossier_event";
      assertPermissionDenied(s, "UPDATE " + events + " SET payload = payload");
      assertPermissionDenied(s, "DELETE FROM " + events);
      assertPermissionDenied(s, "DELETE FROM " + events + " WHERE dossier_id = '" + d.id() + "'");
      assertPermissionDenied(s, "TRUNCATE " + events);
      assertPermissionDenied(s, "ALTER TABLE " + events + " DISABLE TRIGGER ALL");
    }
    // the trail is whole after the attempts
    assertThat(engine.history(d.id())).hasSize((int) engine.get(d.id()).version());
  }

  private static void assertPermissionDenied(Statement s, String sql) {
    SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute(sql));
    assertThat((Throwable) e).as(sql).isNotNull();
    // 42501 insufficient_privilege; 42501 is also what ALTER by a non-owner gives
    assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
    assertThat(e.getMessage().toLowerCase(Locale.ROOT))
        .containsAnyOf("permission denied", "must be owner");
  }

  private static Dossier submit(DossierEngine engine, String applicant) {
    return engine
        .submit(
            SubmitCommand.builder("9.000777", applicant)
                .receivedBy(OFFICER)
                .bind("desk", "g-desk")
                .bind("dept", "g-dept")
                .build())
        .dossier();
  }

  private static Dossier perform(DossierEngine engine, Dossier d, String action, Actor actor) {
    return engine
        .perform(PerformCommand.builder(d.id(), action, actor, d.version()).comment("ok").build())
        .dossier();
  }

  private static Step step(String id, String role, String staff, DossierStatus status) {
    return Step.builder(id)
        .name(id)
        .agencyRole(role)
        .staffRole(staff)
        .budget(TimeLimit.workingDays(2))
        .status(status)
        .build();
  }

  private static Procedure procedure() {
    return Procedure.builder()
        .code("9.000777")
        .version(1)
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .name("Grants test procedure")
        .timeLimit(TimeLimit.workingDays(10), CountingRule.WORKING_TIME)
        .agencyRole(AgencyRole.bound("desk", "desk"))
        .agencyRole(AgencyRole.bound("dept", "department"))
        .step(step("receive", "desk", "one-stop-officer", DossierStatus.RECEIVED))
        .step(step("appraise", "dept", "specialist", DossierStatus.PROCESSING))
        .step(step("approve", "dept", "leader", DossierStatus.PROCESSING))
        .action(
            Action.builder("forward")
                .from("receive")
                .to("appraise")
                .allowedRoles("one-stop-officer")
                .undoable(true)
                .build())
        .action(
            Action.builder("propose")
                .from("appraise")
                .to("approve")
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("approve")
                .from("approve")
                .allowedRoles("leader")
                .outcome(Outcome.RETURNED)
                .build())
        .build();
  }
}
