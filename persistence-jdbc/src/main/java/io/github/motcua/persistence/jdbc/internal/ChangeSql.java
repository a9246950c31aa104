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
package io.github.motcua.persistence.jdbc.internal;

import io.github.motcua.deadline.ClockState;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.spi.IdempotencyRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statements of every transition — the load by id, the dossier row's insert and
 * compare-and-set, the events, outbox rows and active-step rows that go with it, the idempotency
 * key — as plain JDBC over SQL text written once per dialect and table prefix, bound as prepared
 * statements.
 *
 * <p>Why not jOOQ here, when the rest of the store uses it: these few statements run on every
 * command, and their shape never changes. Building and rendering them with jOOQ on each call cost
 * more than the database work on H2 (a flight recording of the peer workload: jOOQ rendering and H2
 * parsing of new SQL text were most of a transition), and inlining values so that different
 * statements could share one static batch made every statement new SQL text to the database. The
 * same text on every call lets H2's per-session command cache and PostgreSQL's prepared-statement
 * cache (pgjdbc, after {@code prepareThreshold} uses) skip parsing. Queries whose shape depends on
 * their input (worklists, search, statistics, timer claims) stay in jOOQ ({@link DossierSql},
 * {@link TimerSql}).
 *
 * <p>The sequence behind dossier numbers is here too: it is taken on every submission.
 *
 * <p>PostgreSQL: a change is <em>one statement</em>, so one round trip: the dossier row's insert
 * ({@code ON CONFLICT DO NOTHING}) or compare-and-set is a data-modifying {@code WITH} query whose
 * {@code RETURNING} row the other writes join, so that when it matched nothing, nothing else is
 * written. Events, outbox rows and active steps arrive as arrays ({@code unnest}), so the text is
 * the same whatever their number. Active steps are diffed, not replaced: rows of steps no longer
 * active are deleted, the others upserted, and an unchanged row is not rewritten.
 *
 * <p>H2 and MariaDB (no data-modifying {@code WITH}): the dossier row's statement first, then one
 * JDBC batch per table (events, outbox), the delete of the dossier's active-step rows and one batch
 * of their new rows.
 */
public final class ChangeSql {
  /** The columns a change may rewrite besides the snapshot and version, in binding order. */
  private static final String[] STATE_COLUMNS = {
    "procedure_code",
    "receiving_agency_id",
    "received_at",
    "finished_at",
    "next_timer_at",
    "status",
    "status_code",
    "due_at",
    "competent_agency_id",
    "reorganised",
    "timeliness",
    "clock_paused"
  };

  /** The {@link #STATE_COLUMNS} that hold instants. */
  private static final Set<String> INSTANT_COLUMNS =
      Set.of("received_at", "finished_at", "next_timer_at", "due_at");

  /**
   * An instant's parameter on PostgreSQL: bound as text (ISO-8601, UTC) and cast by the server, so
   * that the parameter's type is the same whether the instant is there or not. pgjdbc sends a
   * present {@code OffsetDateTime} as {@code timestamptz} and a null as an untyped parameter; a
   * statement whose parameter types change is parsed anew, and a newly parsed statement is planned
   * afresh for its next five runs (PostgreSQL's custom plans): a statement log of the peer workload
   * showed the change statement parsed once in four runs and planned on every run.
   */
  private static final String INSTANT_PARAMETER = "CAST(? AS timestamptz)";

  private static final String STEP_COLUMNS =
      "instance_id, agency_id, staff_role, assignee, due_at, due_soon_at";

  private final boolean postgres;
  private final boolean mariadb;
  private final String nextSequence;
  private final String readSequence;
  private final String createSequence;
  private final String selectSnapshot;
  private final String insertKey;
  private final String deleteKey;
  private final String insertDossier;
  private final String compareAndSet;
  private final String insertEvent;
  private final String insertOutbox;
  private final String deleteSteps;
  private final String insertStep;

