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

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The outbox relay's statements. A relay claims dossiers, not rows: it locks the <em>head</em> row
 * of each dossier (the one with no earlier undelivered row of the same dossier) with {@code FOR
 * UPDATE SKIP LOCKED}, reads that dossier's rows in sequence order, and deletes those it delivered
 * in the same transaction. A second relay skips a locked head and never sees a later row of that
 * dossier as a head while the earlier one exists, so a dossier's events are handed out in order and
 * by one relay at a time; rows are deleted, never skipped past with a high-water mark, so an event
 * committed late (by a slow transaction) is still delivered.
 */
public final class OutboxSql {
  private final Tables t;
  private final boolean lockInSubquery;

  /**
   * Creates the statements of one schema.
   *
   * @param tables the tables
   * @param dialect the dialect
   */
  public OutboxSql(Tables tables, Dialect dialect) {
    this.t = tables;
    this.lockInSubquery = dialect == Dialect.H2;
  }

  /** One outbox row as read. */
  public record Row(String dossierId, long sequence, Instant recordedAt, String payload) {}

  /**
   * Locks the heads of up to {@code limit} dossiers, oldest first, skipping heads other relays
   * hold.
   *
   * @param c the context (in a transaction)
   * @param limit the most dossiers
   * @return the dossier ids
   */
  public List<String> claimHeads(DSLContext c, int limit) {
    Table<Record> o = t.outbox.as("o");
    Table<Record> p = t.outbox.as("p");
    Field<String> oDossier = aliased("o", t.oDossier);
    Field<Long> oSeq = aliased("o", t.oSeq);
    var heads =
        c.select(oDossier, oSeq)
            .from(o)
            .whereNotExists(
                selectOne()
                    .from(p)
                    .where(
                        aliased("p", t.oDossier).eq(oDossier).and(aliased("p", t.oSeq).lt(oSeq))))
            .orderBy(aliased("o", t.oRecordedAt), oDossier, oSeq)
            .limit(limit);
    if (!lockInSubquery) {
      return heads.forUpdate().skipLocked().fetch(oDossier);
    }
    // H2 returns no rows at all for SKIP LOCKED over this anti-join while one head is locked, so
    // it finds the heads first and then locks them by key: a head delivered meanwhile is gone and
    // skipped, a later row never qualifies while an earlier one of its dossier is committed.
    List<Row> found = new ArrayList<>();
    heads.fetch().forEach(r -> found.add(new Row(r.value1(), r.value2(), null, null)));
    List<String> locked = new ArrayList<>();
    for (Row h : found) {
      c.select(t.oDossier)
          .from(t.outbox)
          .where(t.oDossier.eq(h.dossierId()).and(t.oSeq.eq(h.sequence())))
          .forUpdate()
          .skipLocked()
          .fetchOptional(t.oDossier)
          .ifPresent(locked::add);
    }
    return locked;
  }

  private static <T> Field<T> aliased(String alias, Field<T> column) {
    return field(name(alias, column.getName()), column.getDataType());
  }

  /**
   * Reads the undelivered rows of claimed dossiers, each dossier's in sequence order.
   *
   * @param c the context
   * @param dossierIds the claimed dossiers
   * @return the rows
   */
  public List<Row> rows(DSLContext c, List<String> dossierIds) {
    return c.select(t.oDossier, t.oSeq, t.oRecordedAt, t.oPayload)
        .from(t.outbox)
        .where(t.oDossier.in(dossierIds))
        .orderBy(t.oDossier, t.oSeq)
        .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /**
   * Deletes delivered rows: per dossier, those up to the last sequence delivered.
   *
   * @param c the context
   * @param lastDelivered the last sequence delivered per dossier
   * @return the queries, to send as one batch
   */
  public List<Query> acknowledge(DSLContext c, Map<String, Long> lastDelivered) {
    List<Query> out = new ArrayList<>(lastDelivered.size());
    lastDelivered.forEach(
        (id, seq) -> out.add(c.deleteFrom(t.outbox).where(t.oDossier.eq(id).and(t.oSeq.le(seq)))));
    return out;
  }

  /**
   * Counts undelivered rows.
   *
   * @param c the context
   * @return the count
   */
  public int pending(DSLContext c) {
    return c.fetchCount(t.outbox);
  }
}
