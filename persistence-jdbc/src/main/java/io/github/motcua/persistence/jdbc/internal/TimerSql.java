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
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The timer claim: an index range scan on (next_timer_at, id) for the due dossiers no live lease
 * holds, earliest first, locked with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, MariaDB 10.6+ and
 * H2 2.x all have it), then one conditional UPDATE that writes the lease. A row another claimer has
 * locked is skipped rather than waited for; a row it has leased and committed no longer matches the
 * lease condition. The UPDATE repeats the condition, so even a database that ignored the lock could
 * not hand one dossier to two claimers in the same instant.
 */
public final class TimerSql {
  private final Tables t;

  /**
   * Creates the statements of one schema.
   *
   * @param tables the tables
   */
  public TimerSql(Tables tables) {
    this.t = tables;
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
    List<String> ids =
        c.select(t.dId)
            .from(t.dossier)
            .where(due)
            .orderBy(t.dNextTimerAt, t.dId)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(t.dId);
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
