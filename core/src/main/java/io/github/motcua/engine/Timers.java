package io.github.motcua.engine;

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.Outcome;
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
 * marks. When the next timer falls is projected by {@link Transition#finish} on every snapshot.
 * Stateless; safe to call from several threads and nodes (a lost race is counted, not an error).
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
    Instant now = when.truncatedTo(ChronoUnit.MICROS);
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
        int fired;
        try {
          fired = EngineContext.withDossier(id, () -> ctx.inTransaction(() -> fireOne(id, now)));
        } catch (StaleDossierVersionException e) {
          LOG.debug("dossier {}: changed by someone else while its timers fired", id);
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

  /** Fires one dossier's due timers in the current unit of work; returns the events recorded. */
  private int fireOne(String id, Instant now) {
    Optional<Dossier> loaded = ctx.store.load(id);
    if (loaded.isEmpty()) {
      return 0;
    }
    Dossier d = loaded.get();
    if (d.nextTimerAt().isEmpty() || d.nextTimerAt().get().isAfter(now)) {
      return 0;
    }
    Transition tx =
        new Transition(ctx, d, ctx.index(d), now, Actor.SYSTEM_USER, "", Optional.empty());
    if (!fire(tx)) {
      LOG.debug("dossier {}: timer at {} had nothing to fire", id, d.nextTimerAt().get());
      return 0;
    }
    // marks keep the undo point (they are not actions); an automatic action or a stop drops it
    Dossier next = tx.finish(d.undo().filter(u -> !tx.acted));
    ctx.store(d.version(), next, tx.events, Optional.empty());
    return tx.events.size();
  }

  /** Fires whatever is due at the transition's now; returns whether anything was. */
  private static boolean fire(Transition tx) {
    if (tx.finishedAt.isPresent()) {
      return false;
    }
    Instant now = tx.now;
    // 1. an automatic action, one per change
    for (StepInstance s : tx.active) {
      for (Action a : tx.px.automaticFrom(s.stepId())) {
        if (tx.automaticApplies(a)
            && !tx.ctx.after(tx.stepCal(s), s.enteredAt(), a.automaticAfter().get()).isAfter(now)) {
          tx.perform(
              a,
              s,
              Optional.of("automatic after " + a.automaticAfter().get()),
              Optional.empty(),
              Optional.empty());
          return true;
        }
      }
    }
    // 2. the applicant's time limit
    Optional<Instant> limit = tx.applicantDeadline();
    if (limit.isPresent() && !limit.get().isAfter(now)) {
      tx.acted = true;
      tx.complete(
          Outcome.STOPPED,
          null,
          Optional.of(
              "the applicant did not supplement within "
                  + tx.px.procedure.supplementPolicy().applicantTimeLimit().get()));
      return true;
    }
    // 3. marks: once per step instance, once per dossier
    boolean fired = false;
    for (int i = 0; i < tx.active.size(); i++) {
      StepInstance s = tx.active.get(i);
      if (s.dueAt().isEmpty()) {
        continue;
      }
      boolean over = !s.overdueMarked() && now.isAfter(s.dueAt().get());
      boolean soon =
          !over
              && !s.dueSoonMarked()
              && s.dueSoonAt().isPresent()
              && !now.isBefore(s.dueSoonAt().get());
      if (over || soon) {
        tx.replace(i, s.with(s.clock(), s.dueAt(), s.dueSoonAt(), true, s.overdueMarked() || over));
        tx.events.add(
            tx.event(over ? EventType.OVERDUE : EventType.DUE_SOON)
                .step(s.id(), s.stepId())
                .due(s.dueAt().get(), s.dueAt().get())
                .build());
        fired = true;
      }
    }
    if (tx.dueAt.isPresent()) {
      Instant due = tx.dueAt.get();
      boolean over = !tx.overdueMarked && now.isAfter(due);
      boolean soon = !over && !tx.dueSoonMarked && !now.isBefore(tx.dossierDueSoonAt(due));
      if (over || soon) {
        tx.overdueMarked |= over;
        tx.dueSoonMarked = true;
        tx.events.add(
            tx.event(over ? EventType.OVERDUE : EventType.DUE_SOON).due(due, due).build());
        fired = true;
      }
    }
    return fired;
  }
}
