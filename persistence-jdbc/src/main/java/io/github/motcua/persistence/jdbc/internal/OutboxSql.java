package io.github.motcua.persistence.jdbc.internal;

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

  /**
   * Creates the statements of one schema.
   *
   * @param tables the tables
   */
  public OutboxSql(Tables tables) {
    this.t = tables;
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
    Field<String> oDossier = o.field(t.oDossier);
    Field<Long> oSeq = o.field(t.oSeq);
    return c.select(oDossier)
        .from(o)
        .whereNotExists(
            selectOne()
                .from(p)
                .where(p.field(t.oDossier).eq(oDossier).and(p.field(t.oSeq).lt(oSeq))))
        .orderBy(o.field(t.oRecordedAt), oDossier, oSeq)
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .fetch(oDossier);
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
