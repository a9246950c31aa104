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

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.motcua.agency.Actor;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of submissions, actions, undos, clock moves and timer firings against a small
 * reference model of the land procedure. Invariants: the version equals the number of events; a
 * paused clock consumes no time; every due instant equals its recomputation from the ledger; a
 * refused command changes nothing; the engine's active steps are the model's.
 */
class EngineStateProperties {
  private static final Procedure LAND_PROCEDURE = land();
  private static final Map<String, String> STEP_AGENCY =
      Map.of(
          "receive", DESK,
          "await-supplement", DESK,
          "return", DESK,
          "appraise", DISTRICT,
          "approve", DISTRICT,
          "tax-check", TAX,
          "ward-check", WARD);
  private static final List<Actor> ACTORS =
      List.of(
          OFFICER,
          SPECIALIST,
          LEADER,
          TAX_SPECIALIST,
          WARD_SPECIALIST,
          Actor.of("u-stranger", WARD, "leader"),
          Actor.of("u-officer-2", DESK, "one-stop-officer"));
  private static final List<String> ACTIONS =
      LAND_PROCEDURE.actions().stream().map(Action::id).toList();

  /** The reference model of one dossier. */
  static final class Ref {
    String id;
    long version;
    boolean smallArea;
    List<String> active = new ArrayList<>();
    Set<String> joined = new HashSet<>();
    Map<String, Integer> rounds = new HashMap<>();
    int supplements;
    int extensions;
    boolean paused;
    Instant pausedAt;
    Duration consumedAtPause;
    Outcome outcome;
    Ref undoBefore;
    String undoUser;

    Ref copy() {
      Ref r = new Ref();
      r.id = id;
      r.version = version;
      r.smallArea = smallArea;
      r.active = new ArrayList<>(active);
      r.joined = new HashSet<>(joined);
      r.rounds = new HashMap<>(rounds);
      r.supplements = supplements;
      r.extensions = extensions;
      r.paused = paused;
      r.pausedAt = pausedAt;
      r.consumedAtPause = consumedAtPause;
      r.outcome = outcome;
      return r;
    }
  }

  /** The system under test and the model side by side. */
  static final class World {
    final SettableClock clock = SettableClock.at(at(3, 2, 8, 0));
    final DossierEngine engine =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(LAND_PROCEDURE))
            .agencies(directory())
            .clock(clock)
            .dueSoon(DueSoonThreshold.percentOfBudget(25))
            .build();
    final WorkingCalendar cal = engine.calendar();
    final List<Ref> dossiers = new ArrayList<>();
    int submitted;

