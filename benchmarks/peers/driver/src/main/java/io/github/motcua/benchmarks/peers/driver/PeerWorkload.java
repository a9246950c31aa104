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
package io.github.motcua.benchmarks.peers.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * The peer workload (/work/shared/peer-workload/README.md) on one engine, one client thread.
 *
 * <p>Measure 1, dossier flow: per dossier one {@link PeerEngine#start} (timed as the start), then
 * five transitions, each {@link PeerEngine#openTask} + {@link PeerEngine#claim} + {@link
 * PeerEngine#complete} timed together; warm-up dossiers first, not counted. After the loop every
 * measured dossier must have ended with its five tasks, each once, finished in history.
 *
 * <p>Measure 2, worklist page: more dossiers, dossier i advanced i mod 5 steps (so two in five wait
 * at a {@code specialist} task), then untimed and timed first pages of 50 of group {@code
 * specialist}, earliest due date first; every page must hold min(50, waiting) tasks.
 */
public final class PeerWorkload {
  /** The process's user tasks, in order. */
  public static final List<String> TASKS =
      List.of("receive", "review", "verify", "approve", "return_result");

  /** The candidate group of each of {@link #TASKS}. */
  public static final List<String> GROUPS =
      List.of("one-stop-desk", "specialist", "specialist", "leader", "one-stop-desk");

  /** The procedure code every dossier carries as a variable (motcua's five-step procedure). */
  public static final String PROCEDURE_CODE = "9.000005";

  /** The worklist's group and page size. */
  static final String WORKLIST_GROUP = "specialist";

  static final int PAGE = 50;

  private final PeerEngine engine;
  private final Runnable beforeWorklistQueries;
  private int applicants;
  private long lastNanos;

  /**
   * Prepares the workload.
   *
   * @param engine the engine, with the process deployed and no dossier started
   */
  public PeerWorkload(PeerEngine engine) {
    this(engine, () -> {});
  }

  /**
   * Prepares the workload with a step run after measure 2 opened its dossiers and before its
   * queries (the same for every engine: {@code ANALYZE} on PostgreSQL, whose autovacuum may be
   * off).
   *
   * @param engine the engine, with the process deployed and no dossier started
   * @param beforeWorklistQueries run once before the worklist queries
   */
  public PeerWorkload(PeerEngine engine, Runnable beforeWorklistQueries) {
    this.engine = engine;
    this.beforeWorklistQueries = beforeWorklistQueries;
  }

  /**
   * Runs measure 1 then measure 2.
   *
   * @param warmUp dossiers run first and not counted
   * @param measured dossiers measured
   * @param worklistDossiers dossiers opened for measure 2
   * @param untimedQueries worklist queries run first
   * @param timedQueries worklist queries timed
   * @return the samples
   * @throws IllegalStateException if a dossier did not finish with its five tasks in history, or a
   *     worklist page is not full
   */
  public PeerSamples run(
      int warmUp, int measured, int worklistDossiers, int untimedQueries, int timedQueries) {
    if (warmUp < 0
        || measured < 1
        || worklistDossiers < 0
        || untimedQueries < 0
        || timedQueries < 1) {
      throw new IllegalArgumentException(
          "counts must be >= 0, and measured dossiers and timed queries >= 1");
    }
    for (int i = 0; i < warmUp; i++) {
      runOne(null, null, 0);
    }
    long[] starts = new long[measured];
    long[] transitions = new long[measured * TASKS.size()];
    List<String> ids = new ArrayList<>(measured);
    long t0 = System.nanoTime();
    for (int i = 0; i < measured; i++) {
      ids.add(runOne(starts, transitions, i));
    }
    long flowNanos = System.nanoTime() - t0;
    List<String> expected = TASKS.stream().sorted().toList();
    for (String id : ids) {
      List<String> keys = engine.finishedTaskKeys(id).stream().sorted().toList();
      if (!engine.ended(id) || !keys.equals(expected)) {
        throw new IllegalStateException(
            "process instance "
                + id
                + " did not end with its five tasks in history: ended="
                + engine.ended(id)
                + ", finished tasks "
                + keys);
      }
    }
    long[] worklist = worklist(worklistDossiers, untimedQueries, timedQueries);
    return new PeerSamples(measured, ids.size(), flowNanos, starts, transitions, worklist);
  }

  private String runOne(long[] starts, long[] transitions, int i) {
    long t = System.nanoTime();
    String id = engine.start(String.format("a-%08d", applicants++), PROCEDURE_CODE);
    if (starts != null) {
      starts[i] = System.nanoTime() - t;
    }
    for (int k = 0; k < TASKS.size(); k++) {
      transition(id, k);
      if (transitions != null) {
        transitions[i * TASKS.size() + k] = lastNanos;
      }
    }
    return id;
  }

  private void transition(String processInstanceId, int k) {
    long t = System.nanoTime();
    String task = engine.openTask(processInstanceId);
    engine.claim(task, "u-" + GROUPS.get(k));
    engine.complete(task);
    lastNanos = System.nanoTime() - t;
  }

  private long[] worklist(int open, int untimed, int timed) {
    int candidates = 0;
    for (int i = 0; i < open; i++) {
      String id = engine.start(String.format("a-%08d", applicants++), PROCEDURE_CODE);
      for (int k = 0; k < i % TASKS.size(); k++) {
        transition(id, k);
      }
      candidates += GROUPS.get(i % TASKS.size()).equals(WORKLIST_GROUP) ? 1 : 0;
    }
    int expected = Math.min(PAGE, candidates);
    beforeWorklistQueries.run();
    long[] nanos = new long[timed];
    for (int q = 0; q < untimed + timed; q++) {
      long t = System.nanoTime();
      int size = engine.worklistPage(WORKLIST_GROUP, PAGE);
      long took = System.nanoTime() - t;
      if (size != expected) {
        throw new IllegalStateException(
            "a worklist page held " + size + " tasks; expected " + expected);
      }
      if (q >= untimed) {
        nanos[q - untimed] = took;
      }
    }
    return nanos;
  }
}
