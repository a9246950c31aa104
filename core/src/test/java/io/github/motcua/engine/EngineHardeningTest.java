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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.RefusedException;
import io.github.motcua.agency.Actor;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.contract.EngineOnStoreContract;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The defects the black-box review of the engine found, each pinned: idempotency keys that answer
 * only their actor and command, intake authorisation, undo keeping the timers' marks, listeners in
 * order, and one effect per key under concurrency.
 */
class EngineHardeningTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final InMemoryDossierStore store = new InMemoryDossierStore();
  private final List<DossierEvent> published = new CopyOnWriteArrayList<>();
  private final DossierEngine engine =
      DossierEngine.builder()
          .store(store)
          .catalog(ProcedureCatalog.of(land(), permit()))
          .agencies(directory())
          .clock(clock)
          .listener((d, evs) -> published.addAll(evs))
          .build();

  private Dossier submit(String applicant) {
    return engine.submit(landSubmission(applicant).build()).dossier();
  }

  /** A small-area dossier fast-tracked to the leader's approval, where "extend" is available. */
  private Dossier atApprove(String applicant) {
    Dossier d = engine.submit(landSubmission(applicant).attribute("area", 80).build()).dossier();
    d = perform(d, "forward", OFFICER, applicant + "/forward").dossier();
    return perform(d, "fast-track", SPECIALIST, applicant + "/fast-track").dossier();
  }

  private PerformResult perform(Dossier d, String action, Actor actor, String key) {
    return engine.perform(
        PerformCommand.builder(d.id(), action, actor, d.version()).idempotencyKey(key).build());
  }

  // ------------------------------------------------------------------ idempotency

  @Test
  void aKeyRepeatedByTheSameActorWithTheSameCommandReturnsTheFirstResult() {
    Dossier d = submit("app-1");
    PerformResult first = perform(d, "forward", OFFICER, "k-same");
    PerformResult again = perform(d, "forward", OFFICER, "k-same");
    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(engine.history(d.id())).hasSize((int) first.dossier().version());
  }

  @Test
  void aKeyRepeatedByAnotherActorIsAConflictThatRevealsNothing() {
    Dossier d = submit("app-secret-applicant");
    perform(d, "forward", OFFICER, "k-stolen");
    Actor otherDistrict = Actor.of("u-officer", "tp", "one-stop-officer");
    Actor sameAgencyOtherUser = Actor.of("u-officer-2", DESK, "one-stop-officer");
    for (Actor thief : List.of(otherDistrict, sameAgencyOtherUser)) {
      assertThatThrownBy(() -> perform(d, "forward", thief, "k-stolen"))
          .isInstanceOfSatisfying(
              IdempotencyKeyConflictException.class, e -> assertThat(e.retryable()).isFalse())
          .message()
          .doesNotContain(d.id())
          .doesNotContain("app-secret-applicant")
          .doesNotContain(DISTRICT);
    }
  }

  @Test
  void aKeyRepeatedWithAnotherPayloadIsAConflict() {
    Dossier at = atApprove("app-2");
    Dossier d = at;
    engine.perform(
        PerformCommand.builder(at.id(), "extend", LEADER, at.version())
            .idempotencyKey("k-extend")
            .comment("apology")
            .extension(TimeLimit.workingDays(2))
            .build());
    List<PerformCommand.Builder> others =
        List.of(
            PerformCommand.builder(at.id(), "extend", LEADER, at.version())
                .comment("another apology")
                .extension(TimeLimit.workingDays(2)),
            PerformCommand.builder(at.id(), "extend", LEADER, at.version())
                .comment("apology")
                .extension(TimeLimit.workingDays(3)),
            PerformCommand.builder(at.id(), "extend", LEADER, at.version())
                .comment("apology")
                .extension(TimeLimit.workingDays(2))
                .at("s-other"));
    long version = engine.get(d.id()).version();
    for (PerformCommand.Builder b : others) {
      assertThatThrownBy(() -> engine.perform(b.idempotencyKey("k-extend").build()))
          .isInstanceOf(IdempotencyKeyConflictException.class);
    }
    assertThat(engine.get(d.id()).version()).isEqualTo(version);
  }

  @Test
  void aSubmissionKeyReusedWithOtherDataIsAConflict() {
    Receipt first =
        engine.submit(landSubmission("app-3").attribute("area", 120).idempotencyKey("p-1").build());
    Receipt again =
        engine.submit(landSubmission("app-3").attribute("area", 120).idempotencyKey("p-1").build());
    assertThat(again.replayed()).isTrue();
    assertThat(again.dossierId()).isEqualTo(first.dossierId());
    assertThatThrownBy(
            () ->
                engine.submit(
                    landSubmission("app-3").attribute("area", 121).idempotencyKey("p-1").build()))
        .isInstanceOf(IdempotencyKeyConflictException.class);
    assertThatThrownBy(
            () ->
                engine.submit(
                    landSubmission("app-3")
                        .attribute("area", 120)
                        .bind("tax", "hc-tax-2")
                        .idempotencyKey("p-1")
                        .build()))
        .isInstanceOf(IdempotencyKeyConflictException.class);
    assertThatThrownBy(
            () ->
                engine.submit(
                    landSubmission("app-3")
                        .attribute("area", 120)
                        .receivedBy(Actor.of("u-officer-2", DESK, "one-stop-officer"))
                        .idempotencyKey("p-1")
                        .build()))
        .isInstanceOf(IdempotencyKeyConflictException.class);
    assertThat(engine.findByApplicant("app-3", 10)).hasSize(1);
  }

  // ------------------------------------------------------------------ intake

  @Test
  void intakeIsAuthorisedLikeAnyAction() {
    Actor otherAgency = Actor.of("u-x", WARD, "one-stop-officer");
    Actor noRole = Actor.of("u-y", DESK, "specialist");
    for (Actor wrong : List.of(otherAgency, noRole)) {
      assertThatThrownBy(() -> engine.submit(landSubmission("app-4").receivedBy(wrong).build()))
          .isInstanceOfSatisfying(
              ActionNotAllowedException.class,
              e -> {
                assertThat(e.requiredAgencyId()).isEqualTo(DESK);
                assertThat(e.allowedRoles()).contains("one-stop-officer");
              })
          .hasMessageContaining("is received in agency 'hc-desk'");
    }
    assertThat(engine.findByApplicant("app-4", 10)).isEmpty();
    // online, the portal's system account of the receiving agency receives it
    Dossier online =
        engine
            .submit(
                landSubmission("app-4")
                    .channel(Channel.ONLINE)
                    .receivedBy(Actor.of("system.portal", DESK, "one-stop-officer"))
                    .build())
            .dossier();
    assertThat(engine.history(online.id()).get(0).userId()).contains("system.portal");
  }

  @Test
  void aSubmissionWithoutItsReceiverCannotBeBuilt() {
    assertThatThrownBy(() -> SubmitCommand.builder(LAND, "app-5").attribute("area", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("receivedBy");
  }

  // ------------------------------------------------------------------ undo and timers

  @Test
  void undoKeepsTheOverdueMarkSoTheTimersDoNotAnnounceItTwice() {
    Dossier d = submit("app-6");
    // let the dossier run late: past its 10 working days
    clock.advance(Duration.ofDays(20));
    Dossier forwarded = perform(d, "forward", OFFICER, "k-late").dossier();
    engine.fireDueTimers(clock.instant());
    assertThat(engine.get(d.id()).overdueMarked()).isTrue();
    long overdueBefore = count(d, EventType.OVERDUE);

    Dossier current = engine.get(d.id());
    assertThat(current.undo()).isPresent();
    Dossier undone = engine.undo(d.id(), OFFICER, current.version()).dossier();
    assertThat(undone.overdueMarked()).isTrue();
    assertThat(undone.activeSteps()).extracting(s -> s.stepId()).containsExactly("receive");
    engine.fireDueTimers(clock.instant().plusSeconds(60));
    // the dossier-level mark is not written again (the restored step may get its own first one)
    assertThat(
            engine.history(d.id()).stream()
                .filter(e -> e.type() == EventType.OVERDUE && e.stepInstanceId().isEmpty())
                .count())
        .isEqualTo(
            engine.history(forwarded.id()).stream()
                .limit(overdueBefore + 100)
                .filter(e -> e.type() == EventType.OVERDUE && e.stepInstanceId().isEmpty())
                .count())
        .isEqualTo(1);
  }

  private long count(Dossier d, EventType type) {
    return engine.history(d.id()).stream().filter(e -> e.type() == type).count();
  }

  // ------------------------------------------------------------------ refusals

  @Test
  void anExtensionWithoutAnAmountIsNotAnExhaustedExtension() {
    Dossier d = atApprove("app-7");
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "extend", LEADER, d.version())
                        .comment("apology")
                        .build()))
        .isInstanceOf(InvalidExtensionException.class)
        .hasMessageContaining("none was given");
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "extend", LEADER, d.version())
                        .comment("apology")
                        .extension(TimeLimit.calendarDays(3))
                        .build()))
        .isInstanceOf(InvalidExtensionException.class)
        .hasMessageContaining("calendar days");
    Dossier extended =
        engine
            .perform(
                PerformCommand.builder(d.id(), "extend", LEADER, d.version())
                    .comment("apology")
                    .extension(TimeLimit.workingDays(2))
                    .build())
            .dossier();
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "extend", LEADER, extended.version())
                        .comment("apology")
                        .extension(TimeLimit.workingDays(2))
                        .build()))
        .isInstanceOf(ExtensionLimitExceededException.class);
  }

  @Test
  void everyRefusalBelongsToOneFamilyAndSaysWhetherARetryHelps() {
    Dossier d = perform(submit("app-8"), "forward", OFFICER, "k-8").dossier();
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "consult", SPECIALIST, d.version() - 1).build()))
        .isInstanceOfSatisfying(
            StaleDossierVersionException.class,
            e -> assertThat(((RefusedException) e).retryable()).isTrue());
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "approve", SPECIALIST, d.version()).build()))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.retryable()).isFalse());
  }

  // ------------------------------------------------------------------ rollback and listeners

  @Test
  void aChangeRolledBackWithTheHostsTransactionIsNeitherStoredNorPublished() {
    Dossier d = submit("app-9");
    int before = published.size();
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          perform(d, "forward", OFFICER, "k-9");
                          throw new IllegalStateException("the host's own write failed");
                        }))
        .hasMessageContaining("host");
    assertThat(engine.get(d.id())).isEqualTo(d);
    assertThat(published).hasSize(before);
    // the key was not recorded either: the same command acts now
    assertThat(perform(d, "forward", OFFICER, "k-9").replayed()).isFalse();
    assertThat(published.size()).isGreaterThan(before);
  }

  @Test
  void aListenerThatActsDoesNotInterleaveTheBatchBeingDelivered() {
    List<Long> first = new CopyOnWriteArrayList<>();
    List<Long> second = new CopyOnWriteArrayList<>();
    DossierEngine[] self = new DossierEngine[1];
    self[0] =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock)
            .listener(
                (dossier, evs) -> {
                  evs.forEach(e -> first.add(e.sequence()));
                  if (evs.stream().anyMatch(e -> e.type() == EventType.SUBMITTED)) {
                    // a listener that forwards what was just received
                    self[0].perform(
                        PerformCommand.builder(dossier.id(), "forward", OFFICER, dossier.version())
                            .build());
                  }
                })
            .listener((dossier, evs) -> evs.forEach(e -> second.add(e.sequence())))
            .build();
    Dossier d = self[0].submit(landSubmission("app-10").build()).dossier();
    long last = self[0].get(d.id()).version();
    assertThat(last).isGreaterThan(d.version());
    List<Long> expected = new ArrayList<>();
    for (long i = 1; i <= last; i++) {
      expected.add(i);
    }
    assertThat(first).isEqualTo(expected);
    assertThat(second).isEqualTo(expected);
  }

  @Test
  void listenersSeeEachDossiersEventsInSequenceWhateverThreadsAct() throws Exception {
    Map<String, List<Long>> seen = new ConcurrentHashMap<>();
    DossierEngine e =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock)
            .listener(EngineOnStoreContract.sequenceRecorder(seen))
            .build();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(e.submit(landSubmission("app-t" + i).build()).dossierId());
    }
    runRandomly(e, ids, 6, 400, new Random(7));
    EngineOnStoreContract.assertSeenInSequence(e, ids, seen);
  }

  // ------------------------------------------------------------------ one key, one effect

  @Test
  void underConcurrencyEachKeyTakesEffectOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(engine.submit(landSubmission("app-k" + i).build()).dossierId());
    }
    Map<String, AtomicInteger> effects = runRandomly(engine, ids, 8, 1500, new Random(42));
    for (Map.Entry<String, AtomicInteger> en : effects.entrySet()) {
      assertThat(en.getValue().get()).as("effects of key %s", en.getKey()).isLessThanOrEqualTo(1);
    }
    // and the audit trail agrees: each key appears on at most one performed action
    Map<String, Integer> inHistory = new HashMap<>();
    for (String id : ids) {
      for (DossierEvent ev : engine.history(id)) {
        ev.details().entrySet().stream()
            .filter(x -> x.getKey().equals(DossierEvent.DETAIL_IDEMPOTENCY_KEY))
            .forEach(x -> inHistory.merge(x.getValue(), 1, Integer::sum));
      }
    }
    assertThat(inHistory.values()).allMatch(n -> n == 1);
  }

  private static final List<Actor> ACTORS =
      List.of(OFFICER, SPECIALIST, SPECIALIST_2, LEADER, TAX_SPECIALIST, WARD_SPECIALIST);
  private static final List<String> ACTIONS =
      List.of("forward", "consult", "tax-ok", "ward-ok", "approve", "return-result", "rework");

  /** The contract's race on the land procedure; returns the non-replayed successes per key. */
  private static Map<String, AtomicInteger> runRandomly(
      DossierEngine e, List<String> ids, int threads, int commands, Random seed) throws Exception {
    return EngineOnStoreContract.runRandomly(
        e, ids, ACTORS, ACTIONS, threads, commands, seed.nextLong());
  }
}
