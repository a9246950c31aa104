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
package io.github.motcua.benchmarks.persistence;

import io.github.motcua.benchmarks.engine.FiveStepWorkload;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.WorklistPage;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer workload (/work/shared/peer-workload/README.md) on one store, one client thread, every
 * command its own transaction, audit trail kept.
 *
 * <p>Measure 1, dossier flow: per dossier one {@code submit} (timed as the start) then five {@code
 * perform}s (each timed as one transition); warm-up dossiers first, not counted. After the loop,
 * every measured dossier must be returned with its twelve events in history (submitted, five steps
 * entered, five actions performed, completed).
 *
 * <p>Measure 2, worklist page: 1,000 more dossiers, dossier i advanced i mod 5 steps (so 400 wait
 * at the two specialist steps), then after 100 untimed queries, 500 timed first pages of 50 of the
 * specialists' worklist at the district, most urgent first.
 *
 * <p>Commands happen at realistic instants: a receipt every working minute from Monday 5 January
 * 2026 07:30, each action two working hours after the one before, on {@link
 * WorkingCalendar#vietnam()}.
 */
public final class DossierFlow {
  /** Events in the history of a finished dossier. */
  static final int EVENTS_PER_DOSSIER = 12;

  /** The steps of the workload: transitions per dossier. */
  static final int STEPS = FiveStepWorkload.ACTIONS.size();

  private final DossierEngine engine;
  private final DossierStore store;
  private final SettableClock clock;
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();
  private Instant nextReceipt;
  private int applicants;

  /**
   * Prepares the workload on a store.
   *
   * @param store the store, empty
   */
  public DossierFlow(DossierStore store) {
    this.store = store;
    this.nextReceipt = calendar.openingInstant(LocalDate.of(2026, 1, 5));
    this.clock = SettableClock.at(nextReceipt, calendar.zone());
    this.engine =
        FiveStepWorkload.engine(ProcedureCatalog.of(FiveStepWorkload.procedure()), clock, store);
  }

  /** The figures of measure 1. */
  public record Flow(int dossiers, long nanos, long[] startNanos, long[] transitionNanos) {
    /**
     * Dossiers per second.
     *
     * @return the rate
     */
    public double dossiersPerSecond() {
      return dossiers / (nanos / 1e9);
    }

    /**
     * Transitions per second: five per dossier over the whole loop's time (starts included).
     *
     * @return the rate
     */
    public double transitionsPerSecond() {
      return STEPS * dossiersPerSecond();
    }
  }

  /**
   * Runs measure 1.
   *
   * @param warmUp dossiers run first and not counted
   * @param measured dossiers measured
   * @return the figures
   * @throws IllegalStateException if a dossier did not finish with its events in history
   */
  public Flow flow(int warmUp, int measured) {
    for (int i = 0; i < warmUp; i++) {
      runOne(null, null, 0);
    }
    long[] starts = new long[measured];
    long[] transitions = new long[measured * STEPS];
    List<String> ids = new ArrayList<>(measured);
    long t0 = System.nanoTime();
    for (int i = 0; i < measured; i++) {
      ids.add(runOne(starts, transitions, i));
    }
    long nanos = System.nanoTime() - t0;
    for (String id : ids) {
      Dossier d = store.load(id).orElseThrow();
      int events = store.history(id, 0).size();
      if (d.outcome().orElse(null) != Outcome.RETURNED
          || events != EVENTS_PER_DOSSIER
          || d.version() != EVENTS_PER_DOSSIER) {
        throw new IllegalStateException(
            "dossier " + id + " did not finish with its events: " + events + " events, " + d);
      }
    }
    return new Flow(measured, nanos, starts, transitions);
  }

  /** Runs one dossier through; records its times at index {@code i} if arrays are given. */
  private String runOne(long[] starts, long[] transitions, int i) {
    Dossier d = submit();
    if (starts != null) {
      starts[i] = lastNanos;
    }
    for (int k = 0; k < STEPS; k++) {
      d = perform(d, k);
      if (transitions != null) {
        transitions[i * STEPS + k] = lastNanos;
      }
    }
    return d.id();
  }

  private long lastNanos;

  private Dossier submit() {
    clock.set(nextReceipt);
    nextReceipt = calendar.addWorkingTime(nextReceipt, Duration.ofMinutes(1));
    var command = FiveStepWorkload.submission(String.format("a-%08d", applicants++));
    long t = System.nanoTime();
    Dossier d = engine.submit(command).dossier();
    lastNanos = System.nanoTime() - t;
    return d;
  }

  private Dossier perform(Dossier d, int k) {
    clock.set(calendar.addWorkingTime(d.receivedAt(), Duration.ofHours(2L * (k + 1))));
    PerformCommand command =
        PerformCommand.builder(
                d.id(),
                FiveStepWorkload.ACTIONS.get(k),
                FiveStepWorkload.ACTORS.get(k),
                d.version())
            .build();
    long t = System.nanoTime();
    Dossier next = engine.perform(command).dossier();
    lastNanos = System.nanoTime() - t;
    return next;
  }

  /**
   * Runs measure 2.
   *
   * @param open dossiers opened, dossier i advanced i mod 5 steps (1,000 in the workload)
   * @param untimed queries run first
   * @param timed queries timed
   * @param beforeQueries run once after the dossiers are open, before the queries
   * @return the time of each timed query
   * @throws IllegalStateException if a page is not full or not the specialists'
   */
  public long[] worklist(int open, int untimed, int timed, Runnable beforeQueries) {
    for (int i = 0; i < open; i++) {
      Dossier d = submit();
      for (int k = 0; k < i % STEPS; k++) {
        d = perform(d, k);
      }
    }
    int candidates = 0;
    for (int i = 0; i < open; i++) {
      candidates += i % STEPS == 1 || i % STEPS == 2 ? 1 : 0;
    }
    int expected = Math.min(50, candidates);
    beforeQueries.run();
    long[] nanos = new long[timed];
    for (int q = 0; q < untimed + timed; q++) {
      long t = System.nanoTime();
      WorklistPage page = engine.worklist(FiveStepWorkload.DISTRICT, "specialist", 50);
      long took = System.nanoTime() - t;
      if (page.items().size() != expected) {
        throw new IllegalStateException(
            "a worklist page held " + page.items().size() + " items; expected " + expected);
      }
      if (q >= untimed) {
        nanos[q - untimed] = took;
      }
    }
    return nanos;
  }
}
