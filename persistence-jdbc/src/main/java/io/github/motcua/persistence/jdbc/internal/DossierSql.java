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

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import io.github.motcua.deadline.ClockState;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.spi.DossierFilter;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * The statements on dossiers, their events, active steps, idempotency keys and sequences whose
 * shape depends on their input (worklists, search, statistics) or that run off the hot path (the
 * reads behind a refused change, sequences, lookups), built with jOOQ. The statements of every
 * transition are in {@link ChangeSql}, which says why they are plain JDBC.
 */
public final class DossierSql {
  private final Tables t;
  private final Dialect dialect;

  /**
   * Creates the statements of one schema.
   *
   * @param tables the tables
   * @param dialect the dialect
   */
  public DossierSql(Tables tables, Dialect dialect) {
    this.t = tables;
    this.dialect = dialect;
  }

  // ------------------------------------------------------------------ reads

  /**
   * Reads a snapshot by number.
   *
   * @param c the context
   * @param number the dossier number
   * @return the snapshot JSON, if stored
   */
  public Optional<String> snapshotByNumber(DSLContext c, String number) {
    return c.select(t.dSnapshot)
        .from(t.dossier)
        .where(t.dNumber.eq(number))
        .fetchOptional(t.dSnapshot);
  }

  /**
   * Reads a snapshot by its external reference (the unique index on it).
   *
   * @param c the context
   * @param externalRef the reference
   * @return the snapshot JSON, if stored
   */
  public Optional<String> snapshotByExternalRef(DSLContext c, String externalRef) {
    return c.select(t.dSnapshot)
        .from(t.dossier)
        .where(t.dExternalRef.eq(externalRef))
        .fetchOptional(t.dSnapshot);
  }

  /**
   * Returns whether a dossier with an external reference is stored.
   *
   * @param c the context
   * @param externalRef the reference
   * @return whether it is
   */
  public boolean externalRefTaken(DSLContext c, String externalRef) {
    return c.fetchExists(c.selectOne().from(t.dossier).where(t.dExternalRef.eq(externalRef)));
  }

  /**
   * Reads an applicant's snapshots, newest received first (the applicant index, no sort).
   *
   * @param c the context
   * @param applicantRef the applicant reference
   * @param limit the most to read
   * @return the snapshot JSON texts
   */
  public List<String> snapshotsByApplicant(DSLContext c, String applicantRef, int limit) {
    return c.select(t.dSnapshot)
        .from(t.dossier)
        .where(t.dApplicant.eq(applicantRef))
        .orderBy(t.dReceivedAt.desc(), t.dId.desc())
        .limit(limit)
        .fetch(t.dSnapshot);
  }

  /**
   * Reads the stored version, number and applicant of a dossier (after a failed compare-and-set).
   *
   * @param c the context
   * @param id the dossier id
   * @return version, number and applicant, if stored
   */
  public Optional<Record3<Long, String, String>> versionOf(DSLContext c, String id) {
    return c.select(t.dVersion, t.dNumber, t.dApplicant)
        .from(t.dossier)
        .where(t.dId.eq(id))
        .fetchOptional();
  }

  /**
   * Like {@link #versionOf}, but reads the latest committed row even inside a transaction whose
   * snapshot is older: after a compare-and-set matched no row, the row as that UPDATE saw it. On
   * MariaDB (REPEATABLE READ by default) a plain read returns the transaction's first snapshot, in
   * which the version may still be the expected one although the UPDATE, a locking read, found it
   * changed; a shared-lock read sees the latest. PostgreSQL and H2 at READ COMMITTED read the
   * latest with a plain read.
   *
   * @param c the context
   * @param id the dossier id
   * @return version, number and applicant, if stored
   */
  public Optional<Record3<Long, String, String>> latestVersionOf(DSLContext c, String id) {
    if (dialect != Dialect.MARIADB) {
      return versionOf(c, id);
    }
    return c.select(t.dVersion, t.dNumber, t.dApplicant)
        .from(t.dossier)
        .where(t.dId.eq(id))
        .forShare()
        .fetchOptional();
  }

  /**
   * Returns whether a dossier id or number is stored.
   *
   * @param c the context
   * @param id the id
   * @param number the number
   * @return whether either is
   */
  public boolean idOrNumberTaken(DSLContext c, String id, String number) {
    return c.fetchExists(
        c.selectOne().from(t.dossier).where(t.dId.eq(id).or(t.dNumber.eq(number))));
  }

  /**
   * Reads events after a sequence number, in order.
   *
   * @param c the context
   * @param id the dossier id
   * @param after the sequence to read after
   * @return the event JSON texts
   */
  public List<String> events(DSLContext c, String id, long after) {
    return c.select(t.ePayload)
        .from(t.event)
        .where(t.eDossier.eq(id).and(t.eSeq.gt(after)))
        .orderBy(t.eSeq)
        .fetch(t.ePayload);
  }

