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
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.ClockEntry;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ParallelBlock;
import io.github.motcua.procedure.Step;
import io.github.motcua.procedure.SupplementPolicy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One change of one dossier being computed: a private working copy of its snapshot and the events
 * the change records, turned into the next immutable snapshot by {@link #finish}. Confined to one
 * thread and used once. Made by one of its named operations: {@link #receive} (a new dossier enters
 * its start step), {@link #of} then {@link #perform} (an action) or {@link #fireDue} (the timers),
 * {@link #undo} (the last action compensated), {@link #assign} (a step instance changes hands).
 *
 * <p>It holds the routing rules (entering steps and parallel blocks, joins on all or any, leaving a
 * block, ending the dossier), the clock effects of actions (pause, resume or restart, extend, stop)
 * with the appointment date before and after each, what timers fire, and the projection of due,
 * due-soon and next timer instants that every stored snapshot carries. What to check before a
 * change is {@link Commands}'s job; storing and publishing it is {@link EngineContext#store}'s.
 */
final class Transition {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final EngineContext ctx;
  private final Dossier before;

  /** The calendar of the dossier's own clock. */
  private final WorkingCalendar cal;

  private final ProcedureIndex px;
  private final Instant now;
  private final String userId;
  private final String agencyId;
  private final Optional<String> idempotencyKey;
  private final List<DossierEvent> events = new ArrayList<>(4);
  private long seq;
  private final List<StepInstance> active;
  private final List<String> fresh = new ArrayList<>(2);
  private DeadlineClock dclock;
  private Optional<Instant> dueAt;
  private boolean clockChanged;
  private boolean stepsChanged;
  private boolean acted;
  private Map<String, List<String>> joined;
  private Map<String, Integer> rounds;
  private int supplementRounds;
  private int extensions;
  private int stepCounter;
  private DossierStatus status;
  private boolean dueSoonMarked;
  private boolean overdueMarked;
  private Optional<Instant> finishedAt;
  private Optional<Outcome> outcome;
  private Optional<Timeliness> timeliness;
  private Optional<String> assignee = Optional.empty();
  private Map<String, Object> attributes;

  private Transition(
      EngineContext ctx,
      Dossier d,
      ProcedureIndex px,
      Instant now,
      String userId,
      String agencyId,
      Optional<String> idempotencyKey) {
    this.ctx = ctx;
    this.before = d;
    this.cal = ctx.calendarOf(d);
    this.attributes = d.attributes();
    this.px = px;
    this.now = now;
    this.userId = userId;
    this.agencyId = agencyId;
    this.idempotencyKey = idempotencyKey;
    this.seq = d.version();
    this.active = new ArrayList<>(d.activeSteps());
    this.dclock = d.clock();
    this.dueAt = d.dueAt();
    this.joined = d.joinedBranches();
    this.rounds = d.actionRounds();
    this.supplementRounds = d.supplementRounds();
    this.extensions = d.extensions();
    this.stepCounter = d.stepCounter();
    this.status = d.status();
    this.dueSoonMarked = d.dueSoonMarked();
    this.overdueMarked = d.overdueMarked();
    this.finishedAt = d.finishedAt();
    this.outcome = d.outcome();
    this.timeliness = d.timeliness();
  }

  /** A change of a dossier by a user acting for an agency (empty ids: the system's timers). */
  static Transition of(
      EngineContext ctx,
      Dossier d,
      ProcedureIndex px,
      Instant now,
      String userId,
      String agencyId,
      Optional<String> idempotencyKey) {
    return new Transition(ctx, d, px, now, userId, agencyId, idempotencyKey);
  }

  /**
   * The receipt of a new dossier: the draft (version 1, its clock started) gets its SUBMITTED event
   * with the appointment date and enters the start step, whose clock starts with it.
   */
  static Transition receive(
      EngineContext ctx,
      Dossier draft,
      ProcedureIndex px,
      String userId,
      Optional<String> idempotencyKey) {
    Transition tx =
        new Transition(
            ctx,
            draft,
            px,
            draft.receivedAt(),
            userId,
            draft.receivingAgencyId(),
            Optional.empty());
    tx.seq = 0;
    Step start = px.step(px.procedure.startStep());
    Optional<Instant> due = draft.clock().dueInstant(tx.cal);
    DossierEvent.Builder submitted =
        tx.event(EventType.SUBMITTED)
            .due(null, due.orElse(null))
            .detail(DossierEvent.DETAIL_STATUS, start.status().name());
    idempotencyKey.ifPresent(k -> submitted.detail(DossierEvent.DETAIL_IDEMPOTENCY_KEY, k));
    tx.events.add(submitted.build());
    tx.dueAt = due;
    tx.clockChanged = true;
    tx.enter(start.id(), null, null, true);
    return tx;
  }

  /**
   * Corrects attributes: the new values replace the old ones, recorded with both in one {@link
   * EventType#ATTRIBUTES_CHANGED} event; automatic actions' guards see the new values when the next
   * timer is projected.
   */
  void changeAttributes(Map<String, Object> changes, String reason) {
    acted = true;
    Map<String, Object> next = new java.util.LinkedHashMap<>(attributes);
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Object> e : new java.util.TreeMap<>(changes).entrySet()) {
      Object old = next.put(e.getKey(), e.getValue());
      lines.add(
          e.getKey()
              + ": "
              + (old == null ? "(none)" : valueText(old))
              + " → "
              + valueText(e.getValue()));
    }
    attributes = Map.copyOf(next);
    events.add(
        event(EventType.ATTRIBUTES_CHANGED)
            .comment(reason)
            .detail(DossierEvent.DETAIL_ATTRIBUTE_CHANGES, String.join("; ", lines))
            .build());
  }

  private static String valueText(Object v) {
    return v instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(v);
  }

  /** The events this change records, in sequence. */
  List<DossierEvent> events() {
    return events;
  }

  /** Whether an action was performed (or the dossier stopped), rather than only marks set. */
  boolean acted() {
    return acted;
  }

  /**
   * The undo of the last action: the snapshot before it comes back, recorded by a compensating
   * {@link EventType#UNDONE} event. The due-soon and overdue marks the timers set since are facts
   * about time, not about the undone action, so they are kept where the restored clock or step is
   * due at the same instant (else the next timer run would announce them a second time).
   */
  static Transition undo(EngineContext ctx, Dossier d, UndoPoint u, Instant now, Actor actor) {
    Dossier before = u.before();
    Transition tx =
        new Transition(
            ctx, before, ctx.index(d), now, actor.userId(), actor.agencyId(), Optional.empty());
    tx.seq = d.version();
    tx.events.add(
        tx.event(EventType.UNDONE)
            .action(u.actionId())
            .due(d.dueAt().orElse(null), before.dueAt().orElse(null))
            .detail(DossierEvent.DETAIL_UNDONE_SEQUENCE, Long.toString(u.performedVersion()))
            .detail(DossierEvent.DETAIL_STATUS, before.status().name())
            .build());
    tx.stepCounter = Math.max(d.stepCounter(), before.stepCounter());
    if (before.dueAt().equals(d.dueAt())) {
      tx.dueSoonMarked |= d.dueSoonMarked();
      tx.overdueMarked |= d.overdueMarked();
    }
    for (int i = 0; i < tx.active.size(); i++) {
      StepInstance s = tx.active.get(i);
      Optional<StepInstance> now2 = d.activeStep(s.id());
      if (now2.isPresent() && now2.get().dueAt().equals(s.dueAt())) {
        StepInstance c = now2.get();
        boolean soon = s.dueSoonMarked() || c.dueSoonMarked();
        boolean over = s.overdueMarked() || c.overdueMarked();
        if (soon != s.dueSoonMarked() || over != s.overdueMarked()) {
          tx.replace(i, s.with(s.clock(), s.dueAt(), s.dueSoonAt(), soon, over));
        }
      }
    }
    return tx;
  }

  private DossierEvent.Builder event(EventType type) {
    DossierEvent.Builder b = DossierEvent.builder(before.id(), ++seq, type, now);
    if (!userId.isEmpty()) {
      b.actor(userId, agencyId.isEmpty() ? null : agencyId);
    }
    return b;
  }

  void perform(
      Action a,
      StepInstance at,
      Optional<String> comment,
      Optional<TimeLimit> extension,
      Optional<String> assignTo) {
    acted = true;
    assignee = assignTo;
    DossierEvent.Builder performed =
        event(EventType.ACTION_PERFORMED).step(at.id(), at.stepId()).action(a.id());
    comment.ifPresent(performed::comment);
    idempotencyKey.ifPresent(k -> performed.detail(DossierEvent.DETAIL_IDEMPOTENCY_KEY, k));
    performed.detail(DossierEvent.DETAIL_TIMELINESS, stepTimeliness(at).name());
    if (a.maxRounds().isPresent()) {
      Map<String, Integer> r = new HashMap<>(rounds);
      int n = r.merge(a.id(), 1, Integer::sum);
      rounds = r;
      performed.detail(DossierEvent.DETAIL_ROUND, Integer.toString(n));
    }
    events.add(performed.build());
    remove(at);
    String reason = comment.filter(c -> !c.isBlank()).orElse("action " + a.id());
    switch (a.clockEffect()) {
      case PAUSE -> pause(a, reason);
      case RESUME -> resume(a, px.procedure.supplementPolicy().mode());
      case RESTART -> resume(a, SupplementPolicy.Mode.RESTART);
      case EXTEND -> extend(a, extension.orElseThrow(), reason);
      case NONE -> {}
    }
    if (a.outcome().isPresent()) {
      complete(a.outcome().get(), a.id(), comment.filter(c -> !c.isBlank()));
      return;
    }
    String target = a.to().orElseThrow();
    ProcedureIndex.Placement place =
        at.blockId().isPresent() ? px.placements.get(at.stepId()) : null;
    if (target.equals(Action.JOIN)) {
      join(at, place);
    } else if (place != null && place.branch().steps().contains(target)) {
      enter(target, place.block(), place.branch(), false);
    } else {
      if (place != null) {
        leaveBlock(place.block());
      }
      enterTarget(target);
    }
  }

  /**
   * Gives an active step instance to another user, or to nobody, recorded by one event of {@code
   * type} naming the previous and the new assignee. Clocks, routing and status are unchanged.
   */
  void assign(StepInstance at, Optional<String> to, EventType type, Optional<String> comment) {
    int i = active.indexOf(at);
    if (i < 0) {
      throw new IllegalStateException(
          "step instance '" + at.id() + "' is not active on dossier '" + before.id() + "'");
    }
    replace(i, at.withAssignee(to));
    DossierEvent.Builder b = event(type).step(at.id(), at.stepId());
    at.assignee().ifPresent(u -> b.detail(DossierEvent.DETAIL_PREVIOUS_ASSIGNEE, u));
    to.ifPresent(u -> b.detail(DossierEvent.DETAIL_ASSIGNEE, u));
    comment.filter(c -> !c.isBlank()).ifPresent(b::comment);
    idempotencyKey.ifPresent(k -> b.detail(DossierEvent.DETAIL_IDEMPOTENCY_KEY, k));
    events.add(b.build());
  }

  private Timeliness stepTimeliness(StepInstance s) {
    if (s.dueAt().isPresent()) {
      return Timeliness.classify(s.dueAt().get(), now, stepCal(s).zone());
    }
    return s.clock().timeliness(stepCal(s), now);
  }

  private void replace(int i, StepInstance s) {
    active.set(i, s);
    stepsChanged = true;
  }

  private void remove(StepInstance s) {
    active.remove(s);
    stepsChanged = true;
  }

  private void pause(Action a, String reason) {
    Optional<Instant> old = dueAt;
    dclock = dclock.pause(now, reason, userId);
    boolean round = px.requestsSupplement(a);
    if (round) {
      supplementRounds++;
    }
    for (int i = 0; i < active.size(); i++) {
      StepInstance s = active.get(i);
      if (s.clock().isRunning()) {
        replace(
            i,
            s.with(
                s.clock().pause(now, reason, userId),
                Optional.empty(),
                Optional.empty(),
                s.dueSoonMarked(),
                s.overdueMarked()));
      }
    }
    clockChanged = true;
    dueAt = Optional.empty();
    DossierEvent.Builder b =
        event(EventType.PAUSED).action(a.id()).comment(reason).due(old.orElse(null), null);
    if (round) {
      b.detail(DossierEvent.DETAIL_ROUND, Integer.toString(supplementRounds));
    }
    events.add(b.detail(DossierEvent.DETAIL_EXPLANATION, explanation()).build());
  }

  private void resume(Action a, SupplementPolicy.Mode mode) {
    Optional<Instant> old = dueBeforeLastPause();
    boolean restart = mode == SupplementPolicy.Mode.RESTART;
    dclock = restart ? dclock.restart(now, userId) : dclock.resume(now, userId);
    for (int i = 0; i < active.size(); i++) {
      StepInstance s = active.get(i);
      if (s.clock().state() == ClockState.PAUSED) {
        replace(
            i,
            s.with(
                s.clock().resume(now, userId),
                s.dueAt(),
                s.dueSoonAt(),
                s.dueSoonMarked(),
                s.overdueMarked()));
      }
    }
    clockChanged = true;
    dueAt = dclock.dueInstant(cal);
    DossierEvent.Builder b =
        event(EventType.RESUMED)
            .action(a.id())
            .due(old.orElse(null), dueAt.orElse(null))
            .detail(DossierEvent.DETAIL_EXPLANATION, explanation());
    if (restart) {
      b.comment("restarted with the whole time limit");
    }
    events.add(b.build());
  }

  private Optional<Instant> dueBeforeLastPause() {
    List<ClockEntry> entries = dclock.entries();
    for (int i = entries.size() - 1; i > 0; i--) {
      if (entries.get(i).kind() == ClockEntry.Kind.PAUSE) {
        try {
          return DeadlineClock.replay(dclock.limit(), dclock.policy(), entries.subList(0, i))
              .dueInstant(cal);
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return before.dueAt();
  }

  private void extend(Action a, TimeLimit extension, String reason) {
    Optional<Instant> old = dclock.isRunning() ? dueAt : dueBeforeLastPause();
    dclock = dclock.extend(extension, now, reason, userId);
    extensions++;
    clockChanged = true;
    dueAt = dclock.dueInstant(cal);
    overdueMarked = false;
    dueSoonMarked = false;
    events.add(
        event(EventType.EXTENDED)
            .action(a.id())
            .comment(reason)
            .due(old.orElse(null), dueAt.orElse(null))
            .detail(DossierEvent.DETAIL_EXTENSION, extension.toString())
            .detail(DossierEvent.DETAIL_ROUND, Integer.toString(extensions))
            .detail(DossierEvent.DETAIL_EXPLANATION, explanation())
            .build());
  }

  private String explanation() {
    return dclock.explain(cal).summary(VIETNAMESE);
  }

  private void complete(Outcome o, String actionId, Optional<String> reason) {
    complete(o, actionId, reason, Optional.empty());
  }

  /**
   * Ends the dossier by a decision outside the procedure's actions: the applicant withdraws it (rút
   * hồ sơ, {@link Outcome#WITHDRAWN}) or the competent agency stops it (dừng xử lý, {@link
   * Outcome#STOPPED}, with the reference of its notice). Every active step is cancelled and the
   * clock stops, classed early, on time or late at this instant like any ending.
   */
  void end(Outcome o, String reason, Optional<String> notice) {
    acted = true;
    complete(o, null, Optional.of(reason), notice);
  }

  private void complete(
      Outcome o, String actionId, Optional<String> reason, Optional<String> notice) {
    for (StepInstance s : new ArrayList<>(active)) {
      cancel(s);
    }
    Timeliness t = dclock.timeliness(cal, now);
    Optional<Instant> old = dueAt.isPresent() ? dueAt : Optional.of(dclock.projectedDue(cal, now));
    dclock = dclock.stop(now, userId);
    clockChanged = true;
    dueAt = Optional.empty();
    finishedAt = Optional.of(now);
    outcome = Optional.of(o);
    timeliness = Optional.of(t);
    status = o.status();
    DossierEvent.Builder b =
        event(EventType.COMPLETED)
            .action(actionId)
            .due(old.orElse(null), null)
            .detail(DossierEvent.DETAIL_OUTCOME, o.name())
            .detail(DossierEvent.DETAIL_TIMELINESS, t.name())
            .detail(DossierEvent.DETAIL_STATUS, o.status().name());
    reason.ifPresent(b::comment);
    notice.ifPresent(n -> b.detail(DossierEvent.DETAIL_NOTICE, n));
    events.add(b.build());
  }

  private void cancel(StepInstance s) {
    remove(s);
    DossierEvent.Builder b = event(EventType.STEP_CANCELLED).step(s.id(), s.stepId());
    s.blockId().ifPresent(x -> b.detail(DossierEvent.DETAIL_BLOCK, x));
    s.branchId().ifPresent(x -> b.detail(DossierEvent.DETAIL_BRANCH, x));
    events.add(b.build());
  }

  private void join(StepInstance at, ProcedureIndex.Placement place) {
    if (place == null) {
      throw new IllegalStateException(
          "step '" + at.stepId() + "' joins but is in no parallel block (invalid procedure)");
    }
    // A branch that joins is recorded on the dossier (joinedBranches) rather than kept as a waiting
    // step: the block completes when all branches joined (ALL) or at the first (ANY), and only
    // then does the dossier leave it, cancelling whatever branch is still active (ANY). The record
    // lives in the snapshot so that a join survives a reload on another node and an undo.
    ParallelBlock block = place.block();
    List<String> done = new ArrayList<>(joined.getOrDefault(block.id(), List.of()));
    if (!done.contains(place.branch().id())) {
      done.add(place.branch().id());
    }
    boolean complete =
        block.join() == ParallelBlock.Join.ANY || done.size() >= block.branches().size();
    Map<String, List<String>> j = new HashMap<>(joined);
    if (complete) {
      j.remove(block.id());
      joined = j;
      leaveBlock(block);
      enterTarget(block.next());
    } else {
      j.put(block.id(), List.copyOf(done));
      joined = j;
    }
  }

  private void leaveBlock(ParallelBlock block) {
    for (StepInstance s : new ArrayList<>(active)) {
      if (s.blockId().isPresent() && s.blockId().get().equals(block.id())) {
        cancel(s);
      }
    }
    if (joined.containsKey(block.id())) {
      Map<String, List<String>> j = new HashMap<>(joined);
      j.remove(block.id());
      joined = j;
    }
  }

  private void enterTarget(String target) {
    ParallelBlock block = px.blocks.get(target);
    if (block != null) {
      for (ParallelBlock.Branch br : block.branches()) {
        enter(br.steps().get(0), block, br, false);
      }
    } else {
      enter(target, null, null, false);
    }
  }

  private void enter(
      String stepId, ParallelBlock block, ParallelBlock.Branch branch, boolean first) {
    Step st = px.step(stepId);
    String agency = before.bindings().get(st.agencyRole());
    if (agency == null) {
      throw new IllegalStateException(
          "dossier '" + before.id() + "': agency role '" + st.agencyRole() + "' is not bound");
    }
    String iid = "s" + (++stepCounter);
    DeadlineClock c = DeadlineClock.start(st.budget(), px.stepPolicy(st, first), now, userId);
    StepInstance s =
        new StepInstance(
            iid,
            stepId,
            Optional.ofNullable(block).map(ParallelBlock::id),
            Optional.ofNullable(branch).map(ParallelBlock.Branch::id),
            agency,
            st.staffRole(),
            assignee,
            now,
            c,
            Optional.empty(),
            Optional.empty(),
            false,
            false);
    active.add(s);
    fresh.add(iid);
    stepsChanged = true;
    status = st.status();
    DossierEvent.Builder b =
        event(EventType.STEP_ENTERED)
            .step(iid, stepId)
            .detail(DossierEvent.DETAIL_STEP_AGENCY, agency)
            .detail(DossierEvent.DETAIL_STATUS, st.status().name());
    if (block != null) {
      b.detail(DossierEvent.DETAIL_BLOCK, block.id());
      b.detail(DossierEvent.DETAIL_BRANCH, branch.id());
    }
    events.add(b.build());
  }

  private boolean automaticApplies(Action a) {
    if (a.guard().isPresent() && !a.guard().get().test(attributes)) {
      return false;
    }
    if (a.maxRounds().isPresent() && rounds.getOrDefault(a.id(), 0) >= a.maxRounds().getAsInt()) {
      return false;
    }
    ClockState state = dclock.state();
    return switch (a.clockEffect()) {
      case PAUSE ->
          state == ClockState.RUNNING
              && (!px.requestsSupplement(a)
                  || supplementRounds < px.procedure.supplementPolicy().maxRounds());
      case RESUME -> state == ClockState.PAUSED;
      case EXTEND -> false;
      default -> true;
    };
  }

  /**
   * When the applicant's time to supplement runs out: only while the clock is paused and the
   * dossier waits at a step showing SUPPLEMENT_REQUESTED (a payment wait has no such limit).
   */
  private Optional<Instant> applicantDeadline() {
    if (dclock.state() != ClockState.PAUSED) {
      return Optional.empty();
    }
    Optional<TimeLimit> limit = px.procedure.supplementPolicy().applicantTimeLimit();
    if (limit.isEmpty() || !waitsForSupplement()) {
      return Optional.empty();
    }
    return Optional.of(ctx.after(cal, dclock.lastEntryAt(), limit.get()));
  }

  private boolean waitsForSupplement() {
    for (StepInstance s : active) {
      if (px.supplementSteps.contains(s.stepId())) {
        return true;
      }
    }
    return false;
  }

  private Instant dossierDueSoonAt(Instant due) {
    return ctx.dueSoonAt(cal, dclock, due);
  }

  /** Projects due instants and the next timer, and builds the snapshot. */
  Dossier finish(Optional<UndoPoint> undo) {
    boolean paused = dclock.state() == ClockState.PAUSED;
    if (clockChanged || !fresh.isEmpty()) {
      for (int i = 0; i < active.size(); i++) {
        StepInstance s = active.get(i);
        if (!clockChanged && !fresh.contains(s.id())) {
          continue;
        }
        Optional<Instant> due = paused ? Optional.empty() : s.clock().dueInstant(stepCal(s));
        Optional<Instant> soon = due.map(x -> stepDueSoonAt(s, x));
        if (!due.equals(s.dueAt()) || !soon.equals(s.dueSoonAt())) {
          boolean same = due.equals(s.dueAt());
          replace(
              i,
              s.with(s.clock(), due, soon, same && s.dueSoonMarked(), same && s.overdueMarked()));
          stepsChanged = true;
        }
      }
    }
    Dossier.Builder b =
        before.toBuilder()
            .version(seq)
            .clock(dclock)
            .dueAt(dueAt)
            .joinedBranches(joined)
            .actionRounds(rounds)
            .supplementRounds(supplementRounds)
            .extensions(extensions)
            .stepCounter(stepCounter)
            .status(status)
            .dueSoonMarked(dueSoonMarked)
            .overdueMarked(overdueMarked)
            .finished(finishedAt, outcome)
            .timeliness(timeliness)
            .attributes(attributes)
            .undo(undo);
    if (stepsChanged) {
      b.activeSteps(active);
    }
    b.nextTimerAt(nextTimer());
    return b.build();
  }

  private Instant stepDueSoonAt(StepInstance s, Instant due) {
    return ctx.dueSoonAt(stepCal(s), s.clock(), due);
  }

  /** The calendar of a step's clock: that of the agency the step is bound to. */
  private WorkingCalendar stepCal(StepInstance s) {
    return ctx.calendarOf(s.agencyId());
  }

  private Optional<Instant> nextTimer() {
    if (finishedAt.isPresent()) {
      return Optional.empty();
    }
    Instant next = null;
    for (StepInstance s : active) {
      if (s.dueAt().isPresent()) {
        if (!s.dueSoonMarked() && s.dueSoonAt().isPresent()) {
          next = min(next, s.dueSoonAt().get());
        }
        if (!s.overdueMarked()) {
          next = min(next, s.dueAt().get().plus(1, ChronoUnit.MICROS));
        }
      }
      for (Action a : px.automaticFrom(s.stepId())) {
        if (automaticApplies(a)) {
          next = min(next, ctx.after(stepCal(s), s.enteredAt(), a.automaticAfter().get()));
        }
      }
    }
    if (dueAt.isPresent()) {
      if (!dueSoonMarked) {
        next = min(next, dossierDueSoonAt(dueAt.get()));
      }
      if (!overdueMarked) {
        next = min(next, dueAt.get().plus(1, ChronoUnit.MICROS));
      }
    }
    Optional<Instant> applicant = applicantDeadline();
    if (applicant.isPresent()) {
      next = min(next, applicant.get());
    }
    return Optional.ofNullable(next);
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /**
   * Fires what is due at this transition's now, in one change: the first automatic action due, else
   * the stop of a dossier whose applicant did not supplement in time, else the due-soon and overdue
   * marks (once per step instance and once per dossier; a mark is a fact about time, kept across
   * undo and reset only by an extension). Returns whether anything fired.
   */
  boolean fireDue() {
    if (finishedAt.isPresent()) {
      return false;
    }
    // 1. an automatic action, one per change
    for (StepInstance s : active) {
      for (Action a : px.automaticFrom(s.stepId())) {
        if (automaticApplies(a)
            && !ctx.after(stepCal(s), s.enteredAt(), a.automaticAfter().get()).isAfter(now)) {
          perform(
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
    Optional<Instant> limit = applicantDeadline();
    if (limit.isPresent() && !limit.get().isAfter(now)) {
      acted = true;
      complete(
          Outcome.STOPPED,
          null,
          Optional.of(
              "the applicant did not supplement within "
                  + px.procedure.supplementPolicy().applicantTimeLimit().get()));
      return true;
    }
    // 3. marks: once per step instance, once per dossier
    boolean fired = false;
    for (int i = 0; i < active.size(); i++) {
      StepInstance s = active.get(i);
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
        replace(i, s.with(s.clock(), s.dueAt(), s.dueSoonAt(), true, s.overdueMarked() || over));
        events.add(
            event(over ? EventType.OVERDUE : EventType.DUE_SOON)
                .step(s.id(), s.stepId())
                .due(s.dueAt().get(), s.dueAt().get())
                .build());
        fired = true;
      }
    }
    if (dueAt.isPresent()) {
      Instant due = dueAt.get();
      boolean over = !overdueMarked && now.isAfter(due);
      boolean soon = !over && !dueSoonMarked && !now.isBefore(dossierDueSoonAt(due));
      if (over || soon) {
        overdueMarked |= over;
        dueSoonMarked = true;
        events.add(event(over ? EventType.OVERDUE : EventType.DUE_SOON).due(due, due).build());
        fired = true;
      }
    }
    return fired;
  }
}
