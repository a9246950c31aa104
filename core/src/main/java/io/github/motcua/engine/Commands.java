package io.github.motcua.engine;

import io.github.motcua.agency.Actor;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.spi.IdempotencyRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Performs and undoes actions for {@link DossierEngine#perform(PerformCommand)} and {@link
 * DossierEngine#undo(String, Actor, long)}: answers a repeated idempotency key with the first
 * result, checks the command in the documented order (action, actor, guard, reason, rounds and
 * extensions, clock state, version) and refuses with a typed exception that changes nothing, then
 * has a {@link Transition} compute the change and stores it against the expected version.
 * Stateless; thread-safe.
 */
final class Commands {
  private final EngineContext ctx;

  Commands(EngineContext ctx) {
    this.ctx = ctx;
  }

  /** See {@link DossierEngine#perform(PerformCommand)}. */
  PerformResult perform(PerformCommand cmd) {
    if (cmd.idempotencyKey().isPresent()) {
      Optional<PerformResult> replay =
          replay(cmd.idempotencyKey().get(), cmd.dossierId(), cmd.actionId());
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Dossier d = ctx.get(cmd.dossierId());
    ProcedureIndex px = ctx.index(d);
    Action a = px.actions.get(cmd.actionId());
    List<StepInstance> candidates = new ArrayList<>(2);
    if (a != null) {
      for (StepInstance s : d.activeSteps()) {
        if (a.from().contains(s.stepId())
            && (cmd.stepInstanceId().isEmpty() || cmd.stepInstanceId().get().equals(s.id()))) {
          candidates.add(s);
        }
      }
    }
    if (candidates.isEmpty()) {
      throw notAvailable(d, px, cmd.actionId());
    }
    Actor actor = cmd.actor();
    Set<String> allowed = a.allowedRoles();
    StepInstance at = null;
    for (StepInstance s : candidates) {
      if (s.agencyId().equals(actor.agencyId()) && holdsAny(actor, allowed, s)) {
        at = s;
        break;
      }
    }
    if (at == null) {
      throw notAllowed(d, a, candidates.get(0), actor);
    }
    checkRules(d, px, a, at, cmd.comment(), cmd.extension());
    if (d.version() != cmd.expectedVersion()) {
      throw new StaleDossierVersionException(d.id(), cmd.expectedVersion(), d.version());
    }
    Transition tx =
        new Transition(
            ctx,
            d,
            px,
            ctx.clock.instant(),
            actor.userId(),
            actor.agencyId(),
            cmd.idempotencyKey());
    tx.perform(a, at, cmd.comment(), cmd.extension(), cmd.assignTo());
    Dossier next =
        tx.finish(
            a.undoable()
                ? Optional.of(
                    new UndoPoint(
                        a.id(),
                        actor.userId(),
                        d.version() + tx.events.size(),
                        d.toBuilder().undo(Optional.empty()).build()))
                : Optional.empty());
    Optional<IdempotencyRecord> rec =
        cmd.idempotencyKey()
            .map(k -> new IdempotencyRecord(k, d.id(), a.id(), d.version(), next.version()));
    try {
      ctx.store.update(next, d.version(), tx.events, rec);
    } catch (StaleDossierVersionException | IdempotencyKeyConflictException e) {
      // a retry with the same key raced with its first attempt: answer with the winner's result
      if (cmd.idempotencyKey().isPresent()) {
        Optional<PerformResult> replay =
            replay(cmd.idempotencyKey().get(), cmd.dossierId(), cmd.actionId());
        if (replay.isPresent()) {
          return replay.get();
        }
      }
      throw e;
    }
    ctx.publish(next, tx.events);
    return new PerformResult(next, tx.events, false);
  }

  private static boolean holdsAny(Actor actor, Set<String> allowed, StepInstance s) {
    if (allowed.isEmpty()) {
      return actor.hasRole(s.staffRole());
    }
    for (String r : actor.roles()) {
      if (allowed.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private void checkRules(
      Dossier d,
      ProcedureIndex px,
      Action a,
      StepInstance at,
      Optional<String> comment,
      Optional<TimeLimit> extension) {
    if (a.guard().isPresent() && !a.guard().get().test(d.attributes())) {
      throw new GuardNotSatisfiedException(
          d.id(),
          a.id(),
          "action '"
              + a.id()
              + "' requires "
              + a.guard().get()
              + "; the attributes of dossier '"
              + d.id()
              + "' do not satisfy it");
    }
    boolean blank = comment.isEmpty() || comment.get().isBlank();
    if ((a.reasonRequired() || a.clockEffect() == ClockEffect.EXTEND) && blank) {
      throw new ReasonRequiredException(
          d.id(),
          a.id(),
          "action '"
              + a.id()
              + "' at step '"
              + at.stepId()
              + "' requires a reason"
              + (a.clockEffect() == ClockEffect.EXTEND ? " (an extension states why)" : "")
              + "; give it as the comment");
    }
    if (a.maxRounds().isPresent()) {
      int done = d.actionRounds().getOrDefault(a.id(), 0);
      if (done >= a.maxRounds().getAsInt()) {
        throw new RoundLimitExceededException(
            d.id(),
            a.id(),
            "action '"
                + a.id()
                + "' was performed "
                + done
                + " time(s) on dossier '"
                + d.id()
                + "'; the procedure allows "
                + a.maxRounds().getAsInt());
      }
    }
    ClockState state = d.clock().state();
    switch (a.clockEffect()) {
      case PAUSE -> {
        int max = px.procedure.supplementPolicy().maxRounds();
        if (px.requestsSupplement(a) && d.supplementRounds() >= max) {
          throw new RoundLimitExceededException(
              d.id(), a.id(), alreadyHad(d, d.supplementRounds(), "supplement request(s)", max));
        }
        requireClock(d, a, state == ClockState.RUNNING, "running");
      }
      case RESUME -> requireClock(d, a, state == ClockState.PAUSED, "paused");
      case RESTART -> requireClock(d, a, state != ClockState.STOPPED, "running or paused");
      case EXTEND -> {
        int max = px.procedure.extensionPolicy().maxExtensions();
        if (d.extensions() >= max) {
          throw new ExtensionLimitExceededException(
              d.id(), a.id(), alreadyHad(d, d.extensions(), "extension(s)", max));
        }
        if (extension.isEmpty()
            || extension.get().unit() == TimeLimit.Unit.CALENDAR_DAYS
            || extension.get().amount().signum() == 0) {
          throw new ExtensionLimitExceededException(
              d.id(),
              a.id(),
              "action '"
                  + a.id()
                  + "' extends the due date: give the extension in working days or hours"
                  + " (more than zero) with the command");
        }
        requireClock(d, a, state != ClockState.STOPPED, "running or paused");
      }
      case NONE -> {}
    }
  }

  private static String alreadyHad(Dossier d, int count, String what, int max) {
    return "dossier '"
        + d.id()
        + "' already had "
        + count
        + " "
        + what
        + "; the procedure allows "
        + max;
  }

  private static void requireClock(Dossier d, Action a, boolean ok, String needed) {
    if (!ok) {
      throw new ActionNotAvailableException(
          d.id(),
          a.id(),
          d.activeSteps().stream().map(StepInstance::stepId).toList(),
          "action '"
              + a.id()
              + "' ("
              + a.clockEffect()
              + ") needs the dossier clock "
              + needed
              + "; the clock of dossier '"
              + d.id()
              + "' is "
              + d.clock().state().name().toLowerCase(Locale.ROOT));
    }
  }

  private ActionNotAvailableException notAvailable(Dossier d, ProcedureIndex px, String actionId) {
    List<String> steps = new ArrayList<>();
    List<String> available = new ArrayList<>();
    for (StepInstance s : d.activeSteps()) {
      if (!steps.contains(s.stepId())) {
        steps.add(s.stepId());
      }
      for (Action a : px.actionsFrom(s.stepId())) {
        if (!available.contains(a.id())) {
          available.add(a.id());
        }
      }
    }
    return new ActionNotAvailableException(d.id(), actionId, steps, available);
  }

  private static ActionNotAllowedException notAllowed(
      Dossier d, Action a, StepInstance at, Actor actor) {
    Set<String> allowed = a.allowedRoles().isEmpty() ? Set.of(at.staffRole()) : a.allowedRoles();
    boolean agencyOk = at.agencyId().equals(actor.agencyId());
    return new ActionNotAllowedException(
        d.id(),
        a.id(),
        at.agencyId(),
        allowed,
        "action '"
            + a.id()
            + "' at step '"
            + at.stepId()
            + "' of dossier '"
            + d.id()
            + "' may be performed only in agency '"
            + at.agencyId()
            + "' by a holder of "
            + String.join(" or ", new TreeSet<>(allowed))
            + "; the actor acts for agency '"
            + actor.agencyId()
            + "'"
            + (agencyOk ? "" : " (another agency)")
            + " with roles "
            + new TreeSet<>(actor.roles()));
  }

  private Optional<PerformResult> replay(String key, String dossierId, String operation) {
    Optional<IdempotencyRecord> prior = ctx.store.idempotency(key);
    if (prior.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyRecord r = prior.get();
    if (!r.dossierId().equals(dossierId) || !r.operation().equals(operation)) {
      throw conflict(r, "'" + operation + "' on dossier '" + dossierId + "'");
    }
    List<DossierEvent> evs = new ArrayList<>();
    for (DossierEvent e : ctx.store.history(dossierId, r.fromVersion())) {
      if (e.sequence() <= r.toVersion()) {
        evs.add(e);
      }
    }
    return Optional.of(new PerformResult(ctx.get(dossierId), evs, true));
  }

  static IdempotencyKeyConflictException conflict(IdempotencyRecord r, String now) {
    return new IdempotencyKeyConflictException(
        r.key(),
        "idempotency key '"
            + r.key()
            + "' was first used for '"
            + r.operation()
            + "' on dossier '"
            + r.dossierId()
            + "'; it cannot be reused for "
            + now);
  }

  /** See {@link DossierEngine#undo(String, Actor, long)}. */
  PerformResult undo(String dossierId, Actor actor, long expectedVersion) {
    Dossier d = ctx.get(dossierId);
    UndoPoint u =
        d.undo()
            .orElseThrow(
                () ->
                    new UndoNotAllowedException(
                        d.id(),
                        "",
                        "dossier '"
                            + d.id()
                            + "' has nothing to undo: its last action is not undoable or the"
                            + " next step has acted"));
    if (!u.userId().equals(actor.userId())) {
      throw new UndoNotAllowedException(
          d.id(),
          u.actionId(),
          "action '"
              + u.actionId()
              + "' of dossier '"
              + d.id()
              + "' may be undone only by the user who performed it");
    }
    if (d.version() != expectedVersion) {
      throw new StaleDossierVersionException(d.id(), expectedVersion, d.version());
    }
    ProcedureIndex px = ctx.index(d);
    Instant now = ctx.clock.instant();
    Dossier before = u.before();
    DossierEvent ev =
        DossierEvent.builder(d.id(), d.version() + 1, EventType.UNDONE, now)
            .actor(actor.userId(), actor.agencyId())
            .action(u.actionId())
            .due(d.dueAt().orElse(null), before.dueAt().orElse(null))
            .detail(DossierEvent.DETAIL_UNDONE_SEQUENCE, Long.toString(u.performedVersion()))
            .detail(DossierEvent.DETAIL_STATUS, before.status().name())
            .build();
    Transition tx =
        new Transition(ctx, before, px, now, actor.userId(), actor.agencyId(), Optional.empty());
    tx.seq = d.version() + 1;
    tx.events.add(ev);
    tx.stepCounter = Math.max(d.stepCounter(), before.stepCounter());
    Dossier restored = tx.finish(Optional.empty());
    ctx.store.update(restored, d.version(), tx.events, Optional.empty());
    ctx.publish(restored, tx.events);
    return new PerformResult(restored, tx.events, false);
  }
}