  /**
   * Reads an idempotency record.
   *
   * @param c the context
   * @param key the key
   * @return the record, if the key is stored
   */
  public Optional<IdempotencyRecord> idempotency(DSLContext c, String key) {
    return c.select(t.kKey, t.kDossier, t.kOperation, t.kFrom, t.kTo, t.kUser, t.kDigest)
        .from(t.idempotency)
        .where(t.kKey.eq(key))
        .fetchOptional(
            r ->
                new IdempotencyRecord(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7()));
  }

  // ------------------------------------------------------------------ writes

  // ------------------------------------------------------------------ worklists

  /**
   * One row of a worklist page: the step's keys, its dossier's version and snapshot.
   *
   * @param dossierId the dossier id
   * @param instanceId the step instance id
   * @param version the dossier's stored version
   * @param snapshot the dossier's snapshot JSON
   */
  public record StepRow(String dossierId, String instanceId, long version, String snapshot) {}

  /**
   * Reads up to {@code limit} step rows of a query in urgency order. Two index range scans, never a
   * sort: first the steps with a due instant in (due, dossier, instance) order after the cursor,
   * then, while the page has room, those without (the SQL NULL that stands for {@link Instant#MAX})
   * in (dossier, instance) order. Each scan is served by the index whose leading columns are the
   * query's equalities: (agency, role, due, dossier, instance) for a worklist, (agency, due, ...)
   * for an agency, (due, ...) for everywhere.
   *
   * @param c the context
   * @param q the query
   * @param limit the most rows to read
   * @return the rows
   */
  public List<StepRow> steps(DSLContext c, StepQuery q, int limit) {
    Condition base = noCondition();
    if (q.agencyId().isPresent()) {
      base = base.and(t.sAgency.eq(q.agencyId().get()));
    }
    if (q.staffRole().isPresent()) {
      base = base.and(t.sRole.eq(q.staffRole().get()));
    }
    if (q.userId().isPresent()) {
      base = base.and(t.sAssignee.eq(q.userId().get()).or(t.sAssignee.isNull()));
    }
    if (q.dueSoonBy().isPresent()) {
      base = base.and(t.sDueSoon.le(q.dueSoonBy().get()));
    }
    if (q.assignee().isPresent()) {
      base = base.and(t.sAssignee.eq(q.assignee().get()));
    }
    base = base.and(filter(q.filter()));
    Optional<WorklistCursor> after = q.after();
    boolean afterNull = after.isPresent() && after.get().urgencyKey().equals(Instant.MAX);
    List<StepRow> rows = new ArrayList<>();
    if (!afterNull) {
      Condition due = t.sDue.isNotNull();
      if (q.dueBefore().isPresent()) {
        due = t.sDue.lt(q.dueBefore().get());
      }
      if (after.isPresent()) {
        WorklistCursor a = after.get();
        due =
            due.and(t.sDue.ge(a.urgencyKey()))
                .and(
                    t.sDue
                        .gt(a.urgencyKey())
                        .or(t.sDossier.gt(a.dossierId()))
                        .or(t.sDossier.eq(a.dossierId()).and(t.sInstance.gt(a.stepInstanceId()))));
      }
      rows.addAll(page(c, base.and(due), limit, t.sDue, t.sDossier, t.sInstance));
    }
    if (rows.size() < limit && q.dueBefore().isEmpty()) {
      Condition none = t.sDue.isNull();
      if (afterNull) {
        WorklistCursor a = after.get();
        none =
            none.and(t.sDossier.ge(a.dossierId()))
                .and(t.sDossier.gt(a.dossierId()).or(t.sInstance.gt(a.stepInstanceId())));
      }
      // due_at is null on every row here, so ordering by it changes nothing, but it lets the
      // (agency, role, due, dossier, instance) index deliver the order: PostgreSQL does not treat
      // "IS NULL" as fixing a column for ordering, and without it sorts or scans the primary key
      rows.addAll(page(c, base.and(none), limit - rows.size(), t.sDue, t.sDossier, t.sInstance));
    }
    return rows;
  }

