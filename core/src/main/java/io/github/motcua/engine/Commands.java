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

import io.github.motcua.RefusedException;
import io.github.motcua.agency.Actor;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.spi.IdempotencyRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs and undoes actions for {@link DossierEngine#perform(PerformCommand)} and {@link
 * DossierEngine#undo(String, Actor, long)}, each in one unit of work of the store.
 *
 * <p>The order of the checks, chosen so that every refusal tells the caller what can help and tells
 * a stranger nothing:
 *
 * <ol>
 *   <li>A repeated idempotency key: answered with the first result when the same actor sends the
 *       same command (the stored digest covers the actor and every field), else refused with {@link
 *       IdempotencyKeyConflictException}, whose message names no dossier.
 *   <li>The dossier exists ({@link io.github.motcua.dossier.DossierNotFoundException}).
 *   <li>The actor may act on this dossier at all: an active step is bound to the actor's agency and
 *       the actor holds a role that step or one of its actions names. If not, {@link
 *       ActionNotAllowedException} without any detail of the dossier.
 *   <li>The expected version ({@link StaleDossierVersionException}, retryable: reload).
 *   <li>The action is available at a current step ({@link ActionNotAvailableException}), the actor
 *       may perform it there ({@link ActionNotAllowedException}), then the guard, the reason, the
 *       round and extension limits and the clock state.
 * </ol>
 *
 * Then a {@link Transition} computes the change and {@link EngineContext#store} stores it against
 * the expected version and publishes it after commit. Stateless; thread-safe.
 */
final class Commands {
  private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

  private final EngineContext ctx;

  Commands(EngineContext ctx) {
    this.ctx = ctx;
  }

  /** See {@link DossierEngine#perform(PerformCommand)}. */
  PerformResult perform(PerformCommand cmd) {
    String digest = digest(cmd);
    return command(
        cmd.dossierId(), "perform " + cmd.actionId(), () -> performInTransaction(cmd, digest));
  }

  /**
   * Runs one command on a dossier in a unit of work, with the dossier in the logging MDC and its
   * refusals logged at DEBUG (by type only: a refusal is the caller's business, not an error).
   */
  <T> T command(String dossierId, Object what, Supplier<T> work) {
    return EngineContext.withDossier(
        dossierId,
        () -> {
          LOG.debug("{} on dossier {}", what, dossierId);
          try {
            return ctx.inTransaction(work);
          } catch (RefusedException e) {
            LOG.debug(
                "refused {} on dossier {}: {}", what, dossierId, e.getClass().getSimpleName());
            throw e;
          }
        });
  }

  private static String digest(PerformCommand cmd) {
    return new CommandDigest("perform", cmd.actor())
        .add(cmd.dossierId())
        .add(cmd.actionId())
        .add(cmd.expectedVersion())
        .add(cmd.stepInstanceId().orElse(null))
        .add(cmd.comment().orElse(null))
        .add(cmd.extension().map(TimeLimit::toString).orElse(null))
        .add(cmd.assignTo().orElse(null))
        .hex();
  }

  private PerformResult performInTransaction(PerformCommand cmd, String digest) {
    if (cmd.idempotencyKey().isEmpty()) {
      return performChecked(cmd, digest);
    }
    String key = cmd.idempotencyKey().get();
    Optional<PerformResult> replay = replay(key, digest);
    if (replay.isPresent()) {
      return replay.get();
    }
    try {
      return performChecked(cmd, digest);
    } catch (RefusedException e) {
      // The same command may have raced with its first attempt, which committed between the key
      // lookup above and the load: the dossier moved on (the actor may now be a stranger to it, or
      // its version stale). The key then answers with the first result instead of the refusal.
      if (!(e instanceof IdempotencyKeyConflictException)) {
        Optional<PerformResult> late = replay(key, digest);
        if (late.isPresent()) {
          return late.get();
        }
      }
      throw e;
    }
  }

  private PerformResult performChecked(PerformCommand cmd, String digest) {
    return ctx.decide(cmd.dossierId(), cmd.expectedVersion(), d -> performOn(d, cmd, digest));
  }

  private PerformResult performOn(Dossier d, PerformCommand cmd, String digest) {
    EngineContext.loaded(d);
    ProcedureIndex px = ctx.index(d);
    Actor actor = cmd.actor();
    if (!Involvement.atActiveStep(d, px, actor)) {
      throw ActionNotAllowedException.stranger(d.id(), cmd.actionId(), actor);
    }
    if (d.version() != cmd.expectedVersion()) {
      throw new StaleDossierVersionException(d.id(), cmd.expectedVersion(), d.version());
    }
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
    Transition tx =
        Transition.of(
            ctx, d, px, ctx.now(), actor.userId(), actor.agencyId(), cmd.idempotencyKey());
    tx.perform(a, at, cmd.comment(), cmd.extension(), cmd.assignTo());
    Dossier next =
        tx.finish(
            a.undoable()
                ? Optional.of(
                    new UndoPoint(
                        a.id(),
                        actor.userId(),
                        d.version() + tx.events().size(),
                        d.toBuilder().undo(Optional.empty()).build()))
                : Optional.empty());
    Optional<IdempotencyRecord> rec =
        cmd.idempotencyKey()
            .map(
                k ->
                    new IdempotencyRecord(
                        k, d.id(), a.id(), d.version(), next.version(), actor.userId(), digest));
    return storeOrReplay(d, next, tx.events(), rec, digest);
  }

  /**
   * Stores a command's change against the version it was computed from; when it loses a race with
   * the first attempt of the same command (same key), answers with the winner's result instead.
   */
  PerformResult storeOrReplay(
      Dossier d,
      Dossier next,
      List<DossierEvent> events,
      Optional<IdempotencyRecord> rec,
      String digest) {
    try {
      ctx.store(d.version(), next, events, rec);
    } catch (StaleDossierVersionException | IdempotencyKeyConflictException e) {
      if (rec.isPresent()) {
        Optional<PerformResult> replay = replay(rec.get().key(), digest);
        if (replay.isPresent()) {
          return replay.get();
        }
      }
      throw e;
    }
    return new PerformResult(next, events, false);
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
            || extension.get().amount().signum() <= 0) {
          throw new InvalidExtensionException(
              d.id(),
              a.id(),
              "action '"
                  + a.id()
                  + "' extends the due date and needs the extension with the command, in working"
                  + " days or working hours and more than zero; "
                  + (extension.isEmpty() ? "none was given" : "'" + extension.get() + "' was given")
                  + (extension.isPresent() && extension.get().unit() == TimeLimit.Unit.CALENDAR_DAYS
                      ? " (calendar days cannot extend a clock counted in working time)"
                      : ""));
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

  /**
   * The first result of a command repeated with its key, if the key was used: only for the same
   * actor and the same command (equal digests); anything else is a conflict naming no dossier.
   */
  Optional<PerformResult> replay(String key, String digest) {
    Optional<IdempotencyRecord> prior = ctx.store.idempotency(key);
    if (prior.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyRecord r = prior.get();
    if (!r.digest().equals(digest)) {
      throw conflict(key);
    }
    List<DossierEvent> evs = new ArrayList<>();
    for (DossierEvent e : ctx.store.history(r.dossierId(), r.fromVersion())) {
      if (e.sequence() <= r.toVersion()) {
        evs.add(e);
      }
    }
    return Optional.of(new PerformResult(ctx.get(r.dossierId()), evs, true));
  }

  static IdempotencyKeyConflictException conflict(String key) {
    return new IdempotencyKeyConflictException(
        key,
        "idempotency key '"
            + key
            + "' was already used, by another actor or for another command; a key may be"
            + " repeated only by the same actor with the same command: choose a new key");
  }

  /** See {@link DossierEngine#undo(String, Actor, long)}. */
  PerformResult undo(String dossierId, Actor actor, long expectedVersion) {
    return EngineContext.withDossier(
        dossierId,
        () -> {
          LOG.debug("undo on dossier {}", dossierId);
          return ctx.inTransaction(
              () -> ctx.decide(dossierId, expectedVersion, d -> undoOn(d, actor, expectedVersion)));
        });
  }

  private PerformResult undoOn(Dossier d, Actor actor, long expectedVersion) {
    EngineContext.loaded(d);
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
    Transition tx = Transition.undo(ctx, d, u, ctx.now(), actor);
    Dossier restored = tx.finish(Optional.empty());
    ctx.store(d.version(), restored, tx.events(), Optional.empty());
    return new PerformResult(restored, tx.events(), false);
  }
}
