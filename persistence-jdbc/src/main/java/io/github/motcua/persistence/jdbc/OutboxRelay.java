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

import io.github.motcua.persistence.jdbc.internal.OutboxSql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Relays the store's outbox (every stored event, written in the transaction that stored it) to a
 * consumer such as a message broker: at least once, in order per dossier, with a stable {@link
 * OutboxMessage#eventId()} to de-duplicate on.
 *
 * <p>One call of {@link #relay} is one transaction: it claims up to a number of dossiers with
 * undelivered events (locking each dossier's earliest undelivered row with {@code FOR UPDATE SKIP
 * LOCKED}, so relays on several nodes claim disjoint dossiers and never wait on each other), hands
 * their events to the consumer in order, deletes them and commits. If the consumer throws, nothing
 * is deleted and the same events are handed out again later. A later event of a dossier is never
 * handed out while an earlier one is undelivered: only a dossier's earliest row can be claimed.
 * Delivered rows are deleted rather than remembered by a high-water mark, so an event whose
 * transaction commits late is not skipped. H2 2.x has {@code SKIP LOCKED} too, but not over the
 * anti-join that finds the heads: on H2 the relay finds the heads first, then locks each by its key
 * with {@code SKIP LOCKED} (one more statement per dossier, same guarantees).
 *
 * <p>On MariaDB a relay that begins its own transaction runs it at {@code READ COMMITTED}, like
 * every transaction of the store's own, so that its range scan takes no gap locks that would block
 * concurrent writers (see {@link JdbcDossierStore}).
 *
 * <p>Thread-safe: relays may run on several threads and nodes at once.
 */
public final class OutboxRelay {
  private final JdbcDossierStore store;
  private final OutboxSql sql;

  OutboxRelay(JdbcDossierStore store, OutboxSql sql) {
    this.store = store;
    this.sql = sql;
  }

  /**
   * Delivers the undelivered events of up to {@code maxDossiers} dossiers, in one transaction.
   *
   * @param maxDossiers the most dossiers to claim, at least 1
   * @param consumer receives the events, each dossier's in sequence order, inside the transaction;
   *     it throws to refuse them (they stay for a later call)
   * @return how many events were delivered and acknowledged
   * @throws IllegalArgumentException if {@code maxDossiers} is below 1
   * @throws io.github.motcua.spi.DossierStoreException if the database fails
   */
  public int relay(int maxDossiers, Consumer<List<OutboxMessage>> consumer) {
    requireNonNull(consumer, "consumer");
    if (maxDossiers < 1) {
      throw new IllegalArgumentException("maxDossiers must be at least 1; got " + maxDossiers);
    }
    return store.write(
        "relay the outbox",
        c -> {
          List<String> heads = sql.claimHeads(c, maxDossiers);
          if (heads.isEmpty()) {
            return 0;
          }
          List<OutboxMessage> messages = new ArrayList<>();
          Map<String, Long> last = new LinkedHashMap<>();
          for (OutboxSql.Row r : sql.rows(c, heads)) {
            messages.add(
                new OutboxMessage(r.dossierId(), r.sequence(), r.recordedAt(), r.payload()));
            last.put(r.dossierId(), r.sequence());
          }
          consumer.accept(List.copyOf(messages));
          c.batch(sql.acknowledge(c, last)).execute();
          return messages.size();
        });
  }

  /**
   * Counts the events not yet delivered.
   *
   * @return the count
   */
  public int pending() {
    return store.write("count the outbox", sql::pending);
  }
}