  /**
   * Writes the statements of one schema.
   *
   * @param prefix the table-name prefix
   * @param dialect the dialect
   */
  public ChangeSql(String prefix, Dialect dialect) {
    this.postgres = dialect == Dialect.POSTGRESQL;
    this.mariadb = dialect == Dialect.MARIADB;
    String dossier = prefix + "dossier";
    String event = prefix + "dossier_event";
    String outbox = prefix + "outbox";
    String step = prefix + "active_step";
    String json = postgres ? "CAST(? AS jsonb)" : "?";
    String[] stateParameters = new String[STATE_COLUMNS.length];
    for (int k = 0; k < STATE_COLUMNS.length; k++) {
      stateParameters[k] =
          postgres && INSTANT_COLUMNS.contains(STATE_COLUMNS[k]) ? INSTANT_PARAMETER : "?";
    }
    String onConflict = postgres ? " ON CONFLICT DO NOTHING" : "";

    selectSnapshot =
        "SELECT dossier_version, CASE WHEN dossier_version = ? THEN NULL ELSE snapshot END FROM "
            + dossier
            + " WHERE id = ?";
    insertKey =
        "INSERT INTO "
            + prefix
            + "idempotency (idem_key, dossier_id, operation, from_version, to_version, user_id,"
            + " digest) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + onConflict;
    deleteKey = "DELETE FROM " + prefix + "idempotency WHERE idem_key = ? AND dossier_id = ?";
    String dossierInsert =
        "INSERT INTO "
            + dossier
            + " (id, dossier_number, applicant_ref, external_ref, snapshot, dossier_version, "
            + String.join(", ", STATE_COLUMNS)
            + ") VALUES (?, ?, ?, ?, "
            + json
            + ", ?, "
            + String.join(", ", stateParameters)
            + ")"
            + onConflict;
    String dossierUpdate =
        "UPDATE "
            + dossier
            + " SET snapshot = "
            + json
            + ", dossier_version = ?, "
            + assignments(stateParameters)
            + ", lease_owner = NULL, lease_until = NULL"
            + " WHERE id = ? AND dossier_version = ? AND dossier_number = ? AND applicant_ref = ?";
    if (postgres) {
      String tail =
          " RETURNING id),"
              + " ev AS (SELECT x.seq, CAST(x.payload AS jsonb) AS payload,"
              + " CAST(x.at AS timestamptz) AS at"
              + " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]))"
              + " AS x(seq, payload, at)),"
              + " e AS (INSERT INTO "
              + event
              + " (dossier_id, event_seq, payload) SELECT w.id, ev.seq, ev.payload FROM w, ev),"
              + " o AS (INSERT INTO "
              + outbox
              + " (dossier_id, event_seq, recorded_at, payload)"
              + " SELECT w.id, ev.seq, ev.at, ev.payload FROM w, ev),"
              + " st AS (SELECT x.instance_id, x.agency_id, x.staff_role, x.assignee,"
              + " CAST(x.due_at AS timestamptz) AS due_at,"
              + " CAST(x.due_soon_at AS timestamptz) AS due_soon_at"
              + " FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
              + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))"
              + " AS x("
              + STEP_COLUMNS
              + ")),"
              + " gone AS (DELETE FROM "
              + step
              + " s USING w WHERE s.dossier_id = w.id"
              + " AND s.instance_id NOT IN (SELECT instance_id FROM st)),"
              + " kept AS (INSERT INTO "
              + step
              + " AS s (dossier_id, "
              + STEP_COLUMNS
              + ") SELECT w.id, st.instance_id, st.agency_id, st.staff_role, st.assignee,"
              + " st.due_at, st.due_soon_at FROM w, st"
              + " ON CONFLICT (dossier_id, instance_id) DO UPDATE SET"
              + " agency_id = EXCLUDED.agency_id, staff_role = EXCLUDED.staff_role,"
              + " assignee = EXCLUDED.assignee, due_at = EXCLUDED.due_at,"
              + " due_soon_at = EXCLUDED.due_soon_at"
              + " WHERE (s.agency_id, s.staff_role, s.assignee, s.due_at, s.due_soon_at)"
              + " IS DISTINCT FROM (EXCLUDED.agency_id, EXCLUDED.staff_role, EXCLUDED.assignee,"
              + " EXCLUDED.due_at, EXCLUDED.due_soon_at))"
              + " SELECT count(*) FROM w";
      insertDossier = "WITH w AS (" + dossierInsert + tail;
      compareAndSet = "WITH w AS (" + dossierUpdate + tail;
    } else {
      insertDossier = dossierInsert;
      compareAndSet = dossierUpdate;
    }
    String sequence = prefix + "sequence";
    if (postgres) {
      nextSequence =
          "INSERT INTO "
              + sequence
              + " AS q (seq_key, seq_value) VALUES (?, 1) ON CONFLICT (seq_key)"
              + " DO UPDATE SET seq_value = q.seq_value + 1 RETURNING seq_value";
    } else if (mariadb) {
      nextSequence =
          "INSERT INTO "
              + sequence
              + " (seq_key, seq_value) VALUES (?, 1)"
              + " ON DUPLICATE KEY UPDATE seq_value = seq_value + 1";
    } else {
      nextSequence =
          "SELECT seq_value FROM FINAL TABLE (UPDATE "
              + sequence
              + " SET seq_value = seq_value + 1 WHERE seq_key = ?)";
    }
    readSequence = "SELECT seq_value FROM " + sequence + " WHERE seq_key = ?";
    createSequence = "INSERT INTO " + sequence + " (seq_key, seq_value) VALUES (?, 1)";
    insertEvent = "INSERT INTO " + event + " (dossier_id, event_seq, payload) VALUES (?, ?, ?)";
    insertOutbox =
        "INSERT INTO "
            + outbox
            + " (dossier_id, event_seq, recorded_at, payload) VALUES (?, ?, ?, ?)";
    deleteSteps = "DELETE FROM " + step + " WHERE dossier_id = ?";
    insertStep =
        "INSERT INTO " + step + " (dossier_id, " + STEP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
  }

  /** {@code column = parameter, ...} of the {@link #STATE_COLUMNS}. */
  private static String assignments(String[] parameters) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < STATE_COLUMNS.length; k++) {
      b.append(k == 0 ? "" : ", ").append(STATE_COLUMNS[k]).append(" = ").append(parameters[k]);
    }
    return b.toString();
  }

  /**
   * Returns whether a change is one statement that writes everything ({@link #insert} and {@link
   * #compareAndSet} then need no {@link #writeRest}): PostgreSQL.
   *
   * @return whether it is
   */
  public boolean oneStatement() {
    return postgres;
  }

  /**
   * Returns the next number of a sequence, creating it at 1. PostgreSQL: one upsert returning the
   * value, so the row lock is held for the shortest time. MariaDB: one upsert (no UPDATE of a
   * missing key first: its gap lock deadlocks racing creators), then a read under the row lock this
   * transaction holds. H2: an UPDATE read through {@code FINAL TABLE}, else an insert at 1 (a lost
   * race to create increments instead).
   *
   * @param c the connection (in a transaction)
   * @param key the sequence key
   * @return the number
   * @throws SQLException if the database fails
   */
  public long nextSequence(Connection c, String key) throws SQLException {
    if (postgres) {
      return longOf(c, nextSequence, key);
    }
    if (mariadb) {
      try (PreparedStatement ps = c.prepareStatement(nextSequence)) {
        ps.setString(1, key);
        ps.executeUpdate();
      }
      return longOf(c, readSequence, key);
    }
    for (int attempt = 0; ; attempt++) {
      try (PreparedStatement ps = c.prepareStatement(nextSequence)) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getLong(1);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(createSequence)) {
        ps.setString(1, key);
        ps.executeUpdate();
        return 1;
      } catch (SQLException e) {
        if (!Failures.isUniqueViolation(e) || attempt > 3) {
          throw e;
        }
      }
    }
  }

  private static long longOf(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no row for sequence " + key);
        }
        return rs.getLong(1);
      }
    }
  }

  /**
   * A stored dossier row's version and its snapshot JSON, or null for the JSON when the version is
   * the one the caller already has.
   *
   * @param version the stored version
   * @param json the snapshot JSON, or null
   */
  public record StoredSnapshot(long version, String json) {}

  /**
   * Reads a dossier's version by id, and its snapshot unless the version is {@code knownVersion}
   * (the version of the snapshot the caller holds, or -1): one query either way.
   *
   * @param c the connection
   * @param id the dossier id
   * @param knownVersion the version whose snapshot need not be read, or -1
   * @return the row, if stored
   * @throws SQLException if the database fails
   */
  public Optional<StoredSnapshot> snapshotById(Connection c, String id, long knownVersion)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(selectSnapshot)) {
      ps.setLong(1, knownVersion);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new StoredSnapshot(rs.getLong(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  /**
   * Inserts an idempotency record; on PostgreSQL a conflict inserts nothing instead of failing (a
   * failed statement would abort the transaction).
   *
   * @param c the connection
   * @param r the record
   * @return 1, or 0 on a conflict (PostgreSQL only; elsewhere it throws)
   * @throws SQLException if the database fails
   */
  public int insertKey(Connection c, IdempotencyRecord r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertKey)) {
      ps.setString(1, r.key());
      ps.setString(2, r.dossierId());
      ps.setString(3, r.operation());
      ps.setLong(4, r.fromVersion());
      ps.setLong(5, r.toVersion());
      ps.setString(6, r.userId());
      ps.setString(7, r.digest());
      return ps.executeUpdate();
    }
  }

  /**
   * Removes an idempotency record this transaction inserted before its change was refused.
   *
   * @param c the connection
   * @param r the record
   * @throws SQLException if the database fails
   */
  public void deleteKey(Connection c, IdempotencyRecord r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(deleteKey)) {
      ps.setString(1, r.key());
      ps.setString(2, r.dossierId());
      ps.executeUpdate();
    }
  }

  /**
   * Inserts a dossier row — on PostgreSQL with its events, outbox rows and active steps, and a
   * conflict on any unique key inserts nothing instead of failing.
   *
   * @param c the connection
   * @param d the snapshot
   * @param json its JSON
   * @param events its events (written here on PostgreSQL only)
   * @return the dossier rows inserted: 1, or 0 on a conflict (PostgreSQL only; elsewhere it throws)
   * @throws SQLException if the database fails
   */
  public int insert(Connection c, Dossier d, String json, List<DossierEvent> events)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertDossier)) {
      ps.setString(1, d.id());
      ps.setString(2, d.number());
      ps.setString(3, d.applicantRef());
      ps.setString(4, d.externalRef().orElse(null));
      ps.setString(5, json);
      ps.setLong(6, d.version());
      int i = bindState(ps, 7, d);
      return execute(c, ps, i, d, events);
    }
  }

  /**
   * The compare-and-set of an update — on PostgreSQL with the new events, outbox rows and active
   * steps: replaces the row if it is at the expected version (with the same number and applicant)
   * and ends any timer lease.
   *
   * @param c the connection
   * @param d the new snapshot
   * @param json its JSON
   * @param expectedVersion the version it was computed from
   * @param events the new events (written here on PostgreSQL only)
   * @return rows updated: 1 when it won, 0 otherwise (and then nothing was written)
   * @throws SQLException if the database fails
   */
  public int compareAndSet(
      Connection c, Dossier d, String json, long expectedVersion, List<DossierEvent> events)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(compareAndSet)) {
      ps.setString(1, json);
      ps.setLong(2, d.version());
      int i = bindState(ps, 3, d);
      ps.setString(i++, d.id());
      ps.setLong(i++, expectedVersion);
      ps.setString(i++, d.number());
      ps.setString(i++, d.applicantRef());
      return execute(c, ps, i, d, events);
    }
  }

  /** Binds the {@link #STATE_COLUMNS} from {@code first} on; returns the next index. */
  private int bindState(PreparedStatement ps, int first, Dossier d) throws SQLException {
    int i = first;
    ps.setString(i++, d.procedureCode());
    ps.setString(i++, d.receivingAgencyId());
    setInstant(ps, i++, d.receivedAt());
    setInstant(ps, i++, d.finishedAt().orElse(null));
    setInstant(ps, i++, d.nextTimerAt().orElse(null));
    ps.setString(i++, d.status().name());
    ps.setShort(i++, (short) d.status().portalCode());
    setInstant(ps, i++, d.dueAt().orElse(null));
    ps.setString(i++, d.competentAgencyId());
    ps.setBoolean(i++, !d.competenceChanges().isEmpty());
    ps.setString(i++, d.timeliness().map(Enum::name).orElse(null));
    ps.setBoolean(i++, d.clock().state() == ClockState.PAUSED);
    return i;
  }

  /** Executes a dossier statement; on PostgreSQL binds the arrays of the rest first. */
  private int execute(
      Connection c, PreparedStatement ps, int next, Dossier d, List<DossierEvent> events)
      throws SQLException {
    if (!postgres) {
      return ps.executeUpdate();
    }
    int n = events.size();
    Long[] seqs = new Long[n];
    String[] payloads = new String[n];
    String[] ats = new String[n];
    for (int k = 0; k < n; k++) {
      DossierEvent e = events.get(k);
      seqs[k] = e.sequence();
      payloads[k] = DossierJson.write(e);
      ats[k] = e.at().toString();
    }
    List<StepInstance> steps = d.activeSteps();
    int s = steps.size();
    String[][] cols = new String[6][s];
    for (int k = 0; k < s; k++) {
      StepInstance st = steps.get(k);
      cols[0][k] = st.id();
      cols[1][k] = st.agencyId();
      cols[2][k] = st.staffRole();
      cols[3][k] = st.assignee().orElse(null);
      cols[4][k] = st.dueAt().map(Instant::toString).orElse(null);
      cols[5][k] = st.dueSoonAt().map(Instant::toString).orElse(null);
    }
    int i = next;
    ps.setArray(i++, c.createArrayOf("int8", seqs));
    ps.setArray(i++, c.createArrayOf("text", payloads));
    ps.setArray(i++, c.createArrayOf("text", ats));
    for (String[] col : cols) {
      ps.setArray(i++, c.createArrayOf("text", col));
    }
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Writes what follows the dossier row on H2 and MariaDB: the new events, an outbox row per event
   * (one batch each), then the dossier's active steps (replaced when {@code replaceSteps}: one
   * delete, one batch of inserts).
   *
   * @param c the connection
   * @param d the new snapshot
   * @param events its new events
   * @param replaceSteps whether earlier active-step rows may exist and must go first
   * @throws SQLException if the database fails
   * @throws IllegalStateException on PostgreSQL, where the dossier statement wrote them
   */
  public void writeRest(Connection c, Dossier d, List<DossierEvent> events, boolean replaceSteps)
      throws SQLException {
    if (postgres) {
      throw new IllegalStateException("on PostgreSQL the dossier statement writes the rest");
    }
    String[] payloads = new String[events.size()];
    try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
      for (int k = 0; k < payloads.length; k++) {
        DossierEvent e = events.get(k);
        payloads[k] = DossierJson.write(e);
        ps.setString(1, d.id());
        ps.setLong(2, e.sequence());
        ps.setString(3, payloads[k]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(insertOutbox)) {
      for (int k = 0; k < payloads.length; k++) {
        DossierEvent e = events.get(k);
        ps.setString(1, d.id());
        ps.setLong(2, e.sequence());
        setInstant(ps, 3, e.at());
        ps.setString(4, payloads[k]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    if (replaceSteps) {
      try (PreparedStatement ps = c.prepareStatement(deleteSteps)) {
        ps.setString(1, d.id());
        ps.executeUpdate();
      }
    }
    if (d.activeSteps().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(insertStep)) {
      for (StepInstance s : d.activeSteps()) {
        ps.setString(1, d.id());
        ps.setString(2, s.id());
        ps.setString(3, s.agencyId());
        ps.setString(4, s.staffRole());
        ps.setString(5, s.assignee().orElse(null));
        setInstant(ps, 6, s.dueAt().orElse(null));
        setInstant(ps, 7, s.dueSoonAt().orElse(null));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Binds an instant: ISO-8601 text for an {@link #INSTANT_PARAMETER} on PostgreSQL, a UTC local
   * timestamp elsewhere.
   */
  private void setInstant(PreparedStatement ps, int i, Instant at) throws SQLException {
    if (postgres) {
      ps.setString(i, at == null ? null : at.toString());
    } else if (at == null) {
      ps.setNull(i, Types.TIMESTAMP);
    } else {
      ps.setObject(i, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
  }
}