    @Override
    public String toString() {
      return "World[" + dossiers.size() + " dossiers at " + clock.instant() + "]";
    }
  }

  @Property(tries = 200)
  void randomCommandsKeepTheInvariants(@ForAll("chains") ActionChain<World> chain) {
    chain.withInvariant("engine matches the model", EngineStateProperties::check).run();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.<World>startWith(World::new)
        .withAction(2, new Submit())
        .withAction(8, new Perform())
        .withAction(1, new Undo())
        .withAction(2, new Advance())
        .withAction(2, new Fire())
        .withMaxTransformations(40);
  }

  static final class Submit implements net.jqwik.api.state.Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.of(50, 150)
          .map(
              area ->
                  Transformer.mutate(
                      "submit area " + area,
                      w -> {
                        Receipt r =
                            w.engine.submit(
                                landSubmission("app-" + (w.submitted++))
                                    .attribute("area", area)
                                    .build());
                        Ref ref = new Ref();
                        ref.id = r.dossierId();
                        ref.version = r.dossier().version();
                        ref.smallArea = area < 100;
                        ref.active.add("receive");
                        w.dossiers.add(ref);
                      }));
    }
  }

  static final class Perform implements net.jqwik.api.state.Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.dossiers.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      Arbitrary<Integer> which = Arbitraries.integers().between(0, w.dossiers.size() - 1);
      Arbitrary<Integer> flags = Arbitraries.integers().between(0, 15);
      return which.flatMap(
          i -> {
            Ref ref = w.dossiers.get(i);
            List<String> available =
                ACTIONS.stream()
                    .filter(a -> action(a).from().stream().anyMatch(ref.active::contains))
                    .toList();
            Arbitrary<String> actions =
                available.isEmpty()
                    ? Arbitraries.of(ACTIONS)
                    : Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, Arbitraries.of(available)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(ACTIONS)));
            return actions.flatMap(
                a -> {
                  List<Actor> right =
                      ACTORS.stream()
                          .filter(
                              who ->
                                  action(a).from().stream()
                                      .anyMatch(
                                          s ->
                                              ref.active.contains(s)
                                                  && STEP_AGENCY.get(s).equals(who.agencyId())
                                                  && action(a).allowedRoles().stream()
                                                      .anyMatch(who::hasRole)))
                          .toList();
                  Arbitrary<Actor> actors =
                      right.isEmpty()
                          ? Arbitraries.of(ACTORS)
                          : Arbitraries.frequencyOf(
                              net.jqwik.api.Tuple.of(6, Arbitraries.of(right)),
                              net.jqwik.api.Tuple.of(1, Arbitraries.of(ACTORS)));
                  return Combinators.combine(actors, flags)
                      .as(
                          (who, f) ->
                              Transformer.<World>mutate(
                                  a + " on #" + i + " by " + who.userId() + " flags " + f,
                                  wd -> perform(wd, wd.dossiers.get(i), a, who, f)));
                });
          });
    }
  }

  static final class Undo implements net.jqwik.api.state.Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.dossiers.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Combinators.combine(
              Arbitraries.integers().between(0, w.dossiers.size() - 1), Arbitraries.of(ACTORS))
          .as(
              (i, who) ->
                  Transformer.mutate(
                      "undo #" + i + " by " + who.userId(),
                      wd -> undo(wd, wd.dossiers.get(i), who)));
    }
  }

  static final class Advance implements net.jqwik.api.state.Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.integers()
          .between(1, 3 * 24 * 60)
          .map(
              m ->
                  Transformer.mutate(
                      "advance " + m + " min", w -> w.clock.advance(Duration.ofMinutes(m))));
    }
  }

  static final class Fire implements net.jqwik.api.state.Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.just(Transformer.mutate("fire timers", EngineStateProperties::fire));
    }
  }

  // ------------------------------------------------------------------ the model's rules

  private static void perform(World w, Ref ref, String actionId, Actor actor, int flags) {
    boolean withComment = (flags & 1) == 0 || (flags & 8) != 0;
    boolean withExtension = (flags & 2) == 0;
    boolean stale = flags == 15 && ref.version > 1;
    Dossier before = w.engine.get(ref.id);
    assertThat(before.version()).isEqualTo(ref.version);
    PerformCommand.Builder b =
        PerformCommand.builder(ref.id, actionId, actor, stale ? ref.version - 1 : ref.version);
    if (withComment) {
      b.comment("reason " + flags);
    }
    if (withExtension) {
      b.extension(TimeLimit.workingDays(2));
    }
    Class<? extends Throwable> expected =
        expectedRefusal(ref, actionId, actor, withComment, withExtension, stale);
    net.jqwik.api.statistics.Statistics.collect(
        expected == null ? "performed" : expected.getSimpleName());
    int historyBefore = w.engine.history(ref.id).size();
    Throwable thrown = catchThrowable(() -> w.engine.perform(b.build()));
    if (expected != null) {
      assertThat(thrown).isInstanceOf(expected);
      assertThat(w.engine.get(ref.id)).as("a refused command changes nothing").isEqualTo(before);
      assertThat(w.engine.history(ref.id)).hasSize(historyBefore);
      return;
    }
    assertThat(thrown).as("%s by %s should succeed", actionId, actor.userId()).isNull();
    Ref prior = ref.copy();
    apply(w, ref, actionId);
    Action a = action(actionId);
    ref.undoBefore = a.undoable() ? prior : null;
    ref.undoUser = a.undoable() ? actor.userId() : null;
    ref.version = w.engine.get(ref.id).version();
  }

  private static Class<? extends Throwable> expectedRefusal(
      Ref ref, String actionId, Actor actor, boolean comment, boolean extension, boolean stale) {
    Action a = action(actionId);
    // the documented order: a stranger first, then the version, then the action at its step
    boolean involved =
        ref.active.stream()
            .anyMatch(
                s ->
                    STEP_AGENCY.get(s).equals(actor.agencyId())
                        && (actor.hasRole(LAND_PROCEDURE.step(s).orElseThrow().staffRole())
                            || LAND_PROCEDURE.actionsFrom(s).stream()
                                .anyMatch(
                                    x -> x.allowedRoles().stream().anyMatch(actor::hasRole))));
    if (!involved) {
      return ActionNotAllowedException.class;
    }
    if (stale) {
      return StaleDossierVersionException.class;
    }
    List<String> candidates = ref.active.stream().filter(s -> a.from().contains(s)).toList();
    if (candidates.isEmpty()) {
      return ActionNotAvailableException.class;
    }
    boolean allowed =
        candidates.stream()
            .anyMatch(
                s ->
                    STEP_AGENCY.get(s).equals(actor.agencyId())
                        && a.allowedRoles().stream().anyMatch(actor::hasRole));
    if (!allowed) {
      return ActionNotAllowedException.class;
    }
    if (actionId.equals("fast-track") && !ref.smallArea) {
      return GuardNotSatisfiedException.class;
    }
    if ((a.reasonRequired() || actionId.equals("extend")) && !comment) {
      return ReasonRequiredException.class;
    }
    if (a.maxRounds().isPresent()
        && ref.rounds.getOrDefault(actionId, 0) >= a.maxRounds().getAsInt()) {
      return RoundLimitExceededException.class;
    }
    if (actionId.equals("request-supplement") && ref.supplements >= 2) {
      return RoundLimitExceededException.class;
    }
    if (actionId.equals("extend") && ref.extensions >= 1) {
      return ExtensionLimitExceededException.class;
    }
    if (actionId.equals("extend") && !extension) {
      return InvalidExtensionException.class;
    }
    return null;
  }

  private static void apply(World w, Ref ref, String actionId) {
    Action a = action(actionId);
    if (a.maxRounds().isPresent()) {
      ref.rounds.merge(actionId, 1, Integer::sum);
    }
    String at = ref.active.stream().filter(s -> a.from().contains(s)).findFirst().orElseThrow();
    ref.active.remove(at);
    switch (actionId) {
      case "request-supplement" -> {
        ref.supplements++;
        ref.paused = true;
        ref.pausedAt = w.clock.instant();
        ref.consumedAtPause = w.engine.get(ref.id).clock().consumed(w.cal, ref.pausedAt);
      }
      case "supplied" -> ref.paused = false;
      case "extend" -> ref.extensions++;
      default -> {}
    }
    if (a.outcome().isPresent()) {
      ref.active.clear();
      ref.outcome = a.outcome().get();
      ref.paused = false;
      return;
    }
    String to = a.to().orElseThrow();
    if (to.equals("consult")) {
      ref.active.add("tax-check");
      ref.active.add("ward-check");
    } else if (to.equals(Action.JOIN)) {
      ref.joined.add(at);
      if (ref.joined.size() == 2) {
        ref.joined.clear();
        ref.active.add("approve");
      }
    } else {
      ref.active.add(to);
    }
  }

  private static void undo(World w, Ref ref, Actor actor) {
    Dossier before = w.engine.get(ref.id);
    Throwable thrown = catchThrowable(() -> w.engine.undo(ref.id, actor, ref.version));
    if (ref.undoBefore == null || !actor.userId().equals(ref.undoUser)) {
      assertThat(thrown).isInstanceOf(UndoNotAllowedException.class);
      assertThat(w.engine.get(ref.id)).isEqualTo(before);
      return;
    }
    assertThat(thrown).isNull();
    Ref restored = ref.undoBefore;
    ref.active = restored.active;
    ref.joined = restored.joined;
    ref.rounds = restored.rounds;
    ref.supplements = restored.supplements;
    ref.extensions = restored.extensions;
    ref.paused = restored.paused;
    ref.pausedAt = restored.pausedAt;
    ref.consumedAtPause = restored.consumedAtPause;
    ref.outcome = restored.outcome;
    ref.undoBefore = null;
    ref.undoUser = null;
    ref.version = w.engine.get(ref.id).version();
  }

  private static void fire(World w) {
    Instant now = w.clock.instant();
    w.engine.fireDueTimers(now);
    for (Ref ref : w.dossiers) {
      if (ref.paused
          && !w.cal.addWorkingTime(ref.pausedAt, Duration.ofHours(15 * 8)).isAfter(now)) {
        ref.active.clear();
        ref.outcome = Outcome.STOPPED;
        ref.paused = false;
        ref.undoBefore = null;
      }
      long v = w.engine.get(ref.id).version();
      assertThat(v).isGreaterThanOrEqualTo(ref.version);
      ref.version = v;
    }
    assertThat(w.engine.fireDueTimers(now).events()).as("timers are idempotent").isZero();
  }

  private static Action action(String id) {
    return LAND_PROCEDURE.actions().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  // ------------------------------------------------------------------ invariants

  private static void check(World w) {
    Instant now = w.clock.instant();
    for (Ref ref : w.dossiers) {
      Dossier d = w.engine.get(ref.id);
      List<DossierEvent> history = w.engine.history(ref.id);
      assertThat(d.version()).as("version equals the number of events").isEqualTo(history.size());
      for (int i = 0; i < history.size(); i++) {
        assertThat(history.get(i).sequence()).isEqualTo(i + 1);
      }
      assertThat(d.version()).isEqualTo(ref.version);
      assertThat(d.activeSteps().stream().map(StepInstance::stepId).sorted().toList())
          .as("active steps of %s", ref.id)
          .isEqualTo(ref.active.stream().sorted().toList());
      assertThat(d.outcome()).isEqualTo(Optional.ofNullable(ref.outcome));
      DeadlineClock recomputed =
          DeadlineClock.replay(d.clock().limit(), d.clock().policy(), d.clock().entries());
      if (!d.isFinished()) {
        assertThat(d.dueAt())
            .as("the due instant equals its recomputation from the ledger")
            .isEqualTo(recomputed.dueInstant(w.cal))
            .isEqualTo(d.clock().dueInstant(w.cal));
      }
      assertThat(d.clock().state() == ClockState.PAUSED).isEqualTo(ref.paused);
      if (ref.paused) {
        assertThat(d.clock().consumed(w.cal, now))
            .as("a paused clock does not consume time")
            .isEqualTo(ref.consumedAtPause);
        assertThat(d.dueAt()).isEmpty();
      }
      for (StepInstance s : d.activeSteps()) {
        assertThat(s.agencyId()).isEqualTo(STEP_AGENCY.get(s.stepId()));
        if (!ref.paused) {
          assertThat(s.dueAt()).isEqualTo(s.clock().dueInstant(w.cal));
        } else {
          assertThat(s.dueAt()).isEmpty();
        }
      }
      assertThat(d.nextTimerAt().isPresent()).isEqualTo(!d.isFinished());
    }
  }
}
