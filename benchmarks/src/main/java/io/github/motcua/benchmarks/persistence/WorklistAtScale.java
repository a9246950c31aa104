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
package io.github.motcua.benchmarks.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.benchmarks.engine.FiveStepWorkload;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.engine.WorklistPage;
import io.github.motcua.persistence.jdbc.HostTransaction;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.persistence.jdbc.internal.Dialect;
import io.github.motcua.persistence.jdbc.internal.DossierSql;
import io.github.motcua.persistence.jdbc.internal.Tables;
import io.github.motcua.persistence.jdbc.internal.TimerSql;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorklistCursor;
import io.github.motcua.testing.SettableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The worklist and the timer claim at scale on PostgreSQL: {@code rows} open dossiers (default
 * 1,000,000) spread over 100 agencies and 3 staff roles, loaded into the store's own tables in a
 * database of their own, then timed through the engine and the store as an application calls them:
 *
 * <ul>
 *   <li>the first page of 50 of one (agency, role) worklist, and a middle page (keyset, reached by
 *       following the cursor from the first page), each 100 untimed then 500 timed;
 *   <li>{@code claimDueTimers} of a batch of 100, 20 untimed then 200 timed; each claim runs in a
 *       transaction that is rolled back after the timing (the claim's one statement, an {@code
 *       UPDATE ... RETURNING}, is timed, not the commit), so every claim sees the same million
 *       rows.
 * </ul>
 *
 * <p>Set-up (not timed): 300 template dossiers, one per (agency, role), are made by the engine on
 * an in-memory store (advanced 0, 1 or 3 steps: the one-stop officer's, a specialist's, the
 * leader's); row {@code i} copies template ({@code i mod 100}, {@code (i / 100) mod 3}) with its
 * own id, number and applicant and its due instants moved by up to 200 days, written by the store's
 * JSON writer ({@link DossierJson}) and loaded with {@code COPY} (the dossier row with its
 * snapshot, its active-step row; no events: the worklist and the claim never read them), then
 * {@code VACUUM ANALYZE}.
 *
 * <p>The plans are PostgreSQL's {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements the store
 * issues for those calls, captured by running the store's own statement builders ({@code
 * DossierSql}, {@code TimerSql}) under a jOOQ listener and inlining the bound values.
 */
public final class WorklistAtScale {
  static final int AGENCIES = 100;
  static final List<String> ROLES = List.of("one-stop-officer", "specialist", "leader");
  private static final int[] ADVANCE = {0, 1, 3};
  private static final long SPREAD_SECONDS = Duration.ofDays(200).toSeconds();

  /** The agency and role measured. */
  static final String AGENCY = agency(42);

  static final String ROLE = "specialist";

  private WorklistAtScale() {}

  /** The figures. */
  public record Result(
      int rows,
      double loadSeconds,
      Percentiles firstPage,
      Percentiles middlePage,
      int middlePageNumber,
      Percentiles claim,
      List<String> plans) {}

  static String agency(int i) {
    return String.format("ag-%03d", i);
  }

  /**
   * Loads and measures.
   *
   * @param database the PostgreSQL database to (re)create
   * @param rows the open dossiers to load
   * @param log where progress lines go
   * @return the figures and the plans
   */
  public static Result run(String database, int rows, java.util.function.Consumer<String> log) {
    BenchStore.recreateDatabase("postgresql", database);
    String url = BenchStore.PG_SERVER + database;
    try (HikariDataSource pool = BenchStore.pool(url, "postgres", "")) {
      JdbcDossierStore store = JdbcDossierStore.builder(pool).migrate(true).build();
      String prefix = store.tablePrefix();
      long t0 = System.nanoTime();
      Templates templates = new Templates();
      load(url, prefix, templates, rows);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      log.accept(
          String.format(
              "worklist at scale: loaded %,d open dossiers in %.1f s", rows, loadSeconds));

      SettableClock clock = SettableClock.at(templates.base, WorkingCalendar.vietnam().zone());
      DossierEngine engine = templates.engine(store, clock);
      Function<Optional<WorklistCursor>, WorklistPage> page =
          after -> engine.worklist(AGENCY, ROLE, Optional.empty(), after, 50);

      Percentiles first = time(100, 500, () -> page.apply(Optional.empty()));
      // the middle page of the (agency, role): follow the cursor half way
      int perList = perList(rows);
      int middle = Math.max(1, perList / 50 / 2);
      Optional<WorklistCursor> cursor = Optional.empty();
      for (int p = 0; p < middle; p++) {
        cursor = page.apply(cursor).next();
      }
      Optional<WorklistCursor> at = cursor;
      Percentiles mid = time(100, 500, () -> page.apply(at));

      Instant by = templates.base.plusSeconds(SPREAD_SECONDS / 2);
      Percentiles claim = timeClaims(pool, store, by, 20, 200);
      List<String> plans = plans(pool, prefix, at.orElseThrow(), by);
      return new Result(rows, loadSeconds, first, mid, middle + 1, claim, plans);
    }
  }

