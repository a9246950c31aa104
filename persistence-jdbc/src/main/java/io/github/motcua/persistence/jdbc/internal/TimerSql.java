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

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The timer claim: an index range scan on (next_timer_at, id) for the due dossiers no live lease
 * holds, earliest first, locked with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, MariaDB 10.6+ and
 * H2 2.x all have it), then one conditional UPDATE that writes the lease. A row another claimer has
 * locked is skipped rather than waited for; a row it has leased and committed no longer matches the
 * lease condition. The UPDATE repeats the condition, so even a database that ignored the lock could
 * not hand one dossier to two claimers in the same instant.
 *
 * <p>On PostgreSQL both are one statement, {@code UPDATE ... WHERE id IN (SELECT ... FOR UPDATE
 * SKIP LOCKED) RETURNING}, so a claim is one round trip and the ids never travel back as an {@code
 * IN} list; the lease columns are in no index, so on a table with free space in its pages (schema
 * version 4 sets a fill factor) the lease is a heap-only update that touches no index. MariaDB has
 * no {@code UPDATE ... RETURNING} and refuses a subquery on the table it updates; H2 keeps the same
 * two statements as MariaDB.
 */
public final class TimerSql {
  private final Tables t;
  private final boolean returning;

  /**
   * Creates the statements of one schema.
   *
   * @param tables the tables
   * @param dialect the dialect
   */
  public TimerSql(Tables tables, Dialect dialect) {
    this.t = tables;
    this.returning = dialect == Dialect.POSTGRESQL;
  }

  /**
   * Claims due timers in the current transaction.
   *
   * @param c the context (in a transaction)
   * @param by the instant timers are due by
   * @param limit the most to claim
   * @param owner the claimer
   * @param leaseUntil the end of the lease
   * @return the claimed dossier ids, earliest timer first
   */
  public List<String> claim(DSLContext c, Instant by, int limit, String owner, Instant leaseUntil) {
    Condition due = t.dNextTimerAt.le(by).and(t.dLeaseUntil.isNull().or(t.dLeaseUntil.le(by)));
    var dueFirst =
        c.select(t.dId)
            .from(t.dossier)
            .where(due)
            .orderBy(t.dNextTimerAt, t.dId)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    if (returning) {
      return c
          .update(t.dossier)
          .set(t.dLeaseOwner, owner)
          .set(t.dLeaseUntil, leaseUntil)
          .where(t.dId.in(dueFirst).and(due))
          .returningResult(t.dNextTimerAt, t.dId)
          .fetch()
          .stream()
          .sorted(
              Comparator.comparing((Record2<Instant, String> r) -> r.value1())
                  .thenComparing((Record2<Instant, String> r) -> r.value2()))
          .map(Record2::value2)
          .toList();
    }
    List<String> ids = dueFirst.fetch(t.dId);
    if (ids.isEmpty()) {
      return ids;
    }
    c.update(t.dossier)
        .set(t.dLeaseOwner, owner)
        .set(t.dLeaseUntil, leaseUntil)
        .where(t.dId.in(ids).and(due))
        .execute();
    return ids;
  }
}
