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
package io.github.motcua.spi.contract;

import static io.github.motcua.spi.contract.StoreFixtures.T0;
import static io.github.motcua.spi.contract.StoreFixtures.dossier;
import static io.github.motcua.spi.contract.StoreFixtures.events;
import static io.github.motcua.spi.contract.StoreFixtures.next;
import static io.github.motcua.spi.contract.StoreFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.spi.DossierCursor;
import io.github.motcua.spi.DossierFilter;
import io.github.motcua.spi.DossierPage;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorkItem;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DossierStore} keeps. A store's test extends this class and returns a
 * new, empty store from {@link #newStore()}; the in-memory store runs it in core, the JDBC stores
 * in their module (core's test-jar ships it). Ids used here are unique per test so a store that
 * cannot be emptied may return a shared one.
 */
public abstract class DossierStoreContract {
  /** The store under test, new for each test. */
  protected DossierStore store;

  private String prefix;

  /** Creates the contract. */
  protected DossierStoreContract() {}

  /**
   * Returns a new store with nothing in it (or nothing using the ids this suite makes).
   *
   * @return the store
   */
  protected abstract DossierStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
    prefix = "c" + Long.toHexString(System.nanoTime()) + "-";
  }

  private String id(String s) {
    return prefix + s;
  }

  private Dossier inserted(String name, StepInstance s) {
    Dossier d = dossier(id(name), s);
    store.insert(d, events(d.id(), 0, 1), Optional.empty());
    return d;
  }

  @Test
  void insertedDossierLoadsEqualWithItsHistory() {
    Dossier d = dossier(id("a"), step("s1", "desk", "officer", T0.plusSeconds(3600)));
    List<DossierEvent> evs = events(d.id(), 0, 1);
    store.insert(d, evs, Optional.empty());

    assertThat(store.load(d.id())).contains(d);
    assertThat(store.findByNumber(d.number())).contains(d);
    assertThat(store.history(d.id(), 0)).isEqualTo(evs);
  }

  @Test
  void unknownDossierLoadsEmptyAndHasNoHistory() {
    assertThat(store.load(id("nobody"))).isEmpty();
    assertThat(store.findByNumber(id("no-number"))).isEmpty();
    assertThatThrownBy(() -> store.history(id("nobody"), 0))
        .isInstanceOf(DossierNotFoundException.class);
  }

  @Test
  void duplicateIdOrNumberIsRefusedAndNothingIsHalfWritten() {
    Dossier d = inserted("dup", step("s1", "desk", "officer", null));
    assertThatThrownBy(() -> store.insert(d, events(d.id(), 0, 1), Optional.empty()))
        .isInstanceOf(DuplicateDossierException.class);

    Dossier sameNumber = d.toBuilder().id(id("other")).build();
    assertThatThrownBy(
            () -> store.insert(sameNumber, events(sameNumber.id(), 0, 1), Optional.empty()))
        .isInstanceOf(DuplicateDossierException.class);
    assertThat(store.load(sameNumber.id())).isEmpty();
    assertThat(store.findByNumber(d.number())).contains(d);
    assertThat(store.history(d.id(), 0)).hasSize(1);
  }

  @Test
  void aCachedSnapshotIsTheCommittedOneOfItsVersionAndNeverOneRolledBack() {
    Dossier d = inserted("cached", step("s1", "desk", "officer", null));
    Dossier d2 = next(d, 1, List.of(step("s2", "dept", "specialist", null)));
    store.update(d2, 1, events(d.id(), 1, 1), Optional.empty());
    store.cached(d.id(), 1).ifPresent(c -> assertThat(c).isEqualTo(d));
    store.cached(d.id(), 2).ifPresent(c -> assertThat(c).isEqualTo(d2));
    assertThat(store.cached(d.id(), 3)).isEmpty();
    assertThat(store.cached(id("no-such-dossier"), 1)).isEmpty();

    Dossier d3 = next(d2, 1, List.of(step("s3", "dept", "leader", null)));
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.update(d3, 2, events(d.id(), 2, 1), Optional.empty());
                          throw new IllegalStateException("rolled back");
                        }))
        .hasMessage("rolled back");
    assertThat(store.cached(d.id(), 3)).isEmpty();
  }

  @Test
  void updateAgainstCurrentVersionAppendsItsEvents() {
    Dossier d = inserted("u", step("s1", "desk", "officer", null));
    Dossier d3 = next(d, 2, List.of(step("s2", "dept", "specialist", T0.plusSeconds(7200))));
    List<DossierEvent> evs = events(d.id(), 1, 2);
    store.update(d3, 1, evs, Optional.empty());

    assertThat(store.load(d.id())).contains(d3);
    assertThat(store.history(d.id(), 0)).hasSize(3).endsWith(evs.toArray(new DossierEvent[0]));
    assertThat(store.history(d.id(), 1)).isEqualTo(evs);
    assertThat(store.history(d.id(), 3)).isEmpty();
  }

  @Test
  void staleVersionIsRefusedWithBothVersionsAndChangesNothing() {
    Dossier d = inserted("stale", step("s1", "desk", "officer", null));
    Dossier d2 = next(d, 1, List.of(step("s2", "desk", "officer", null)));
    store.update(d2, 1, events(d.id(), 1, 1), Optional.empty());

    Dossier competing = next(d, 1, List.of(step("s9", "desk", "officer", null)));
    assertThatThrownBy(() -> store.update(competing, 1, events(d.id(), 1, 1), Optional.empty()))
        .isInstanceOfSatisfying(
            StaleDossierVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
              assertThat(e.dossierId()).isEqualTo(d.id());
            });
    assertThat(store.load(d.id())).contains(d2);
    assertThat(store.history(d.id(), 0)).hasSize(2);
  }

  @Test
  void updateOfUnknownDossierIsNotFound() {
    Dossier ghost = dossier(id("ghost"), step("s1", "desk", "officer", null));
    Dossier next = next(ghost, 1, ghost.activeSteps());
    assertThatThrownBy(() -> store.update(next, 1, events(ghost.id(), 1, 1), Optional.empty()))
        .isInstanceOf(DossierNotFoundException.class);
  }

  @Test
  void eventsThatDoNotMatchTheVersionAreRefusedAndChangeNothing() {
    Dossier d = inserted("seq", step("s1", "desk", "officer", null));
    Dossier d3 = next(d, 2, d.activeSteps());
    assertThatThrownBy(() -> store.update(d3, 1, events(d.id(), 1, 1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.update(d3, 1, events(d.id(), 2, 2), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.update(d, 1, List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load(d.id())).contains(d);
    assertThat(store.history(d.id(), 0)).hasSize(1);
  }

  @Test
  void idempotencyRecordIsStoredWithItsChange() {
    Dossier d = inserted("idem", step("s1", "desk", "officer", null));
    String key = id("key-1");
    IdempotencyRecord r = key(key, d.id(), "forward", 1, 2);
    store.update(next(d, 1, d.activeSteps()), 1, events(d.id(), 1, 1), Optional.of(r));

    assertThat(store.idempotency(key)).contains(r);
    assertThat(store.idempotency(id("never-used"))).isEmpty();
  }

  @Test
  void reusedIdempotencyKeyIsRefusedAndChangesNothing() {
    Dossier d = inserted("idem2", step("s1", "desk", "officer", null));
    String key = id("key-2");
    Dossier d2 = next(d, 1, d.activeSteps());
    store.update(d2, 1, events(d.id(), 1, 1), Optional.of(key(key, d.id(), "forward", 1, 2)));

    Dossier d3 = next(d2, 1, d.activeSteps());
    assertThatThrownBy(
            () ->
                store.update(
                    d3, 2, events(d.id(), 2, 1), Optional.of(key(key, d.id(), "approve", 2, 3))))
        .isInstanceOf(IdempotencyKeyConflictException.class);
    assertThat(store.load(d.id())).contains(d2);
    assertThat(store.history(d.id(), 0)).hasSize(2);
    assertThat(store.idempotency(key).orElseThrow().operation()).isEqualTo("forward");
  }

  @Test
  void refusedChangeDoesNotRecordItsIdempotencyKey() {
    Dossier d = inserted("idem3", step("s1", "desk", "officer", null));
    String key = id("key-3");
    Dossier d3 = next(d, 1, d.activeSteps()).toBuilder().version(3).build();
    assertThatThrownBy(
            () ->
                store.update(
                    d3, 2, events(d.id(), 2, 1), Optional.of(key(key, d.id(), "forward", 2, 3))))
        .isInstanceOf(StaleDossierVersionException.class);
    assertThat(store.idempotency(key)).isEmpty();
  }

  @Test
  void submissionIdempotencyKeyIsStoredWithTheInsertAndRefusedTwice() {
    Dossier d = dossier(id("sub"), step("s1", "desk", "officer", null));
    String key = id("submit-key");
    IdempotencyRecord r = key(key, d.id(), "submit", 0, 1);
    store.insert(d, events(d.id(), 0, 1), Optional.of(r));
    assertThat(store.idempotency(key)).contains(r);

    Dossier other = dossier(id("sub2"), step("s1", "desk", "officer", null));
    assertThatThrownBy(
            () ->
                store.insert(
                    other,
                    events(other.id(), 0, 1),
                    Optional.of(key(key, other.id(), "submit", 0, 1))))
        .isInstanceOf(IdempotencyKeyConflictException.class);
    assertThat(store.load(other.id())).isEmpty();
    assertThat(store.findByNumber(other.number())).isEmpty();
  }

  @Test
  void sequencesStartAtOneAndCountPerKey() {
    String a = id("desk/2026");
    String b = id("ward/2026");
    assertThat(store.nextSequence(a)).isEqualTo(1);
    assertThat(store.nextSequence(a)).isEqualTo(2);
    assertThat(store.nextSequence(b)).isEqualTo(1);
    assertThat(store.nextSequence(a)).isEqualTo(3);
  }

  @Test
  void concurrentSequenceCallersGetDistinctNumbers() throws Exception {
    String key = id("race/seq");
    int threads = 4;
    int each = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      CountDownLatch start = new CountDownLatch(1);
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Long> got = new ArrayList<>();
                  for (int i = 0; i < each; i++) {
                    got.add(store.nextSequence(key));
                  }
                  return got;
                }));
      }
      start.countDown();
      Set<Long> all = new HashSet<>();
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(all).hasSize(threads * each);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void applicantsDossiersAreFoundNewestFirst() {
    String applicant = id("applicant");
    for (int i = 0; i < 3; i++) {
      Dossier d =
          dossier(id("ap" + i), step("s1", "desk", "officer", null)).toBuilder()
              .applicantRef(applicant)
              .receivedAt(T0.plusSeconds(i * 60L))
              .build();
      store.insert(d, events(d.id(), 0, 1), Optional.empty());
    }
    List<Dossier> found = store.findByApplicant(applicant, 2);
    assertThat(found).extracting(Dossier::id).containsExactly(id("ap2"), id("ap1"));
    assertThat(store.findByApplicant(id("nobody"), 5)).isEmpty();
  }

  @Test
  void worklistIsMostUrgentFirstAndKeysetPagesCoverEveryItemOnce() {
    String agency = id("agency");
    List<String> expected = new ArrayList<>();
    // Dossiers with due instants in shuffled order, two with none (they come last), and one at
    // another role that must not appear.
    int[] hours = {5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 0};
    for (int i = 0; i < hours.length; i++) {
      Instant due = T0.plusSeconds(3600L * (hours[i] + 1));
      inserted("w" + i, step("s1", agency, "specialist", due));
    }
    inserted("wn1", step("s1", agency, "specialist", null));
    inserted("wn2", step("s1", agency, "specialist", null));
    inserted("other-role", step("s1", agency, "leader", T0));
    for (int h = 0; h <= 10; h++) {
      for (int i = 0; i < hours.length; i++) {
        if (hours[i] == h) {
          expected.add(id("w" + i));
        }
      }
    }
    expected.add(id("wn1"));
    expected.add(id("wn2"));

    List<String> seen = new ArrayList<>();
    StepQuery q = StepQuery.worklist(agency, "specialist", 4);
    int pages = 0;
    while (true) {
      StepPage page = store.steps(q);
      pages++;
      page.items().forEach(it -> seen.add(it.dossier().id()));
      if (page.next().isEmpty()) {
        break;
      }
      assertThat(page.items()).hasSize(4);
      q = q.after(WorklistCursor.parse(page.next().get().token()));
    }
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(4);
  }

  @Test
  void worklistFollowsTheDossierWhenItMoves() {
    String agency = id("agency2");
    Dossier d = inserted("mv", step("s1", agency, "officer", T0.plusSeconds(60)));
    assertThat(store.steps(StepQuery.worklist(agency, "officer", 10)).items()).hasSize(1);

    Dossier moved = next(d, 2, List.of(step("s2", agency, "leader", T0.plusSeconds(120))));
    store.update(moved, 1, events(d.id(), 1, 2), Optional.empty());

    assertThat(store.steps(StepQuery.worklist(agency, "officer", 10)).items()).isEmpty();
    List<WorkItem> leaders = store.steps(StepQuery.worklist(agency, "leader", 10)).items();
    assertThat(leaders).hasSize(1);
    assertThat(leaders.get(0).dossier()).isEqualTo(moved);
    assertThat(leaders.get(0).step().id()).isEqualTo("s2");
  }

  @Test
  void parallelStepsOfOneDossierAreSeparateWorklistEntries() {
    String a = id("consulted-a");
    String b = id("consulted-b");
    Dossier d = inserted("par", step("s1", "desk", "officer", null));
    Dossier par =
        next(
            d,
            3,
            List.of(
                step("s2", a, "specialist", T0.plusSeconds(100)),
                step("s3", b, "specialist", T0.plusSeconds(200))));
    store.update(par, 1, events(d.id(), 1, 3), Optional.empty());
    assertThat(store.steps(StepQuery.worklist(a, "specialist", 10)).items())
        .extracting(it -> it.step().id())
        .containsExactly("s2");
    assertThat(store.steps(StepQuery.worklist(b, "specialist", 10)).items())
        .extracting(it -> it.step().id())
        .containsExactly("s3");
  }

  @Test
  void worklistForAUserShowsTheirAssignmentsAndUnassignedSteps() {
    String agency = id("agency3");
    StepInstance mine = withAssignee(step("s1", agency, "specialist", T0), "u1");
    StepInstance theirs = withAssignee(step("s1", agency, "specialist", T0), "u2");
    inserted("mine", mine);
    inserted("theirs", theirs);
    inserted("pool", step("s1", agency, "specialist", T0));
    List<String> ids = new ArrayList<>();
    store
        .steps(StepQuery.worklist(agency, "specialist", 10).forUser("u1"))
        .items()
        .forEach(it -> ids.add(it.dossier().id()));
    assertThat(ids).containsExactlyInAnyOrder(id("mine"), id("pool"));
  }

  private static StepInstance withAssignee(StepInstance s, String user) {
    return new StepInstance(
        s.id(),
        s.stepId(),
        s.blockId(),
        s.branchId(),
        s.agencyId(),
        s.staffRole(),
        Optional.of(user),
        s.enteredAt(),
        s.clock(),
        s.dueAt(),
        s.dueSoonAt(),
        s.dueSoonMarked(),
        s.overdueMarked());
  }

  @Test
  void dueBeforeAndDueSoonQueriesSelectByProjectedInstants() {
    String agency = id("agency4");
    inserted("late", step("s1", agency, "specialist", T0.plusSeconds(10)));
    inserted("soon", step("s1", agency, "specialist", T0.plusSeconds(1800)));
    inserted("later", step("s1", agency, "specialist", T0.plusSeconds(86_400)));
    inserted("never", step("s1", agency, "specialist", null));
    Instant now = T0.plusSeconds(60);

    List<String> overdue = new ArrayList<>();
    store
        .steps(StepQuery.dueBefore(Optional.of(agency), now, 10))
        .items()
        .forEach(it -> overdue.add(it.dossier().id()));
    assertThat(overdue).containsExactly(id("late"));

    // due-soon instants are one hour before due in the fixtures
    List<String> soon = new ArrayList<>();
    store
        .steps(StepQuery.dueSoonBy(Optional.of(agency), now, 10))
        .items()
        .forEach(it -> soon.add(it.dossier().id()));
    assertThat(soon).containsExactly(id("late"), id("soon"));
  }

  @Test
  void dueTimersAreClaimedEarliestFirstByWhatIsDueByAnInstant() {
    Dossier a = inserted("ta", step("s1", "desk", "officer", T0.plusSeconds(7200)));
    Dossier b = inserted("tb", step("s1", "desk", "officer", T0.plusSeconds(3700)));
    inserted("tc", step("s1", "desk", "officer", null));
    Instant early = T0.plusSeconds(200);
    assertThat(mine(store.claimDueTimers(early, 1000, "n1", early.plusSeconds(1))))
        .containsExactly(b.id());
    // the lease of the first claim has expired by the next instant
    Instant by = T0.plusSeconds(7200);
    assertThat(mine(store.claimDueTimers(by, 1000, "n1", by.plusSeconds(60))))
        .containsExactly(b.id(), a.id());
    // an update ends the lease: b, without a timer now, is no longer due; a is still leased
    Dossier bNoTimer = b.toBuilder().version(2).nextTimerAt(Optional.empty()).build();
    store.update(bNoTimer, 1, events(b.id(), 1, 1), Optional.empty());
    assertThat(mine(store.claimDueTimers(by, 1000, "n2", by.plusSeconds(60)))).isEmpty();
    Instant later = by.plusSeconds(61);
    assertThat(mine(store.claimDueTimers(later, 1000, "n2", later.plusSeconds(60))))
        .containsExactly(a.id());
  }

  @Test
  void timerClaimRefusesALeaseThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> store.claimDueTimers(T0, 10, "n1", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease");
  }

  @Test
  void claimersRacingForDueTimersGetDisjointBatches() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(inserted("claim" + i, step("s1", "desk", "officer", T0.plusSeconds(i))).id());
    }
    Instant by = T0.plusSeconds(3600 * 24);
    int claimers = 3;
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> fs = new ArrayList<>();
      for (int t = 0; t < claimers; t++) {
        String owner = "node-" + t;
        fs.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> got = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    got.addAll(mine(store.claimDueTimers(by, 7, owner, by.plusSeconds(600))));
                  }
                  return got;
                }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : fs) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      // SKIP LOCKED skips rows another claimer holds at that moment, so on a loaded machine the
      // rounds may leave some unclaimed: a last sweep takes them; none may be claimed twice
      assertThat(all).isNotEmpty();
      all.addAll(mine(store.claimDueTimers(by, 1000, "sweep", by.plusSeconds(600))));
      assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rolledBackUnitOfWorkLeavesNothingAndRunsNoAfterCommitAction() {
    Dossier d = inserted("rb", step("s1", "desk", "officer", T0.plusSeconds(60)));
    Dossier fresh = dossier(id("rb-new"), step("s1", "desk", "officer", null));
    Dossier d2 = next(d, 1, List.of(step("s2", "dept", "specialist", T0.plusSeconds(90))));
    List<String> ran = new ArrayList<>();
    RuntimeException boom = new IllegalStateException("host failed after the store wrote");
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.insert(
                              fresh,
                              events(fresh.id(), 0, 1),
                              Optional.of(key(id("rb-k1"), fresh.id(), "submit", 0, 1)));
                          store.update(
                              d2,
                              1,
                              events(d.id(), 1, 1),
                              Optional.of(key(id("rb-k2"), d.id(), "go", 1, 2)));
                          store.transactions().afterCommit(() -> ran.add("commit"));
                          store.transactions().afterRollback(() -> ran.add("rollback"));
                          // inside the unit of work its own writes are visible
                          assertThat(store.load(d.id())).contains(d2);
                          assertThat(store.load(fresh.id())).contains(fresh);
                          throw boom;
                        }))
        .isSameAs(boom);

    assertThat(ran).containsExactly("rollback");
    assertThat(store.load(d.id())).contains(d);
    assertThat(store.history(d.id(), 0)).hasSize(1);
    assertThat(store.load(fresh.id())).isEmpty();
    assertThat(store.findByNumber(fresh.number())).isEmpty();
    assertThat(store.idempotency(id("rb-k1"))).isEmpty();
    assertThat(store.idempotency(id("rb-k2"))).isEmpty();
    assertThat(
            store.steps(StepQuery.worklist("dept", "specialist", 1000)).items().stream()
                .filter(it -> it.dossier().id().equals(d.id())))
        .isEmpty();
    // and the same changes succeed afterwards: nothing was left reserved
    store.insert(fresh, events(fresh.id(), 0, 1), Optional.empty());
    store.update(d2, 1, events(d.id(), 1, 1), Optional.empty());
    assertThat(store.load(d.id())).contains(d2);
  }

  @Test
  void nestedUnitOfWorkJoinsTheOuterTransaction() {
    Dossier d = inserted("nest", step("s1", "desk", "officer", null));
    Dossier d2 = next(d, 1, List.of(step("s2", "dept", "specialist", T0.plusSeconds(90))));
    List<String> ran = new ArrayList<>();
    String result =
        store
            .transactions()
            .inTransaction(
                () -> {
                  String inner =
                      store
                          .transactions()
                          .inTransaction(
                              () -> {
                                store.update(d2, 1, events(d.id(), 1, 1), Optional.empty());
                                store.transactions().afterCommit(() -> ran.add("inner"));
                                return "done";
                              });
                  // the inner unit did not commit on its own
                  assertThat(ran).isEmpty();
                  assertThat(store.transactions().joined()).as("inside a unit of work").isTrue();
                  store.transactions().afterCommit(() -> ran.add("outer"));
                  return inner;
                });
    assertThat(result).isEqualTo("done");
    assertThat(ran).containsExactly("inner", "outer");
    assertThat(store.transactions().joined()).as("outside any unit of work").isFalse();
    assertThat(store.load(d.id())).contains(d2);
  }

  @Test
  void afterCommitOutsideAUnitOfWorkRunsAtOnce() {
    List<String> ran = new ArrayList<>();
    store.transactions().afterCommit(() -> ran.add("now"));
    store.transactions().afterRollback(() -> ran.add("never"));
    assertThat(ran).containsExactly("now");
  }

  /** An idempotency record of the given change, by a fixed user with a fixed digest. */
  private static IdempotencyRecord key(
      String key, String dossierId, String operation, long from, long to) {
    return new IdempotencyRecord(
        key, dossierId, operation, from, to, "u-contract", "digest-" + key);
  }

  private List<String> mine(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String s : ids) {
      if (s.startsWith(prefix)) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void externalReferenceIsUniqueAndFindsItsDossier() {
    Dossier d =
        dossier(id("ext"), step("s1", "desk", "officer", null)).toBuilder()
            .externalRef(Optional.of(id("G22-0001")))
            .build();
    store.insert(d, events(d.id(), 0, 1), Optional.empty());
    assertThat(store.findByExternalRef(id("G22-0001"))).contains(d);
    assertThat(store.findByExternalRef(id("G22-0002"))).isEmpty();
    Dossier twin =
        dossier(id("ext-twin"), step("s1", "desk", "officer", null)).toBuilder()
            .externalRef(Optional.of(id("G22-0001")))
            .build();
    assertThatThrownBy(() -> store.insert(twin, events(twin.id(), 0, 1), Optional.empty()))
        .isInstanceOf(DuplicateDossierException.class)
        .hasMessageContaining("external reference");
    assertThat(store.load(twin.id())).isEmpty();
  }

  @Test
  void statisticsScopeByCompetentAgencyFollowsItsHistory() {
    String old = id("old-ward");
    String successor = id("new-ward");
    Dossier d =
        dossier(id("comp"), step("s1", "desk", "officer", null)).toBuilder()
            .competentAgencyId(old)
            .build();
    store.insert(d, events(d.id(), 0, 1), Optional.empty());
    Instant change = T0.plusSeconds(86_400);
    Dossier moved =
        d.toBuilder()
            .version(2)
            .competentAgencyId(successor)
            .competenceChanges(
                List.of(
                    new io.github.motcua.dossier.CompetenceChange(change, old, successor, "r1")))
            .build();
    store.update(moved, 1, events(d.id(), 1, 1), Optional.empty());
    List<String> before = new ArrayList<>();
    store.forEachInScope(
        StatisticsScope.competentAgency(old, Optional.empty(), T0.minusSeconds(60), change),
        x -> before.add(x.id()));
    assertThat(before).containsExactly(d.id());
    List<String> after = new ArrayList<>();
    store.forEachInScope(
        StatisticsScope.competentAgency(
            successor, Optional.empty(), change, change.plusSeconds(86_400)),
        x -> after.add(x.id()));
    assertThat(after).containsExactly(d.id());
    List<String> none = new ArrayList<>();
    store.forEachInScope(
        StatisticsScope.competentAgency(old, Optional.empty(), change, change.plusSeconds(86_400)),
        x -> none.add(x.id()));
    assertThat(none).isEmpty();
  }

  @Test
  void countsOfAScopeEqualTheTallyOfItsDossiers() {
    String agency = id("count-agency");
    Instant from = T0.plusSeconds(86_400);
    Instant to = from.plusSeconds(30 * 86_400L);
    List<Dossier> made = new ArrayList<>();
    int i = 0;
    for (Instant received : List.of(T0, from.plusSeconds(3600))) {
      for (String kind : List.of("notDue", "overdue", "paused", "EARLY", "ON_TIME", "LATE")) {
        Dossier.Builder b =
            dossier(id("count-" + i++), step("s1", "desk", "officer", null)).toBuilder()
                .receivingAgencyId(agency)
                .receivedAt(received);
        switch (kind) {
          case "notDue" -> b.dueAt(Optional.of(to.plusSeconds(60)));
          case "overdue" ->
              b.dueAt(Optional.of(to.minusSeconds(60)))
                  .status(io.github.motcua.procedure.DossierStatus.PROCESSING);
          case "paused" ->
              b.clock(
                      StoreFixtures.clock(io.github.motcua.deadline.TimeLimit.workingDays(3))
                          .pause(received.plusSeconds(60), "supplement", "u-1"))
                  .status(io.github.motcua.procedure.DossierStatus.SUPPLEMENT_REQUESTED);
          default ->
              b.finished(Optional.of(from.plusSeconds(7200)), Optional.of(Outcome.RETURNED))
                  .timeliness(Optional.of(io.github.motcua.deadline.Timeliness.valueOf(kind)))
                  .status(io.github.motcua.procedure.DossierStatus.RESULT_RETURNED);
        }
        Dossier d = b.build();
        store.insert(d, events(d.id(), 0, 1), Optional.empty());
        made.add(d);
      }
    }
    StatisticsScope scope = new StatisticsScope(Optional.of(agency), Optional.empty(), from, to);
    io.github.motcua.spi.StatisticsCounts.Tally tally =
        new io.github.motcua.spi.StatisticsCounts.Tally(scope);
    store.forEachInScope(scope, tally::add);
    io.github.motcua.spi.StatisticsCounts expected = tally.counts();
    assertThat(expected.received()).isEqualTo(6);
    assertThat(expected.carriedOver()).isEqualTo(6);
    assertThat(expected.finishedEarly()).isEqualTo(2);
    assertThat(expected.waitingForApplicant()).isEqualTo(2);
    assertThat(expected.inProgressOverdue()).isEqualTo(2);
    // a store that counts in its own query language gives the same numbers
    store.countInScope(scope).ifPresent(counts -> assertThat(counts).isEqualTo(expected));
  }

  @Test
  void statisticsScopeSelectsDossiersTouchingThePeriod() {
    String agency = id("stat-agency");
    Instant from = T0.plusSeconds(86_400);
    Instant to = T0.plusSeconds(86_400 * 2);
    Dossier before =
        dossier(id("st-before"), step("s1", "desk", "officer", null)).toBuilder()
            .receivingAgencyId(agency)
            .build();
    Dossier finishedBefore =
        dossier(id("st-done"), step("s1", "desk", "officer", null)).toBuilder()
            .receivingAgencyId(agency)
            .activeSteps(List.of())
            .finished(Optional.of(T0.plusSeconds(60)), Optional.of(Outcome.RETURNED))
            .build();
    Dossier during =
        dossier(id("st-during"), step("s1", "desk", "officer", null)).toBuilder()
            .receivingAgencyId(agency)
            .receivedAt(from.plusSeconds(10))
            .build();
    Dossier after =
        dossier(id("st-after"), step("s1", "desk", "officer", null)).toBuilder()
            .receivingAgencyId(agency)
            .receivedAt(to)
            .build();
    Dossier elsewhere = dossier(id("st-elsewhere"), step("s1", "desk", "officer", null));
    for (Dossier d : List.of(before, finishedBefore, during, after, elsewhere)) {
      store.insert(d, events(d.id(), 0, 1), Optional.empty());
    }
    List<String> seen = new ArrayList<>();
    store.forEachInScope(
        new StatisticsScope(Optional.of(agency), Optional.of("1.000001"), from, to),
        d -> seen.add(d.id()));
    assertThat(seen).containsExactlyInAnyOrder(before.id(), during.id());
    List<String> none = new ArrayList<>();
    store.forEachInScope(
        new StatisticsScope(Optional.of(agency), Optional.of("9.999999"), from, to),
        d -> none.add(d.id()));
    assertThat(none).isEmpty();
  }

  @Test
  void performersRacingOnOneVersionLeaveExactlyOneWinner() throws Exception {
    Dossier d = inserted("race", step("s1", "desk", "officer", null));
    int threads = 4;
    int rounds = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Dossier current = d;
      for (int round = 0; round < rounds; round++) {
        long v = current.version();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Dossier mineNext =
              next(current, 1, List.of(step("t" + t, "desk", "officer", T0.plusSeconds(t))));
          fs.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      store.update(mineNext, v, events(d.id(), v, 1), Optional.empty());
                      wins.incrementAndGet();
                    } catch (StaleDossierVersionException e) {
                      stale.incrementAndGet();
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> f : fs) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertThat(wins.get()).as("round %d", round).isEqualTo(1);
        assertThat(stale.get()).isEqualTo(threads - 1);
        current = store.load(d.id()).orElseThrow();
        assertThat(current.version()).isEqualTo(v + 1);
        assertThat(store.history(d.id(), 0)).hasSize((int) current.version());
        // the worklist holds exactly the winner's step
        assertThat(
                store.steps(StepQuery.worklist("desk", "officer", 1000)).items().stream()
                    .filter(it -> it.dossier().id().equals(d.id()))
                    .count())
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ search and filters

  /** A dossier of the search tests: in a test's own agency, with its own fields. */
  private Dossier searchable(
      String name,
      String agency,
      long receivedHours,
      DossierStatus status,
      String procedure,
      StepInstance step) {
    Dossier d =
        dossier(id(name), step).toBuilder()
            .receivingAgencyId(agency)
            .receivedAt(T0.plusSeconds(3600 * receivedHours))
            .status(status)
            .procedure(procedure, 1)
            .build();
    store.insert(d, events(d.id(), 0, 1), Optional.empty());
    return d;
  }

  private List<String> searchAll(DossierQuery q) {
    List<String> seen = new ArrayList<>();
    while (true) {
      DossierPage page = store.search(q);
      page.items().forEach(d -> seen.add(d.id()));
      if (page.next().isEmpty()) {
        return seen;
      }
      assertThat(page.items()).hasSize(q.limit());
      q = q.after(DossierCursor.parse(page.next().get().token()));
    }
  }

  private List<String> search(DossierFilter.Builder f) {
    return searchAll(DossierQuery.builder(2).filter(f.build()).build());
  }

  @Test
  void searchIsNewestFirstAndKeysetPagesCoverEveryMatchOnce() {
    String agency = id("search-agency");
    long[] hours = {5, 1, 9, 3, 7, 3, 8, 3, 6, 10, 0};
    List<Dossier> all = new ArrayList<>();
    for (int i = 0; i < hours.length; i++) {
      all.add(
          searchable(
              "q" + i,
              agency,
              hours[i],
              DossierStatus.PROCESSING,
              "1.000001",
              step("s1", agency, "specialist", null)));
    }
    searchable(
        "q-elsewhere",
        id("other-agency"),
        4,
        DossierStatus.PROCESSING,
        "1.000001",
        step("s1", agency, "specialist", null));
    List<String> expected =
        all.stream()
            .sorted(Comparator.comparing(Dossier::receivedAt).thenComparing(Dossier::id).reversed())
            .map(Dossier::id)
            .toList();

    List<String> seen =
        searchAll(
            DossierQuery.builder(3)
                .filter(DossierFilter.builder().receivingAgency(agency).build())
                .build());

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void searchFiltersSelectExactlyTheRightDossiers() {
    String agency = id("filter-agency");
    StepInstance pool = step("s1", agency, "specialist", T0.plusSeconds(7200));
    Dossier a = searchable("fa", agency, 1, DossierStatus.RECEIVED, "1.000001", pool);
    Dossier b = searchable("fb", agency, 2, DossierStatus.PROCESSING, "1.000001", pool);
    Dossier c =
        searchable(
            "f_c",
            agency,
            3,
            DossierStatus.PROCESSING,
            "2.000002",
            withAssignee(step("s1", agency, "specialist", null), "u-7"));
    Dossier e = searchable("fxc", agency, 4, DossierStatus.SUPPLEMENT_REQUESTED, "2.000002", pool);
    Dossier late =
        dossier(id("f%late"), pool).toBuilder()
            .receivingAgencyId(agency)
            .receivedAt(T0.plusSeconds(3600 * 5))
            .status(DossierStatus.PROCESSING)
            .dueAt(Optional.of(T0.plusSeconds(60)))
            .build();
    store.insert(late, events(late.id(), 0, 1), Optional.empty());
    DossierFilter.Builder here = DossierFilter.builder().receivingAgency(agency);

    assertThat(search(here.build().toBuilder().procedure("2.000002")))
        .containsExactly(e.id(), c.id());
    assertThat(search(here.build().toBuilder().status(DossierStatus.PROCESSING)))
        .containsExactly(late.id(), c.id(), b.id());
    assertThat(
            search(
                here.build().toBuilder()
                    .status(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED)))
        .containsExactly(e.id(), a.id());
    assertThat(search(here.build().toBuilder().portalCode(5))).containsExactly(e.id());
    assertThat(search(here.build().toBuilder().portalCode(2, 4)))
        .containsExactly(late.id(), c.id(), b.id(), a.id());
    assertThat(
            search(
                here.build().toBuilder()
                    .receivedBetween(T0.plusSeconds(3600 * 2), T0.plusSeconds(3600 * 4))))
        .containsExactly(c.id(), b.id());
    assertThat(search(here.build().toBuilder().receivedFrom(T0.plusSeconds(3600 * 4))))
        .containsExactly(late.id(), e.id());
    // prefixes are literal: '_' and '%' are not wildcards
    assertThat(search(here.build().toBuilder().numberPrefix("N-" + id("f_"))))
        .containsExactly(c.id());
    assertThat(search(here.build().toBuilder().numberPrefix("N-" + id("f%"))))
        .containsExactly(late.id());
    assertThat(search(here.build().toBuilder().numberPrefix("N-" + id("f"))))
        .containsExactly(late.id(), e.id(), c.id(), b.id(), a.id());
    assertThat(search(DossierFilter.builder().applicantRefPrefix("applicant-" + id("fx"))))
        .containsExactly(e.id());
    assertThat(search(here.build().toBuilder().applicantRefPrefix("applicant-" + id("fb"))))
        .containsExactly(b.id());
    assertThat(
            searchAll(
                DossierQuery.builder(2)
                    .filter(here.build())
                    .dueBefore(T0.plusSeconds(3600))
                    .build()))
        .containsExactly(late.id());
    assertThat(searchAll(DossierQuery.builder(2).filter(here.build()).assignee("u-7").build()))
        .containsExactly(c.id());
    assertThat(
            search(
                here.build().toBuilder()
                    .procedure("1.000001")
                    .status(DossierStatus.PROCESSING)
                    .receivedFrom(T0.plusSeconds(3600 * 2))))
        .containsExactly(late.id(), b.id());
  }

  @Test
  void searchSeesAChangedStatusAndDueInstant() {
    String agency = id("moving-agency");
    Dossier d =
        searchable(
            "mv-s",
            agency,
            1,
            DossierStatus.RECEIVED,
            "1.000001",
            step("s1", agency, "officer", null));
    Dossier moved =
        next(d, 1, d.activeSteps()).toBuilder()
            .status(DossierStatus.RESULT_READY)
            .dueAt(Optional.of(T0.plusSeconds(5)))
            .build();
    store.update(moved, 1, events(d.id(), 1, 1), Optional.empty());
    DossierFilter.Builder here = DossierFilter.builder().receivingAgency(agency);

    assertThat(search(here.build().toBuilder().status(DossierStatus.RECEIVED))).isEmpty();
    assertThat(search(here.build().toBuilder().portalCode(9))).containsExactly(d.id());
    assertThat(
            searchAll(
                DossierQuery.builder(5).filter(here.build()).dueBefore(T0.plusSeconds(10)).build()))
        .containsExactly(d.id());
    assertThat(store.search(DossierQuery.builder(5).filter(here.build()).build()).items())
        .containsExactly(moved);
  }

  @Test
  void worklistFiltersByDossierFieldsAndAssigneeAndPagesCoverEveryMatchOnce() {
    String agency = id("wl-filter");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      StepInstance s =
          step("s1", agency, "specialist", i == 8 ? null : T0.plusSeconds(60L * (9 - i)));
      if (i % 3 == 0) {
        s = withAssignee(s, "u-a");
      } else if (i % 3 == 1) {
        s = withAssignee(s, "u-b");
      }
      Dossier d =
          searchable(
              "wf" + i,
              agency,
              i,
              i % 2 == 0 ? DossierStatus.PROCESSING : DossierStatus.RECEIVED,
              "1.000001",
              s);
      if (i % 2 == 0) {
        expected.add(0, d.id());
      }
    }
    // most urgent first: due descending in i, the one without a due instant (i = 8) last
    expected.remove(id("wf8"));
    expected.add(id("wf8"));
    DossierFilter processing = DossierFilter.builder().status(DossierStatus.PROCESSING).build();
    List<String> seen = new ArrayList<>();
    StepQuery q =
        StepQuery.builder(2).agency(agency).staffRole("specialist").filter(processing).build();
    while (true) {
      StepPage page = store.steps(q);
      page.items().forEach(it -> seen.add(it.dossier().id()));
      if (page.next().isEmpty()) {
        break;
      }
      q = q.after(WorklistCursor.parse(page.next().get().token()));
    }
    assertThat(seen).containsExactlyElementsOf(expected);

    List<String> ofA = new ArrayList<>();
    store
        .steps(StepQuery.builder(20).agency(agency).assignee("u-a").build())
        .items()
        .forEach(it -> ofA.add(it.dossier().id()));
    assertThat(ofA).containsExactly(id("wf6"), id("wf3"), id("wf0"));

    List<String> poolOrMine = new ArrayList<>();
    store
        .steps(
            StepQuery.builder(20)
                .agency(agency)
                .staffRole("specialist")
                .forUser("u-b")
                .filter(DossierFilter.builder().numberPrefix("N-" + id("wf")).portalCode(2).build())
                .build())
        .items()
        .forEach(it -> poolOrMine.add(it.dossier().id()));
    // RECEIVED (code 2) are the odd ones; u-b holds i % 3 == 1, the pool i % 3 == 2
    assertThat(poolOrMine).containsExactly(id("wf7"), id("wf5"), id("wf1"));
  }
}
