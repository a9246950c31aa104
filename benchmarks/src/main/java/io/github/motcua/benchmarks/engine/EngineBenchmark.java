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
package io.github.motcua.benchmarks.engine;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.PerformResult;
import io.github.motcua.engine.Receipt;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on the five-step workload ({@link FiveStepWorkload}), single thread, in-memory store,
 * every event kept as the audit trail:
 *
 * <ul>
 *   <li>{@link #transition}: one {@code perform} (load, checks, transition, clocks, events, store
 *       update). A call moves a batch of 1024 dossiers, submitted before the call and not measured,
 *       through their five transitions, and counts as 5120 operations.
 *   <li>{@link #submit}: one {@code submit} (numbering, clocks, receipt).
 *   <li>{@link #dossier}: a whole dossier, submit and five transitions.
 * </ul>
 *
 * <p>{@code (dossier - submit) / 5} is a second figure for one transition, from two other
 * benchmarks: the two should agree within the noise. The store never holds more than 4096 dossiers
 * with their trails (a new engine and store per iteration, per batch, and after every 4096
 * submissions): a bounded live set, as with a database; an ever-growing heap would measure the
 * garbage collector instead. Commands happen at realistic instants: 4096 receipts drawn once (fixed
 * seed) in the working hours of 2026, each action two working hours after the one before.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineBenchmark -f 1 -wi 5 -i 5}, with
 * {@code -prof gc} for the allocation per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
  private static final int STARTS = 4096;

  /** The dossiers one call of {@link #transition} moves on. */
  static final int BATCH = 1024;

  /**
   * An engine on a new store, and the instants its commands happen at: 4096 receipts in the working
   * hours of 2026, drawn once with a fixed seed, each action two working hours after the one
   * before.
   */
  static final class Bench {
    final Instant[][] times;
    final String[] applicants;
    final ProcedureCatalog catalog = ProcedureCatalog.of(FiveStepWorkload.procedure());
    SettableClock clock;
    DossierEngine engine;
    int next;

    Bench() {
      WorkingCalendar calendar = WorkingCalendar.vietnam();
      SplittableRandom random = new SplittableRandom(20260401);
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
        if (calendar.isWorkingDay(d)) {
          days.add(d);
        }
      }
      times = new Instant[STARTS][FiveStepWorkload.ACTIONS.size() + 1];
      applicants = new String[STARTS];
      Duration step = Duration.ofHours(2);
      for (int i = 0; i < STARTS; i++) {
        LocalDate day = days.get(random.nextInt(days.size()));
        Instant t =
            calendar.addWorkingTime(
                calendar.openingInstant(day), Duration.ofMinutes(random.nextInt(8 * 60)));
        times[i][0] = t;
        for (int k = 1; k < times[i].length; k++) {
          times[i][k] = calendar.addWorkingTime(times[i][k - 1], step);
        }
        applicants[i] = String.format("a-%08x", random.nextInt());
      }
      fresh();
      Dossier d = runOne();
      if (d.outcome().orElse(null) != Outcome.RETURNED
          || d.version() != engine.history(d.id()).size()) {
        throw new IllegalStateException("the five-step workload did not complete: " + d);
      }
      fresh();
    }

    /** A new engine on an empty store. */
    void fresh() {
      newStore();
      next = 0;
    }

    /** A new engine on an empty store; the receipt instants go on where they were. */
    void newStore() {
      clock = SettableClock.at(times[0][0], WorkingCalendar.vietnam().zone());
      engine = FiveStepWorkload.engine(catalog, clock);
    }

    /**
     * The next receipt instant; after the last of the 4096 the engine starts on a new store, so
     * that the store holds at most 4096 dossiers and their trails (a bounded live set, as in a
     * database; an ever-growing heap would measure the garbage collector).
     */
    int slot() {
      if (next == STARTS) {
        fresh();
      }
      return next++;
    }

    Receipt submit(int slot) {
      clock.set(times[slot][0]);
      return engine.submit(FiveStepWorkload.submission(applicants[slot]));
    }

    PerformResult perform(Dossier d, int slot, int k) {
      clock.set(times[slot][k + 1]);
      return engine.perform(
          PerformCommand.builder(
                  d.id(),
                  FiveStepWorkload.ACTIONS.get(k),
                  FiveStepWorkload.ACTORS.get(k),
                  d.version())
              .build());
    }

    Dossier runOne() {
      int s = slot();
      Dossier d = submit(s).dossier();
      for (int k = 0; k < FiveStepWorkload.ACTIONS.size(); k++) {
        d = perform(d, s, k).dossier();
      }
      return d;
    }
  }

  /** The state of {@link #submit} and {@link #dossier}: a new engine and store per iteration. */
  @State(Scope.Thread)
  public static class Engine {
    Bench bench;

    /** Draws the instants once per trial and checks that the workload does what it says. */
    @Setup(Level.Trial)
    public void draw() {
      bench = new Bench();
    }

    /** Starts each iteration on a new engine and an empty store. */
    @Setup(Level.Iteration)
    public void fresh() {
      bench.fresh();
    }
  }

  /**
   * The state of {@link #transition}: before each call, a new engine and store holding {@value
   * #BATCH} dossiers just submitted (outside the measured call).
   */
  @State(Scope.Thread)
  public static class Batch {
    Bench bench;
    final Dossier[] dossiers = new Dossier[BATCH];
    final int[] slots = new int[BATCH];

    /** Draws the instants once per trial and checks that the workload does what it says. */
    @Setup(Level.Trial)
    public void draw() {
      bench = new Bench();
    }

    /** Submits the batch on a new store; not measured. */
    @Setup(Level.Invocation)
    public void prepare() {
      bench.newStore();
      for (int i = 0; i < BATCH; i++) {
        slots[i] = bench.slot();
        dossiers[i] = bench.submit(slots[i]).dossier();
      }
    }
  }

  /**
   * One transition of the five-step workload: each call moves {@value #BATCH} dossiers through
   * their five transitions, a round at a time (the first action on every dossier, then the
   * second...), and counts as {@code 5 * BATCH} operations.
   *
   * @param b the engine and the dossiers to move on
   * @return the last dossier moved
   */
  @Benchmark
  @OperationsPerInvocation(5 * BATCH)
  public Dossier transition(Batch b) {
    Dossier last = null;
    for (int k = 0; k < FiveStepWorkload.ACTIONS.size(); k++) {
      for (int i = 0; i < BATCH; i++) {
        last = b.bench.perform(b.dossiers[i], b.slots[i], k).dossier();
        b.dossiers[i] = last;
      }
    }
    return last;
  }

  /**
   * One submission.
   *
   * @param e the engine
   * @return the receipt
   */
  @Benchmark
  public Receipt submit(Engine e) {
    return e.bench.submit(e.bench.slot());
  }

  /**
   * A whole dossier: submit and five transitions.
   *
   * @param e the engine
   * @return the finished dossier
   */
  @Benchmark
  public Dossier dossier(Engine e) {
    return e.bench.runOne();
  }
}
