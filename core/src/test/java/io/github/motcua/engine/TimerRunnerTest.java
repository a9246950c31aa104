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

import io.github.motcua.calendar.DateOutOfRangeException;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierEventListener;
import io.github.motcua.spi.DossierStoreException;
import io.github.motcua.testing.SettableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer runner on the in-memory store, with a clock the test sets. */
class TimerRunnerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Appraise (3 days, due Thursday 5 March 09:00) is due soon from Wednesday 13:42. */
  private static final Instant APPRAISE_DUE_SOON = at(3, 4, 13, 42);

  private static final Instant APPRAISE_OVERDUE = at(3, 5, 9, 30);

  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final FailingStore store = new FailingStore(new InMemoryDossierStore());
  private final List<TimerRunner> started = new ArrayList<>();

  @AfterEach
  void stopRunners() {
    started.forEach(TimerRunner::stop);
  }

  private DossierEngine engine(DossierEventListener... listeners) {
    DossierEngine.Builder b =
        DossierEngine.builder()
            .store(store)
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock);
    for (DossierEventListener l : listeners) {
      b.listener(l);
    }
    return b.build();
  }

  private static Dossier atAppraise(DossierEngine engine) {
    Dossier d = engine.submit(landSubmission("app-" + System.nanoTime()).build()).dossier();
    return engine
        .perform(PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build())
        .dossier();
  }

  /** The runs of a runner, as its listener hands them over. */
  private static final class Runs {
    final BlockingQueue<TimerRun> queue = new LinkedBlockingQueue<>();
    final AtomicReference<Thread> thread = new AtomicReference<>();

    void record(TimerRun run) {
      thread.set(Thread.currentThread());
      queue.add(run);
    }

    /** The next run that fired timers due by {@code by} or later. */
    TimerRun from(Instant by) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (true) {
        TimerRun run = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(run).as("a run from %s within %s", by, WAIT).isNotNull();
        if (!run.firedUpTo().isBefore(by)) {
          return run;
        }
      }
    }
  }

  private TimerRunner start(TimerRunner.Builder b) {
    TimerRunner runner = b.build();
    started.add(runner);
    runner.start();
    return runner;
  }

  private long count(DossierEngine engine, String id, EventType type) {
    return engine.history(id).stream().filter(e -> e.type() == type).count();
  }

  @Test
  void marksHappenWhenTimePassesWithoutTheHostFiringTimers() throws Exception {
    DossierEngine engine = engine();
    Dossier d = atAppraise(engine);
    Runs runs = new Runs();
    TimerRunner runner =
        start(TimerRunner.builder(engine).interval(Duration.ofMillis(5)).listener(runs::record));
    TimerRun idle = runs.from(clock.instant());
    assertThat(idle.claimed()).isZero();
    assertThat(idle.succeeded()).isTrue();
    assertThat(count(engine, d.id(), EventType.DUE_SOON)).isZero();

    clock.set(APPRAISE_DUE_SOON);
    TimerRun soon = runs.from(APPRAISE_DUE_SOON);
    assertThat(soon.dossiersChanged()).isEqualTo(1);
    assertThat(soon.events()).isEqualTo(1);
    assertThat(soon.moreDue()).isFalse();
    assertThat(count(engine, d.id(), EventType.DUE_SOON)).isEqualTo(1);
    assertThat(runner.lastRun()).isPresent();

    clock.set(APPRAISE_OVERDUE);
    TimerRun overdue = runs.from(APPRAISE_OVERDUE);
    assertThat(overdue.dossiersChanged()).isEqualTo(1);
    assertThat(count(engine, d.id(), EventType.OVERDUE)).isEqualTo(1);
    assertThat(count(engine, d.id(), EventType.DUE_SOON)).isEqualTo(1);
    assertThat(runs.thread.get().getName())
        .isEqualTo(runner.threadName())
        .startsWith("motcua-timers-");
    assertThat(runs.thread.get().isDaemon()).isTrue();
    assertThat(overdue.summary())
        .contains("1 claimed", "1 changed")
        .doesNotContain(engine.get(d.id()).applicantRef());
  }

  @Test
  void aRunDrainsFullBatchesUpToItsCapAndTheNextRunGoesOn() throws Exception {
    DossierEngine engine = engine();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(atAppraise(engine).id());
    }
    Runs runs = new Runs();
    start(
        TimerRunner.builder(engine)
            .interval(Duration.ofMillis(5))
            .batchSize(2)
            .maxBatchesPerRun(2)
            .listener(runs::record));
    clock.set(APPRAISE_DUE_SOON);
    TimerRun first = runs.from(APPRAISE_DUE_SOON);
    assertThat(first.batches()).isEqualTo(2);
    assertThat(first.claimed()).isEqualTo(4);
    assertThat(first.dossiersChanged()).isEqualTo(4);
    assertThat(first.moreDue()).isTrue();
    TimerRun second = runs.from(APPRAISE_DUE_SOON);
    assertThat(second.claimed()).isEqualTo(1);
    assertThat(second.dossiersChanged()).isEqualTo(1);
    assertThat(second.moreDue()).isFalse();
    assertThat(runs.from(APPRAISE_DUE_SOON).claimed()).isZero();
    for (String id : ids) {
      assertThat(count(engine, id, EventType.DUE_SOON)).as(id).isEqualTo(1);
    }
  }

  @Test
  void stopLetsTheBatchInFlightFinishAndNoRunStartsAfterItReturned() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    DossierEngine engine =
        engine(
            (d, evs) -> {
              if (evs.stream().anyMatch(e -> e.type() == EventType.DUE_SOON)) {
                entered.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    List<String> ids =
        List.of(atAppraise(engine).id(), atAppraise(engine).id(), atAppraise(engine).id());
    Runs runs = new Runs();
    TimerRunner runner =
        start(
            TimerRunner.builder(engine)
                .interval(Duration.ofMillis(5))
                .batchSize(10)
                .stopTimeout(WAIT)
                .listener(runs::record));
    clock.set(APPRAISE_DUE_SOON);
    assertThat(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(runner::stop);
    // the batch is held in flight: stop waits for it
    assertThatThrownBy(() -> stopped.get(200, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    release.countDown();
    assertThat(stopped.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(runner.isRunning()).isFalse();

    TimerRun last = runner.lastRun().orElseThrow();
    assertThat(last.claimed()).isEqualTo(3);
    assertThat(last.dossiersChanged()).isEqualTo(3);
    for (String id : ids) {
      assertThat(count(engine, id, EventType.DUE_SOON)).as(id).isEqualTo(1);
    }
    Thread thread = runs.thread.get();
    thread.join(WAIT.toMillis());
    assertThat(thread.isAlive()).as("the runner's thread ended").isFalse();
    // nothing fires any more: the overdue marks wait for the host
    clock.set(APPRAISE_OVERDUE);
    assertThat(runner.lastRun()).containsSame(last);
    for (String id : ids) {
      assertThat(count(engine, id, EventType.OVERDUE)).as(id).isZero();
    }
    assertThat(runner.stop()).as("stopping again does nothing").isTrue();
  }

  @Test
  void aFailedRunIsReportedAndTheNextRunFires() throws Exception {
    DossierEngine engine = engine();
    Dossier d = atAppraise(engine);
    clock.set(APPRAISE_DUE_SOON);
    store.failNextClaims(1);
    Runs runs = new Runs();
    start(TimerRunner.builder(engine).interval(Duration.ofMillis(5)).listener(runs::record));
    TimerRun failed = runs.from(APPRAISE_DUE_SOON);
    assertThat(failed.failure())
        .get()
        .isInstanceOfSatisfying(
            DossierStoreException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.dossiersChanged()).isZero();
    assertThat(failed.summary()).contains("run ended early: DossierStoreException");

    TimerRun next = runs.from(APPRAISE_DUE_SOON);
    assertThat(next.failure()).isEmpty();
    assertThat(next.dossiersChanged()).isEqualTo(1);
    assertThat(count(engine, d.id(), EventType.DUE_SOON)).isEqualTo(1);
  }

  @Test
  void aClockBeyondTheCalendarsEndsTheRunWithATypedErrorAndClaimsNothing() throws Exception {
    DossierEngine engine = engine();
    atAppraise(engine);
    Runs runs = new Runs();
    start(
        TimerRunner.builder(engine)
            .clock(Clock.fixed(Instant.MAX, ZoneOffset.UTC))
            .interval(Duration.ofMillis(5))
            .listener(runs::record));
    TimerRun failed = runs.from(Instant.MIN);
    assertThat(failed.failure()).get().isInstanceOf(DateOutOfRangeException.class);
    assertThat(failed.claimed()).isZero();
  }

  @Test
  void aDossierThatFailsIsCountedWhileTheOthersFireAndIsTakenAgainWhenItsLeaseExpires()
      throws Exception {
    DossierEngine engine = engine();
    Dossier broken = atAppraise(engine);
    Dossier fine = atAppraise(engine);
    store.failLoading(broken.id());
    clock.set(APPRAISE_DUE_SOON);
    Runs runs = new Runs();
    start(TimerRunner.builder(engine).interval(Duration.ofMillis(5)).listener(runs::record));
    TimerRun first = runs.from(APPRAISE_DUE_SOON);
    assertThat(first.claimed()).isEqualTo(2);
    assertThat(first.dossiersChanged()).isEqualTo(1);
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.failure()).isEmpty();
    assertThat(first.succeeded()).isFalse();
    assertThat(count(engine, fine.id(), EventType.DUE_SOON)).isEqualTo(1);

    store.heal();
    // still claimed by the failed run until its five-minute lease expires
    TimerRun leased = runs.from(APPRAISE_DUE_SOON);
    assertThat(leased.claimed()).isZero();
    Instant afterLease = APPRAISE_DUE_SOON.plus(Duration.ofMinutes(6));
    clock.set(afterLease);
    TimerRun retried = runs.from(afterLease);
    assertThat(retried.dossiersChanged()).isEqualTo(1);
    assertThat(count(engine, broken.id(), EventType.DUE_SOON)).isEqualTo(1);
  }

  @Test
  void aFailingListenerDoesNotStopTheRuns() throws Exception {
    DossierEngine engine = engine();
    atAppraise(engine);
    Runs runs = new Runs();
    start(
        TimerRunner.builder(engine)
            .interval(Duration.ofMillis(5))
            .listener(
                run -> {
                  throw new IllegalStateException("metrics down");
                })
            .listener(runs::record));
    runs.from(clock.instant());
    clock.set(APPRAISE_DUE_SOON);
    assertThat(runs.from(APPRAISE_DUE_SOON).dossiersChanged()).isEqualTo(1);
  }

  @Test
  void aListenerMayStopTheRunnerFromItsOwnThread() throws Exception {
    AtomicReference<TimerRunner> self = new AtomicReference<>();
    CompletableFuture<Boolean> stopped = new CompletableFuture<>();
    Runs runs = new Runs();
    TimerRunner runner =
        TimerRunner.builder(engine())
            .interval(Duration.ofMillis(5))
            .listener(runs::record)
            .listener(run -> stopped.complete(self.get().stop()))
            .build();
    self.set(runner);
    started.add(runner);
    runner.start();
    assertThat(stopped.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Thread thread = runs.thread.get();
    thread.join(WAIT.toMillis());
    assertThat(thread.isAlive()).isFalse();
    assertThat(runs.queue).hasSize(1);
    assertThat(runner.isRunning()).isFalse();
  }

  @Test
  void settingsOutOfRangeAreRefusedWhereTheyAreSet() {
    TimerRunner.Builder b = TimerRunner.builder(engine());
    assertThatThrownBy(() -> b.interval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the timer runner's interval must be at least 1 ms; got PT0S");
    assertThatThrownBy(() -> b.interval(Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.batchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the timer runner's batch size must be 1 to 10000; got 0");
    assertThatThrownBy(() -> b.maxBatchesPerRun(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1; got 0");
    assertThatThrownBy(() -> b.stopTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be negative");
  }

  @Test
  void aRunnerStartsOnceAndStoppingOneNeverStartedDoesNothing() {
    TimerRunner never = TimerRunner.builder(engine()).build();
    assertThat(never.stop()).isTrue();
    assertThatThrownBy(never::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already stopped");

    TimerRunner runner = start(TimerRunner.builder(engine()).interval(Duration.ofHours(1)));
    assertThat(runner.isRunning()).isTrue();
    assertThatThrownBy(runner::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already started");
    runner.close();
    assertThat(runner.isRunning()).isFalse();
  }
}