  /** The open steps of one (agency, role): row i belongs to (i mod 100, (i / 100) mod 3). */
  static int perList(int rows) {
    int n = 0;
    for (int i = 0; i < rows; i++) {
      if (i % AGENCIES == 42 && (i / AGENCIES) % ROLES.size() == 1) {
        n++;
      }
    }
    return n;
  }

  private interface Call {
    WorklistPage run();
  }

  private static Percentiles time(int untimed, int timed, Call call) {
    long[] nanos = new long[timed];
    for (int q = 0; q < untimed + timed; q++) {
      long t = System.nanoTime();
      WorklistPage p = call.run();
      long took = System.nanoTime() - t;
      if (p.items().size() != 50) {
        throw new IllegalStateException("a worklist page held " + p.items().size() + " items");
      }
      if (q >= untimed) {
        nanos[q - untimed] = took;
      }
    }
    return Percentiles.of(nanos);
  }

  private static Percentiles timeClaims(
      HikariDataSource pool, JdbcDossierStore store, Instant by, int untimed, int timed) {
    long[] nanos = new long[timed];
    for (int q = 0; q < untimed + timed; q++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try (HostTransaction tx = store.join(c)) {
          long t = System.nanoTime();
          List<String> ids = store.claimDueTimers(by, 100, "bench", by.plusSeconds(3600));
          long took = System.nanoTime() - t;
          if (ids.size() != 100) {
            throw new IllegalStateException("a claim returned " + ids.size() + " timers");
          }
          if (q >= untimed) {
            nanos[q - untimed] = took;
          }
          tx.rollback();
        }
        c.setAutoCommit(true);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return Percentiles.of(nanos);
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of the statements of a first page, a middle page and a claim. */
  private static List<String> plans(
      HikariDataSource pool, String prefix, WorklistCursor middle, Instant by) {
    Tables tables = new Tables(prefix, Dialect.POSTGRESQL);
    DossierSql sql = new DossierSql(tables, Dialect.POSTGRESQL);
    TimerSql timers = new TimerSql(tables, Dialect.POSTGRESQL);
    List<String> out = new ArrayList<>();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      List<String> captured = new ArrayList<>();
      ExecuteListener capture =
          new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
              if (ctx.query() != null) {
                captured.add(ctx.query().getSQL(ParamType.INLINED));
              }
            }
          };
      // the store's settings (JdbcDossierStore), plus the listener
      Settings settings =
          new Settings()
              .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
              .withExecuteLogging(false)
              .withRenderSchema(false);
      DSLContext dsl =
          DSL.using(
              DSL.using(c, SQLDialect.POSTGRES, settings)
                  .configuration()
                  .derive(new DefaultExecuteListenerProvider(capture)));
      StepQuery q = StepQuery.worklist(AGENCY, ROLE, 50);
      explain(c, out, captured, "worklist, first page", () -> sql.steps(dsl, q, 51));
      explain(c, out, captured, "worklist, middle page", () -> sql.steps(dsl, q.after(middle), 51));
      explain(
          c,
          out,
          captured,
          "claimDueTimers, batch of 100",
          () -> timers.claim(dsl, by, 100, "bench", by.plusSeconds(3600)));
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /**
   * Runs a call to capture its statements, rolls it back, then runs each statement under EXPLAIN
   * (ANALYZE, BUFFERS) in order, so each plan sees the state the call saw; rolls back again.
   */
  private static void explain(
      Connection c, List<String> out, List<String> captured, String what, Runnable call)
      throws SQLException {
    captured.clear();
    call.run();
    List<String> statements = List.copyOf(captured);
    c.rollback();
    for (String statement : statements) {
      StringBuilder plan = new StringBuilder();
      plan.append("-- ").append(what).append('\n').append(statement).append('\n');
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + statement)) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
      out.add(plan.toString());
    }
    c.rollback();
  }

  // ------------------------------------------------------------------ set-up

  /** One real dossier per (agency, role), made by the engine on an in-memory store. */
  static final class Templates {
    final Instant base = WorkingCalendar.vietnam().openingInstant(LocalDate.of(2026, 1, 5));
    final AgencyDirectory directory;
    final ProcedureCatalog catalog = ProcedureCatalog.of(FiveStepWorkload.procedure());
    final Dossier[][] dossiers = new Dossier[AGENCIES][ROLES.size()];

    Templates() {
      AgencyDirectory.Builder b = AgencyDirectory.builder();
      for (int a = 0; a < AGENCIES; a++) {
        b.add(Agency.root(agency(a), "District " + a, "district"));
      }
      directory = b.build();
      SettableClock clock = SettableClock.at(base, WorkingCalendar.vietnam().zone());
      DossierEngine engine = engine(new InMemoryDossierStore(), clock);
      for (int a = 0; a < AGENCIES; a++) {
        for (int r = 0; r < ROLES.size(); r++) {
          String ag = agency(a);
          Dossier d =
              engine
                  .submit(
                      SubmitCommand.builder(FiveStepWorkload.CODE, "template")
                          .bind("district", ag)
                          .receivedBy(Actor.of("u-desk", ag, "one-stop-officer"))
                          .build())
                  .dossier();
          for (int k = 0; k < ADVANCE[r]; k++) {
            Actor actor = FiveStepWorkload.ACTORS.get(k);
            d =
                engine
                    .perform(
                        PerformCommand.builder(
                                d.id(),
                                FiveStepWorkload.ACTIONS.get(k),
                                Actor.of(actor.userId(), ag, actor.roles().iterator().next()),
                                d.version())
                            .build())
                    .dossier();
          }
          if (!d.activeSteps().get(0).staffRole().equals(ROLES.get(r))) {
            throw new IllegalStateException("template at the wrong step: " + d.activeSteps());
          }
          dossiers[a][r] = d;
        }
      }
    }

    DossierEngine engine(io.github.motcua.spi.DossierStore store, SettableClock clock) {
      return DossierEngine.builder()
          .catalog(catalog)
          .agencies(directory)
          .store(store)
          .clock(clock)
          .build();
    }

    /** Row i: a copy of its template with its own keys and due instants moved. */
    Dossier row(int i) {
      Dossier t = dossiers[i % AGENCIES][(i / AGENCIES) % ROLES.size()];
      long shift = (i * 7919L) % SPREAD_SECONDS;
      List<StepInstance> steps = new ArrayList<>(t.activeSteps().size());
      for (StepInstance s : t.activeSteps()) {
        steps.add(
            s.with(
                s.clock(),
                s.dueAt().map(x -> x.plusSeconds(shift)),
                s.dueSoonAt().map(x -> x.plusSeconds(shift)),
                false,
                false));
      }
      return t.toBuilder()
          .id(String.format("d-%08d", i))
          .number(String.format("N-%08d", i))
          .applicantRef(String.format("a-%06d", i % 200_000))
          .dueAt(t.dueAt().map(x -> x.plusSeconds(shift)))
          .nextTimerAt(t.nextTimerAt().map(x -> x.plusSeconds(shift)))
          .activeSteps(steps)
          .build();
    }
  }

  /** COPY of the dossier rows, then of the active-step rows, then VACUUM ANALYZE. */
  private static void load(String url, String prefix, Templates templates, int rows) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      PGConnection pg = c.unwrap(PGConnection.class);
      copy(
          pg,
          "COPY "
              + prefix
              + "dossier (id, dossier_number, applicant_ref, procedure_code, receiving_agency_id,"
              + " received_at, finished_at, next_timer_at, dossier_version, lease_owner,"
              + " lease_until, snapshot) FROM STDIN (FORMAT csv)",
          rows,
          (i, sb) -> {
            Dossier d = templates.row(i);
            sb.append(d.id()).append(',').append(d.number()).append(',');
            sb.append(d.applicantRef()).append(',').append(d.procedureCode()).append(',');
            sb.append(d.receivingAgencyId()).append(',').append(d.receivedAt()).append(",,");
            d.nextTimerAt().ifPresent(sb::append);
            sb.append(',').append(d.version()).append(",,,");
            csvQuoted(sb, DossierJson.write(d));
            sb.append('\n');
          });
      copy(
          pg,
          "COPY "
              + prefix
              + "active_step (dossier_id, instance_id, agency_id, staff_role, assignee, due_at,"
              + " due_soon_at) FROM STDIN (FORMAT csv)",
          rows,
          (i, sb) -> {
            Dossier d = templates.row(i);
            for (StepInstance s : d.activeSteps()) {
              sb.append(d.id()).append(',');
              csvQuoted(sb, s.id());
              sb.append(',').append(s.agencyId()).append(',').append(s.staffRole()).append(",,");
              s.dueAt().ifPresent(sb::append);
              sb.append(',');
              s.dueSoonAt().ifPresent(sb::append);
              sb.append('\n');
            }
          });
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM (ANALYZE) " + prefix + "dossier");
        s.execute("VACUUM (ANALYZE) " + prefix + "active_step");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("loading the worklist rows failed", e);
    }
  }

  private interface RowWriter {
    void write(int i, StringBuilder sb);
  }

  private static void copy(PGConnection pg, String sql, int rows, RowWriter writer)
      throws SQLException {
    CopyIn in = pg.getCopyAPI().copyIn(sql);
    try {
      StringBuilder sb = new StringBuilder(1 << 22);
      for (int i = 0; i < rows; i++) {
        writer.write(i, sb);
        if (sb.length() > (1 << 21) || i == rows - 1) {
          byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          sb.setLength(0);
        }
      }
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void csvQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '"') {
        sb.append('"');
      }
      sb.append(ch);
    }
    sb.append('"');
  }
}