  private List<StepRow> page(DSLContext c, Condition where, int limit, Field<?>... order) {
    return c.select(t.sDossier, t.sInstance, t.dVersion, t.dSnapshot)
        .from(t.step)
        .join(t.dossier)
        .on(t.dId.eq(t.sDossier))
        .where(where)
        .orderBy(order)
        .limit(limit)
        .fetch(r -> new StepRow(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  // ------------------------------------------------------------------ search

  /**
   * The conditions of a dossier filter on the dossier row: equalities, the received range, the
   * status codes (statuses and portal codes both map to the code column, which is indexed), and the
   * prefixes as {@code LIKE 'prefix%' ESCAPE '!'} with the prefix's own wildcards escaped, so that
   * an index on a byte-ordered column serves them as a range.
   *
   * @param f the filter
   * @return the condition
   */
  Condition filter(DossierFilter f) {
    Condition c = noCondition();
    if (f.receivingAgencyId().isPresent()) {
      c = c.and(t.dAgency.eq(f.receivingAgencyId().get()));
    }
    if (f.procedureCode().isPresent()) {
      c = c.and(t.dProcedure.eq(f.procedureCode().get()));
    }
    if (!f.statuses().isEmpty()) {
      Set<Short> codes = new TreeSet<>();
      for (DossierStatus s : f.statuses()) {
        codes.add((short) s.portalCode());
      }
      c = c.and(t.dStatusCode.in(codes));
    }
    if (!f.portalCodes().isEmpty()) {
      Set<Short> codes = new TreeSet<>();
      for (int code : f.portalCodes()) {
        codes.add((short) code);
      }
      c = c.and(t.dStatusCode.in(codes));
    }
    if (f.receivedFrom().isPresent()) {
      c = c.and(t.dReceivedAt.ge(f.receivedFrom().get()));
    }
    if (f.receivedBefore().isPresent()) {
      c = c.and(t.dReceivedAt.lt(f.receivedBefore().get()));
    }
    if (f.numberPrefix().isPresent()) {
      c = c.and(t.dNumber.like(likePrefix(f.numberPrefix().get()), '!'));
    }
    if (f.applicantRefPrefix().isPresent()) {
      c = c.and(t.dApplicant.like(likePrefix(f.applicantRefPrefix().get()), '!'));
    }
    return c;
  }

  /** A LIKE pattern matching the text as a literal prefix, with {@code !} as the escape. */
  static String likePrefix(String prefix) {
    StringBuilder b = new StringBuilder(prefix.length() + 4);
    for (int i = 0; i < prefix.length(); i++) {
      char ch = prefix.charAt(i);
      if (ch == '!' || ch == '%' || ch == '_') {
        b.append('!');
      }
      b.append(ch);
    }
    return b.append('%').toString();
  }

  /**
   * Reads up to {@code limit} snapshots of a search, newest received first (received instant
   * descending, then id descending), after the query's cursor. Served by the index whose leading
   * column is the query's equality (status code, procedure, receiving agency) followed by
   * (received, id), or by (received, id) alone, read backwards; a prefix alone by the number or
   * applicant index.
   *
   * @param c the context
   * @param q the query
   * @param limit the most rows to read
   * @return the snapshot JSON texts
   */
  public List<String> search(DSLContext c, DossierQuery q, int limit) {
    Condition where = filter(q.filter());
    if (q.dueBefore().isPresent()) {
      where = where.and(t.dDueAt.lt(q.dueBefore().get()));
    }
    if (q.assignee().isPresent()) {
      where =
          where.andExists(
              selectOne()
                  .from(t.step)
                  .where(t.sDossier.eq(t.dId).and(t.sAssignee.eq(q.assignee().get()))));
    }
    if (q.after().isPresent()) {
      Instant r = q.after().get().receivedAt();
      String id = q.after().get().dossierId();
      where = where.and(t.dReceivedAt.le(r)).and(t.dReceivedAt.lt(r).or(t.dId.lt(id)));
    }
    return c.select(t.dSnapshot)
        .from(t.dossier)
        .where(where)
        .orderBy(t.dReceivedAt.desc(), t.dId.desc())
        .limit(limit)
        .fetch(t.dSnapshot);
  }

  // ------------------------------------------------------------------ version 2 columns

  /**
   * Fills the status, status code and due columns that schema version 2 added, for rows stored by
   * version 1 (NULL status code), from their snapshots: a batch at a time, each row only if it is
   * still at the version read.
   *
   * @param c the context
   * @param batch the most rows to fill
   * @return the rows filled; 0 when none is left
   */
  public int fillVersion2Columns(DSLContext c, int batch) {
    List<String> rows =
        c.select(t.dSnapshot)
            .from(t.dossier)
            .where(t.dStatusCode.isNull().or(t.dClockPaused.isNull()))
            .limit(batch)
            .fetch(t.dSnapshot);
    int n = 0;
    for (String json : rows) {
      Dossier d = DossierJson.readDossier(json);
      n +=
          c.update(t.dossier)
              .set(t.dStatus, d.status().name())
              .set(t.dStatusCode, (short) d.status().portalCode())
              .set(t.dDueAt, d.dueAt().orElse(null))
              .set(t.dTimeliness, d.timeliness().map(Enum::name).orElse(null))
              .set(t.dClockPaused, d.clock().state() == ClockState.PAUSED)
              .where(t.dId.eq(d.id()).and(t.dVersion.eq(d.version())))
              .execute();
    }
    return n;
  }

  // ------------------------------------------------------------------ statistics

  /**
   * Counts a statistics scope in SQL, grouped by portal status code, with the classes of {@link
   * io.github.motcua.spi.StatisticsCounts.Tally}: one aggregate query over the (received_at) range,
   * never the snapshots. Not for a scope by competent agency (its history lives in the snapshots).
   *
   * @param c the context
   * @param scope the scope, without a competent agency
   * @return the counts
   */
  public io.github.motcua.spi.StatisticsCounts countInScope(DSLContext c, StatisticsScope scope) {
    Condition where = scopeWhere(scope);
    Condition finished = t.dFinishedAt.isNotNull().and(t.dFinishedAt.lt(scope.to()));
    Condition open = DSL.not(finished);
    Condition waiting = open.and(t.dClockPaused.isTrue());
    Condition running = open.and(t.dClockPaused.isFalse());
    Condition overdue = running.and(t.dDueAt.isNotNull()).and(t.dDueAt.lt(scope.to()));
    Condition notDue = running.and(DSL.not(t.dDueAt.isNotNull().and(t.dDueAt.lt(scope.to()))));
    var rows =
        c.select(
                t.dStatusCode,
                DSL.count(),
                count(t.dReceivedAt.lt(scope.from())),
                count(notDue),
                count(overdue),
                count(waiting),
                count(finished.and(t.dTimeliness.eq("EARLY"))),
                count(finished.and(t.dTimeliness.eq("LATE"))))
            .from(t.dossier)
            .where(where)
            .groupBy(t.dStatusCode)
            .fetch();
    long[] n = new long[8];
    java.util.Map<Integer, Long> byCode = new java.util.TreeMap<>();
    for (var r : rows) {
      long all = r.value2();
      long carried = r.value3();
      long early = r.value7();
      long late = r.value8();
      long fin = all - r.value4() - r.value5() - r.value6();
      n[0] += all - carried;
      n[1] += carried;
      n[2] += r.value4();
      n[3] += r.value5();
      n[4] += r.value6();
      n[5] += early;
      n[6] += fin - early - late;
      n[7] += late;
      byCode.merge(r.value1().intValue(), all, Long::sum);
    }
    return new io.github.motcua.spi.StatisticsCounts(
        n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], byCode);
  }

  private static org.jooq.Field<Long> count(Condition when) {
    return DSL.sum(DSL.when(when, DSL.inline(1L)).otherwise(DSL.inline(0L))).cast(Long.class);
  }

  private Condition scopeWhere(StatisticsScope scope) {
    Condition where = t.dReceivedAt.lt(scope.to());
    where = where.and(t.dFinishedAt.isNull().or(t.dFinishedAt.ge(scope.from())));
    if (scope.receivingAgencyId().isPresent()) {
      where = where.and(t.dAgency.eq(scope.receivingAgencyId().get()));
    }
    if (scope.procedureCode().isPresent()) {
      where = where.and(t.dProcedure.eq(scope.procedureCode().get()));
    }
    return where;
  }

  /**
   * Streams the snapshots of a statistics scope through a database cursor with a fetch size, never
   * holding all rows at once.
   *
   * @param c the context (in a transaction: PostgreSQL streams only outside autocommit)
   * @param scope the scope
   * @param fetchSize rows per round trip
   * @param sink receives each snapshot JSON
   */
  public void forEachInScope(
      DSLContext c, StatisticsScope scope, int fetchSize, Consumer<String> sink) {
    forEachInScope(c, scope, false, fetchSize, sink);
  }

  /**
   * Streams the snapshots of a scope, or only of its dossiers not finished before the period's end.
   *
   * @param c the context (in a transaction, for the cursor)
   * @param scope the scope
   * @param openAtEnd whether only the dossiers not finished before {@code scope.to()}
   * @param fetchSize rows per round trip
   * @param sink receives each snapshot JSON
   */
  public void forEachInScope(
      DSLContext c,
      StatisticsScope scope,
      boolean openAtEnd,
      int fetchSize,
      Consumer<String> sink) {
    Condition where = scopeWhere(scope);
    if (openAtEnd) {
      where = where.and(t.dFinishedAt.isNull().or(t.dFinishedAt.ge(scope.to())));
    }
    if (scope.competentAgencyId().isPresent()) {
      // the agency competent now, or a dossier a reorganisation moved, which the caller keeps only
      // if the agency was competent at the end of the period (StatisticsScope.includes)
      where =
          where.and(t.dCompetent.eq(scope.competentAgencyId().get()).or(t.dReorganised.isTrue()));
    }
    try (Cursor<Record1<String>> cursor =
        c.select(t.dSnapshot).from(t.dossier).where(where).fetchSize(fetchSize).fetchLazy()) {
      for (Record1<String> r : cursor) {
        sink.accept(r.value1());
      }
    }
  }
}
