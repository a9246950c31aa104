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
package io.github.motcua.engine;

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.spi.DossierStoreException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the timers of {@link DossierEngine#fireDueTimers(Instant)}: asks the store for the dossiers
 * whose next timer is due, and for each one fires, in one change, the first automatic action due,
 * else the stop for an applicant who did not supplement in time, else the due-soon and overdue
 * marks ({@link Transition#fireDue}), each dossier in its own unit of work. When the next timer
 * falls is projected by {@link Transition#finish} on every snapshot. Due dossiers are claimed with
 * a lease ({@link io.github.motcua.spi.DossierStore#claimDueTimers}) so that nodes firing at once
 * get disjoint batches. Stateless; safe to call from several threads and nodes (a lost race is
 * counted, not an error).
 */
final class Timers {
  /** Guards against a store that keeps answering with dossiers nothing can be fired on. */
  private static final int MAX_ROUNDS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(Timers.class);

  private final EngineContext ctx;

  Timers(EngineContext ctx) {
    this.ctx = ctx;
  }

  TimerReport fireDueTimers(Instant when) {
    Instant now = firingInstant(when);
    int changed = 0;
    int events = 0;
    int lost = 0;
    Set<String> exhausted = new HashSet<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<String> due =
          ctx.store.claimDueTimers(now, ctx.timerBatch, ctx.node, now.plus(ctx.timerLease));
      LOG.debug("timers due by {}: claimed a batch of {}", now, due.size());
      boolean progress = false;
      for (String id : due) {
        if (exhausted.contains(id)) {
          continue;
        }
        int fired = fireClaimed(id, now);
        if (fired == LOST) {
          lost++;
          exhausted.add(id);
          continue;
        }
        if (fired == 0) {
          exhausted.add(id);
          continue;
        }
        changed++;
        events += fired;
        progress = true;
      }
      if (!progress) {
        break;
      }
    }
    return new TimerReport(changed, events, lost);
  }

  /** What one claimed batch of {@link #fireBatch} did. */
  record Batch(int claimed, int dossiersChanged, int events, int lostRaces, int failed) {}

  /**
   * Claims one batch of due dossiers for {@code owner} and fires each in its own unit of work, as
   * {@link TimerRunner} does once per batch. Unlike {@link #fireDueTimers}, a dossier whose firing
   * throws is logged (WARN, with its id) and counted, and the batch goes on: its claim keeps it
   * from every claimer until the lease expires, then it is tried again. A store that lost its
   * connection ends the batch (the exception propagates): the rest would fail the same way.
   */
  Batch fireBatch(Instant when, int limit, String owner) {
    Instant now = firingInstant(when);
    List<String> due = ctx.store.claimDueTimers(now, limit, owner, now.plus(ctx.timerLease));
    int changed = 0;
    int events = 0;
    int lost = 0;
    int failed = 0;
    for (String id : due) {
      int fired;
      try {
        fired = fireClaimed(id, now);
      } catch (RuntimeException e) {
        if (e instanceof DossierStoreException store
            && store.kind() == DossierStoreException.Kind.CONNECTION) {
          throw e;
        }
        LOG.warn("dossier {}: firing its timers failed; tried again when its claim expires", id, e);
        failed++;
        continue;
      }
      if (fired == LOST) {
        lost++;
      } else if (fired > 0) {
        changed++;
        events += fired;
      }
    }
    return new Batch(due.size(), changed, events, lost, failed);
  }

  /**
   * The instant a run fires at, as stored (microseconds); refused with a {@code
   * DateOutOfRangeException} when the calendars cannot place it (the lease would overflow).
   */
  private Instant firingInstant(Instant when) {
    EngineContext.dateWithinCalendars("the instant timers fire at", when, ctx.calendar.zone());
    return when.truncatedTo(ChronoUnit.MICROS);
  }

  /** What {@link #fireClaimed} returns when another node or performer changed the dossier first. */
  private static final int LOST = -1;

  /**
   * Fires one claimed dossier's due timers in a unit of work of its own, with its id in the MDC;
   * returns the events recorded, or {@link #LOST} when the dossier changed under it.
   */
  private int fireClaimed(String id, Instant now) {
    boolean ownUnit = !ctx.store.transactions().joined();
    try {
      return EngineContext.withDossier(id, () -> ctx.inTransaction(() -> fireOne(id, now)));
    } catch (StaleDossierVersionException e) {
      LOG.debug("dossier {}: changed by someone else while its timers fired", id);
      return LOST;
    } catch (DossierStoreException e) {
      // a deadlock or serialization failure rolled back this dossier's own unit and nothing else:
      // a race lost to another node or performer, whose lease keeps it until it is tried again. In
      // a joined transaction the whole transaction is doomed: the call ends.
      boolean race =
          e.kind() == DossierStoreException.Kind.DEADLOCK
              || e.kind() == DossierStoreException.Kind.SERIALIZATION;
      if (!race || !ownUnit) {
        throw e;
      }
      LOG.debug("dossier {}: its timers lost a race in the database ({})", id, e.kind());
      return LOST;
    }
  }

  /** Fires one dossier's due timers in the current unit of work; returns the events recorded. */
  private int fireOne(String id, Instant now) {
    Optional<Dossier> loaded = ctx.store.load(id);
    if (loaded.isEmpty()) {
      return 0;
    }
    Dossier d = loaded.get();
    EngineContext.loaded(d);
    if (d.nextTimerAt().isEmpty() || d.nextTimerAt().get().isAfter(now)) {
      return 0;
    }
    Transition tx =
        Transition.of(ctx, d, ctx.index(d), now, Actor.SYSTEM_USER, "", Optional.empty());
    if (!tx.fireDue()) {
      LOG.debug("dossier {}: timer at {} had nothing to fire", id, d.nextTimerAt().get());
      return 0;
    }
    // marks keep the undo point (they are not actions); an automatic action or a stop drops it
    Dossier next = tx.finish(d.undo().filter(u -> !tx.acted()));
    ctx.store(d.version(), next, tx.events(), Optional.empty());
    return tx.events().size();
  }
}
