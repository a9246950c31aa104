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

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.persistence.jdbc.internal.ChangeSql;
import io.github.motcua.persistence.jdbc.internal.DossierSql;
import io.github.motcua.persistence.jdbc.internal.Failures;
import io.github.motcua.persistence.jdbc.internal.OutboxSql;
import io.github.motcua.persistence.jdbc.internal.SchemaSql;
import io.github.motcua.persistence.jdbc.internal.SnapshotCache;
import io.github.motcua.persistence.jdbc.internal.Tables;
import io.github.motcua.persistence.jdbc.internal.TimerSql;
import io.github.motcua.spi.DossierCursor;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.spi.DossierPage;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.DossierStoreException;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsCounts;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.StoreArguments;
import io.github.motcua.spi.Transactions;
import io.github.motcua.spi.WorkItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The {@link DossierStore} on JDBC (jOOQ) over a {@link DataSource} the host owns: H2 2.x in a file
 * or in memory (the embedded default), PostgreSQL 15, MariaDB 10.11 (see {@link JdbcDialect} for
 * MySQL 8). The library never owns a pool: it borrows a connection per transaction and returns it.
 *
 * <p>Start-up: {@link Builder#build()} detects the dialect, optionally migrates (Flyway, history
 * table {@code <prefix>schema_history}, location {@link JdbcDialect#flywayLocation()}), and checks
 * the schema version: a schema older or newer than this library expects fails the build with a
 * {@link DossierStoreException} of kind {@code SCHEMA} naming both versions. It then fills the
 * columns schema version 2 added (status, status code, due instant) on dossiers stored before it,
 * from their snapshots; on a database migrated from version 2 on there is nothing to fill.
 *
 * <p>Tables ({@code <prefix>} defaults to {@code motcua_}): {@code dossier} (indexed columns plus
 * the snapshot as {@link DossierJson} — {@code jsonb} on PostgreSQL, {@code LONGTEXT} on MariaDB,
 * {@code CLOB} on H2), {@code dossier_event} (append-only), {@code active_step} (one row per active
 * step instance, index (agency, role, due, dossier, instance)), {@code idempotency}, {@code
 * sequence} and {@code outbox}. Instants are UTC timestamps of microsecond precision.
 *
 * <p>Transactions: see {@link #transactions()}, {@link #join(Connection)} and {@link
 * TransactionBinding}. A store call outside any unit of work is its own transaction.
 *
 * <p>Isolation on MariaDB: a transaction the store begins itself runs at {@code READ COMMITTED}
 * (the connection's level is restored after), as PostgreSQL and H2 do by default. At MariaDB's
 * default {@code REPEATABLE READ} a plain read returns the transaction's first snapshot: a command
 * that lost a race with its own first attempt (same idempotency key, sent twice at once) would not
 * see the winner's key when it looks again, and would be refused as a key conflict instead of
 * answered with the first result; and the locking range scans of {@link #claimDueTimers} and {@link
 * OutboxRelay#relay} ({@code FOR UPDATE SKIP LOCKED} over the timer and outbox indexes) would also
 * take gap and next-key locks, blocking concurrent inserts of dossiers and events into the scanned
 * ranges until the claim commits. Correctness otherwise rests on the version compare-and-set, the
 * unique keys and the locked rows, not on the level. In a joined transaction the host's level
 * applies (a host at {@code REPEATABLE READ} gets the key conflict in that race).
 *
 * <p>Statements: the ones every command runs (the load by id, the dossier row's insert and
 * compare-and-set with the rows that go with it, the idempotency key, the sequence) are plain JDBC
 * over SQL text written once per dialect and prefix, bound as prepared statements ({@code
 * ChangeSql} in the internal package says why); queries whose shape depends on their input
 * (worklists, search, statistics, timer claims) are built with jOOQ.
 *
 * <p>Statements and round trips, counted by {@code
 * JdbcStoreBehaviour.aChangeIsOneStatementOnPostgresqlAndOneBatchPerTableElsewhere} on a
 * transaction the store opens itself (a joined transaction has no commit of its own); e new events,
 * s active steps after the change:
 *
 * <ul>
 *   <li>PostgreSQL, {@link #update} and {@link #insert}: 2 round trips, 1 statement — one
 *       data-modifying {@code WITH} statement (the compare-and-set or the insert of the dossier
 *       row, the events, their outbox rows, the active-step rows: steps no longer active deleted,
 *       the others upserted, unchanged ones not rewritten), then the commit. With an idempotency
 *       key, one more round trip before it.
 *   <li>H2 and MariaDB, {@link #update}: 6 round trips — the compare-and-set, a batch of e events,
 *       a batch of e outbox rows, the delete of the dossier's active-step rows, a batch of s steps
 *       (none when s = 0), the commit; 1 + 2e + 1 + s statements. {@link #insert}: 5 round trips,
 *       the dossier row then the same without the delete. With an idempotency key, one more round
 *       trip before the dossier row: the key is inserted first so that a reused key is refused
 *       before anything is written and the transaction stays usable (the engine reads the first
 *       result in it). On H2, embedded, a round trip is a method call.
 * </ul>
 *
 * <p>A transition of the engine adds the load of the dossier (1 round trip) before these, unless
 * the store's snapshot cache holds the version the command names as expected ({@link #cached}):
 * then the compare-and-set is the transition's first statement.
 *
 * <p>Conflicts: on PostgreSQL, where a failed statement aborts the transaction, the key and the
 * dossier row are inserted with {@code ON CONFLICT DO NOTHING} and the row count tells a conflict;
 * on H2 and MariaDB a duplicate-key error rolls back only its statement and is caught. A refused
 * change removes the key it recorded, so a joined transaction is left as it was. Failures are
 * translated by the table in {@link DossierStore}.
 *
 * <p>Thread-safe.
 */
public final class JdbcDossierStore implements DossierStore {
  /** The table prefix used when none is given. */
  public static final String DEFAULT_PREFIX = "motcua_";

  /** Parsed snapshots a store keeps unless {@link Builder#snapshotCache(int)} says otherwise. */
  public static final int DEFAULT_SNAPSHOT_CACHE = 4096;

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");

  private final DataSource dataSource;
  private final JdbcDialect dialect;
  private final String prefix;
  private final int fetchSize;
  private final Settings settings;
  private final JdbcTransactions transactions;
  private final DossierSql sql;
  private final ChangeSql changes;
  private final TimerSql timers;
  private final OutboxSql outbox;
  private final SnapshotCache snapshots;

  private JdbcDossierStore(Builder b, JdbcDialect dialect) {
    this.dataSource = b.dataSource;
    this.dialect = dialect;
    this.prefix = b.prefix;
    this.fetchSize = b.fetchSize;
    this.settings =
        new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
            .withExecuteLogging(false)
            .withRenderSchema(false);
    this.transactions =
        new JdbcTransactions(
            b.dataSource,
            b.binding,
            dialect == JdbcDialect.MARIADB
                ? Connection.TRANSACTION_READ_COMMITTED
                : Connection.TRANSACTION_NONE);
    Tables tables = new Tables(prefix, dialect.internal());
    this.sql = new DossierSql(tables, dialect.internal());
    this.changes = new ChangeSql(prefix, dialect.internal());
    this.timers = new TimerSql(tables, dialect.internal());
    this.outbox = new OutboxSql(tables, dialect.internal());
    this.snapshots = new SnapshotCache(b.snapshotCache);
  }

  /**
   * Starts a builder over a host's data source.
   *
   * @param dataSource where connections come from; the host owns it (and its pool)
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Migrates a database to the schema this library expects, with the default prefix: one call for a
   * standalone user. Idempotent.
   *
   * @param dataSource the database
   * @throws DossierStoreException of kind {@code SCHEMA} if a migration fails
   */
  public static void migrate(DataSource dataSource) {
    builder(dataSource).migrate(true).build();
  }

  /**
   * Returns the dialect in use.
   *
   * @return the dialect
   */
  public JdbcDialect dialect() {
    return dialect;
  }

  /**
   * Returns the table-name prefix in use.
   *
   * @return the prefix
   */
  public String tablePrefix() {
    return prefix;
  }

  /**
   * Joins a transaction the host opened on a connection of its own (autocommit off) for the calling
   * thread: until the returned object commits or rolls back, every call of this store on this
   * thread, and so every engine command, runs on that connection.
   *
   * @param connection the host's connection, autocommit off
   * @return the joined transaction, which the host ends
   * @throws IllegalStateException if the connection is in autocommit mode, or a unit of work of
   *     this store is already open on this thread
   */
  public HostTransaction join(Connection connection) {
    return new HostTransaction(transactions, requireNonNull(connection, "connection"));
  }

  /**
   * Returns a relay of this store's outbox.
   *
   * @return the relay
   */
  public OutboxRelay outboxRelay() {
    return new OutboxRelay(this, outbox);
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  // ------------------------------------------------------------------ plumbing

  DSLContext dsl(Connection c) {
    return DSL.using(c, dialect.internal().sqlDialect(), settings);
  }

  /** Runs writes in a unit of work, translating driver failures. */
  <T> T write(String what, Function<DSLContext, T> work) {
    return transactions.inTransaction(() -> apply(what, work));
  }

  private <T> T apply(String what, Function<DSLContext, T> work) {
    try {
      return work.apply(dsl(transactions.connection()));
    } catch (DataAccessException e) {
      throw Failures.translate(what, e);
    }
  }

  /** Work on a connection in plain JDBC (the statements of {@link ChangeSql}). */
  @FunctionalInterface
  private interface JdbcWork<T> {
    T apply(Connection c) throws SQLException;
  }

  /** Runs plain-JDBC writes in a unit of work, translating driver failures. */
  private <T> T writeJdbc(String what, JdbcWork<T> work) {
    return transactions.inTransaction(() -> applyJdbc(what, work, transactions.connection()));
  }

  private <T> T applyJdbc(String what, JdbcWork<T> work, Connection c) {
    try {
      return work.apply(c);
    } catch (SQLException | DataAccessException e) {
      throw Failures.translate(what, e);
    }
  }

  private <T> T read(String what, Function<DSLContext, T> work) {
    try {
      return transactions.withConnection(c -> work.apply(dsl(c)));
    } catch (DataAccessException e) {
      throw Failures.translate(what, e);
    }
  }

  // ------------------------------------------------------------------ reads

  /**
   * {@inheritDoc}
   *
   * <p>One query, which reads the row's version and, unless this store's snapshot cache holds the
   * snapshot at that version, the snapshot (see {@link Builder#snapshotCache(int)}).
   */
  @Override
  public Optional<Dossier> load(String dossierId) {
    requireNonNull(dossierId, "dossierId");
    String what = "load dossier '" + dossierId + "'";
    Dossier cached = snapshots.get(dossierId);
    long known = cached == null ? -1 : cached.version();
    Optional<ChangeSql.StoredSnapshot> row =
        transactions.withConnection(
            c -> applyJdbc(what, x -> changes.snapshotById(x, dossierId, known), c));
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (row.get().json() == null && cached != null && row.get().version() == known) {
      return Optional.of(cached);
    }
    Dossier d = DossierJson.readDossier(row.get().json());
    cacheOnCommit(d);
    return Optional.of(d);
  }

  /**
   * {@inheritDoc}
   *
   * <p>This store answers from its snapshot cache ({@link Builder#snapshotCache}), which holds only
   * committed snapshots; with the cache off it holds none.
   */
  @Override
  public Optional<Dossier> cached(String dossierId, long version) {
    requireNonNull(dossierId, "dossierId");
    Dossier d = snapshots.get(dossierId);
    return d != null && d.version() == version ? Optional.of(d) : Optional.empty();
  }

  /**
   * The snapshot of a row read with its JSON: the cached one when the cache holds that version,
   * else the JSON parsed (and offered to the cache: a worklist read warms it for the loads that
   * follow when an officer opens a listed dossier).
   */
  private Dossier parsed(String id, long version, String json) {
    Dossier cached = snapshots.get(id);
    if (cached != null && cached.version() == version) {
      return cached;
    }
    Dossier d = DossierJson.readDossier(json);
    cacheOnCommit(d);
    return d;
  }

  /**
   * Offers a snapshot to the cache when the transaction open on this thread commits (at once when
   * none is open: what was read outside a transaction is committed).
   */
  private void cacheOnCommit(Dossier d) {
    if (snapshots.enabled()) {
      transactions.afterCommit(() -> snapshots.offer(d));
    }
  }

  @Override
  public Optional<Dossier> findByNumber(String number) {
    requireNonNull(number, "number");
    return read("find a dossier by number", c -> sql.snapshotByNumber(c, number))
        .map(DossierJson::readDossier);
  }

  @Override
  public Optional<Dossier> findByExternalRef(String externalRef) {
    requireNonNull(externalRef, "externalRef");
    return read(
            "find a dossier by external reference", c -> sql.snapshotByExternalRef(c, externalRef))
        .map(DossierJson::readDossier);
  }

  @Override
  public List<Dossier> findByApplicant(String applicantRef, int limit) {
    requireNonNull(applicantRef, "applicantRef");
    StoreArguments.checkLimit(limit);
    return read("find dossiers by applicant", c -> sql.snapshotsByApplicant(c, applicantRef, limit))
        .stream()
        .map(DossierJson::readDossier)
        .toList();
  }

  @Override
  public List<DossierEvent> history(String dossierId, long afterVersion) {
    requireNonNull(dossierId, "dossierId");
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative; got " + afterVersion);
    }
    List<String> events =
        read(
            "read the history of dossier '" + dossierId + "'",
            c -> {
              List<String> found = sql.events(c, dossierId, afterVersion);
              if (found.isEmpty() && sql.versionOf(c, dossierId).isEmpty()) {
                throw new DossierNotFoundException(dossierId);
              }
              return found;
            });
    return events.stream().map(DossierJson::readEvent).toList();
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    requireNonNull(key, "key");
    return read("read an idempotency key", c -> sql.idempotency(c, key));
  }

  @Override
  public StepPage steps(StepQuery q) {
    requireNonNull(q, "query");
    List<DossierSql.StepRow> rows = read("list steps", c -> sql.steps(c, q, q.limit() + 1));
    Map<String, Dossier> parsed = new HashMap<>();
    List<WorkItem> items = new ArrayList<>(rows.size());
    for (DossierSql.StepRow r : rows) {
      Dossier d =
          parsed.computeIfAbsent(r.dossierId(), id -> parsed(id, r.version(), r.snapshot()));
      d.activeStep(r.instanceId()).ifPresent(s -> items.add(new WorkItem(d, s)));
    }
    return StepPage.ofOverfetched(items, q.limit());
  }

  @Override
  public DossierPage search(DossierQuery q) {
    requireNonNull(q, "query");
    List<Dossier> items =
        new ArrayList<>(
            read("search dossiers", c -> sql.search(c, q, q.limit() + 1)).stream()
                .map(DossierJson::readDossier)
                .toList());
    Optional<DossierCursor> next = Optional.empty();
    if (items.size() > q.limit()) {
      items.remove(items.size() - 1);
      Dossier last = items.get(items.size() - 1);
      next = Optional.of(new DossierCursor(last.receivedAt(), last.id()));
    }
    return new DossierPage(items, next);
  }

  /** Fills the columns schema version 2 added on rows stored before it, a batch at a time. */
  private void fillVersion2Columns() {
    while (write("fill the status and due columns", c -> sql.fillVersion2Columns(c, 500)) > 0) {
      // next batch
    }
  }

  @Override
  public void forEachInScope(StatisticsScope scope, Consumer<Dossier> sink) {
    forEachInScope(scope, false, sink);
  }

  /** One query: the scope's rows not finished before its end, by the finish column. */
  @Override
  public void forEachOpenAtEnd(StatisticsScope scope, Consumer<Dossier> sink) {
    forEachInScope(scope, true, sink);
  }

  private void forEachInScope(StatisticsScope scope, boolean openAtEnd, Consumer<Dossier> sink) {
    requireNonNull(scope, "scope");
    requireNonNull(sink, "sink");
    write(
        "read a statistics scope",
        c -> {
          sql.forEachInScope(
              c,
              scope,
              openAtEnd,
              fetchSize,
              json -> {
                Dossier d = DossierJson.readDossier(json);
                if (scope.includes(d)) {
                  sink.accept(d);
                }
              });
          return null;
        });
  }

  /**
   * Counts a statistics scope with one aggregate query (grouped by status code) instead of
   * streaming the snapshots; a scope by competent agency is left to the engine's portable path (the
   * agency competent at the end of a period lives in the snapshots' history).
   */
  @Override
  public Optional<StatisticsCounts> countInScope(StatisticsScope scope) {
    requireNonNull(scope, "scope");
    if (scope.competentAgencyId().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(read("count a statistics scope", c -> sql.countInScope(c, scope)));
  }

  // ------------------------------------------------------------------ writes

  @Override
  public void insert(
      Dossier dossier, List<DossierEvent> events, Optional<IdempotencyRecord> idempotency) {
    requireNonNull(dossier, "dossier");
    requireNonNull(events, "events");
    requireNonNull(idempotency, "idempotency");
    StoreArguments.checkChange(dossier, 0, events);
    String json = DossierJson.write(dossier);
    writeJdbc(
        "insert dossier '" + dossier.id() + "'",
        c -> {
          if (idempotency.isPresent()) {
            recordKey(c, idempotency.get());
          }
          if (!insertRow(c, dossier, json, events)) {
            if (idempotency.isPresent()) {
              changes.deleteKey(c, idempotency.get());
            }
            DSLContext x = dsl(c);
            throw new DuplicateDossierException(
                dossier.id(),
                sql.versionOf(x, dossier.id()).isPresent()
                    ? "a dossier with id '" + dossier.id() + "' is already stored"
                    : dossier.externalRef().isPresent()
                            && sql.externalRefTaken(x, dossier.externalRef().get())
                        ? "a dossier with external reference '"
                            + dossier.externalRef().get()
                            + "' is already stored"
                        : "a dossier with number '" + dossier.number() + "' is already stored");
          }
          if (!changes.oneStatement()) {
            changes.writeRest(c, dossier, events, false);
          }
          cacheOnCommit(dossier);
          return null;
        });
  }

  private boolean insertRow(Connection c, Dossier d, String json, List<DossierEvent> events)
      throws SQLException {
    try {
      return changes.insert(c, d, json, events) == 1;
    } catch (SQLException e) {
      if (Failures.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private void recordKey(Connection c, IdempotencyRecord r) throws SQLException {
    boolean inserted;
    try {
      inserted = changes.insertKey(c, r) == 1;
    } catch (SQLException e) {
      if (!Failures.isUniqueViolation(e)) {
        throw e;
      }
      inserted = false;
    }
    if (!inserted) {
      throw new IdempotencyKeyConflictException(
          r.key(), "idempotency key '" + r.key() + "' was already used for another command");
    }
  }

  @Override
  public void update(
      Dossier dossier,
      long expectedVersion,
      List<DossierEvent> events,
      Optional<IdempotencyRecord> idempotency) {
    requireNonNull(dossier, "dossier");
    requireNonNull(events, "events");
    requireNonNull(idempotency, "idempotency");
    String json = DossierJson.write(dossier);
    writeJdbc(
        "update dossier '" + dossier.id() + "'",
        c -> {
          boolean checked = false;
          try {
            StoreArguments.checkChange(dossier, expectedVersion, events);
            checked = true;
          } finally {
            if (!checked) {
              // events that do not fit: still say not-found for an unknown dossier
              if (sql.versionOf(dsl(c), dossier.id()).isEmpty()) {
                throw new DossierNotFoundException(dossier.id());
              }
            }
          }
          if (idempotency.isPresent()) {
            recordKey(c, idempotency.get());
          }
          if (changes.compareAndSet(c, dossier, json, expectedVersion, events) != 1) {
            if (idempotency.isPresent()) {
              changes.deleteKey(c, idempotency.get());
            }
            throw refused(dsl(c), dossier, expectedVersion);
          }
          if (!changes.oneStatement()) {
            changes.writeRest(c, dossier, events, true);
          }
          cacheOnCommit(dossier);
          return null;
        });
  }

  private RuntimeException refused(DSLContext c, Dossier d, long expectedVersion) {
    Optional<Record3<Long, String, String>> row = sql.latestVersionOf(c, d.id());
    if (row.isEmpty()) {
      return new DossierNotFoundException(d.id());
    }
    long actual = row.get().value1();
    if (actual == expectedVersion) {
      return new IllegalArgumentException(
          "dossier '" + d.id() + "': the number and applicant reference never change");
    }
    return new StaleDossierVersionException(d.id(), expectedVersion, actual);
  }

  @Override
  public long nextSequence(String sequenceKey) {
    requireNonNull(sequenceKey, "sequenceKey");
    for (int attempt = 1; ; attempt++) {
      try {
        return writeJdbc(
            "take the next number of a sequence", c -> changes.nextSequence(c, sequenceKey));
      } catch (DossierStoreException e) {
        // callers racing to create one sequence can deadlock (MariaDB's gap locks); the store
        // retries when the transaction was its own, so nothing else is lost
        boolean race =
            e.kind() == DossierStoreException.Kind.DEADLOCK
                || e.kind() == DossierStoreException.Kind.SERIALIZATION;
        if (!race || transactions.joined() || attempt >= 5) {
          throw e;
        }
      }
    }
  }

  @Override
  public List<String> claimDueTimers(Instant by, int limit, String owner, Instant leaseUntil) {
    StoreArguments.checkClaim(by, limit, owner, leaseUntil);
    return write("claim due timers", c -> timers.claim(c, by, limit, owner, leaseUntil));
  }

  /**
   * Configures a {@link JdbcDossierStore}. Not thread-safe; {@link #build()} may be called more
   * than once.
   */
  public static final class Builder {
    private final DataSource dataSource;
    private JdbcDialect dialect;
    private String prefix = DEFAULT_PREFIX;
    private TransactionBinding binding = TransactionBinding.none();
    private boolean migrate;
    private int fetchSize = 500;
    private int snapshotCache = DEFAULT_SNAPSHOT_CACHE;

    private Builder(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    /**
     * Sets the dialect instead of detecting it from the connection metadata.
     *
     * @param dialect the dialect
     * @return this builder
     */
    public Builder dialect(JdbcDialect dialect) {
      this.dialect = requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * Sets the prefix of every table, index and the Flyway history table (default {@value
     * JdbcDossierStore#DEFAULT_PREFIX}): a lower-case letter, then up to 29 lower-case letters,
     * digits or underscores. Use a schema instead by giving a data source whose connections have it
     * as their default schema.
     *
     * @param prefix the prefix
     * @return this builder
     * @throws IllegalArgumentException if the prefix is not of that form
     */
    public Builder tablePrefix(String prefix) {
      requireNonNull(prefix, "prefix");
      if (!PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException(
            "table prefix must be a lower-case letter then up to 29 lower-case letters, digits or"
                + " underscores; got '"
                + prefix
                + "'");
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * Sets how the store finds a host transaction open on the calling thread (default {@link
     * TransactionBinding#none()}: it opens its own).
     *
     * @param binding the binding
     * @return this builder
     */
    public Builder transactionBinding(TransactionBinding binding) {
      this.binding = requireNonNull(binding, "binding");
      return this;
    }

    /**
     * Sets whether {@link #build()} migrates the schema with Flyway first (default false: a host
     * that runs Flyway itself adds {@link JdbcDialect#flywayLocation()}).
     *
     * @param migrate whether to migrate
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Sets how many rows a streaming read ({@link JdbcDossierStore#forEachInScope}) fetches per
     * round trip (default 500).
     *
     * @param fetchSize rows per fetch, at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder fetchSize(int fetchSize) {
      if (fetchSize < 1) {
        throw new IllegalArgumentException("fetch size must be at least 1; got " + fetchSize);
      }
      this.fetchSize = fetchSize;
      return this;
    }

    /**
     * Sets how many parsed snapshots the store keeps (default {@value
     * JdbcDossierStore#DEFAULT_SNAPSHOT_CACHE}, rounded up to a power of two; 0 keeps none). A load
     * always reads the dossier row's version; when the store holds the snapshot of that version it
     * neither transfers nor parses the snapshot's JSON. A command naming the version the store
     * holds reads nothing before its update ({@link JdbcDossierStore#cached}). Only snapshots of
     * committed transactions are kept, and one committed (id, version) pair names one content on
     * every node sharing the database; a database put back to an earlier state under a running
     * store (a backup restored, tables truncated and filled again) needs the store built anew, or
     * built with 0. Memory: at most this many snapshots (a few kilobytes each for the shipped
     * procedures).
     *
     * @param entries snapshots kept, 0 to 1,048,576
     * @return this builder
     * @throws IllegalArgumentException if out of that range
     */
    public Builder snapshotCache(int entries) {
      if (entries < 0 || entries > 1 << 20) {
        throw new IllegalArgumentException(
            "snapshot cache entries must be 0 to 1048576; got " + entries);
      }
      this.snapshotCache = entries;
      return this;
    }

    /**
     * Detects the dialect (unless set), migrates (if asked), checks the schema version, and builds
     * the store. On H2 it also raises the database's {@code MAX_LENGTH_INPLACE_LOB} to 16 KiB when
     * it is lower, so that snapshots and events stay in their rows instead of H2's separate LOB
     * storage (a setting of the whole database, persistent; it needs admin rights, and without them
     * the store works as before, more slowly, and logs one warning).
     *
     * @return the store
     * @throws DossierStoreException of kind {@code SCHEMA} if the schema is missing, older or newer
     *     than this library expects; of kind {@code CONNECTION} if the database cannot be reached
     */
    public JdbcDossierStore build() {
      JdbcDialect d = dialect != null ? dialect : detect();
      if (migrate) {
        SchemaSql.migrate(dataSource, d.internal(), prefix);
      }
      JdbcDossierStore store = new JdbcDossierStore(this, d);
      Tables tables = new Tables(prefix, d.internal());
      try (Connection c = dataSource.getConnection()) {
        SchemaSql.check(store.dsl(c), tables, d.internal());
        if (d == JdbcDialect.H2) {
          SchemaSql.keepH2LobsInRows(c);
        }
      } catch (SQLException e) {
        throw Failures.translate("check the schema", e);
      }
      store.fillVersion2Columns();
      return store;
    }

    private JdbcDialect detect() {
      try (Connection c = dataSource.getConnection()) {
        return JdbcDialect.fromProductName(c.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw Failures.translate("detect the database dialect", e);
      }
    }
  }
}
