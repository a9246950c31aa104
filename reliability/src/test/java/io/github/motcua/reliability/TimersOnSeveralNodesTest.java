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
package io.github.motcua.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * §3 of issue 10: three worker JVMs (two threads each) call {@code fireDueTimers} at a clock shared
 * through a file, which the test moves 60 calendar days on while they run, over dossiers seeded in
 * every state the shipped procedures reach in a few steps (waiting for a supplement, parallel
 * consultations, ...). Afterwards: every due-soon warning and overdue mark happened at most once
 * per step instance and per dossier, every automatic ending (an automatic action, the stop of a
 * dossier whose applicant did not supplement in time) at most once per dossier, and every one due
 * happened (no dossier has a timer left due by the final instant); the events the nodes say they
 * fired are exactly the timer events stored (nothing fired twice, nothing lost; when a node's run
 * failed, at most the stored ones, as a failed run loses the report of what it fired); each node
 * did a share of the work; and the checker passes. Sizes: {@code
 * -Dmotcua.reliability.timerDossiers} (default 400), {@code .seconds} (15).
 */
class TimersOnSeveralNodesTest {

  @Test
  void threeNodesFireEveryTimerExactlyOnceOnPostgresql() throws Exception {
    run(Db.shared(Db.Vendor.POSTGRESQL));
  }

  @Test
  void threeNodesFireEveryTimerExactlyOnceOnMariadb() throws Exception {
    run(Db.shared(Db.Vendor.MARIADB));
  }

  private static void run(Db db) throws Exception {
    db.assumeReachable();
    int seconds = Harness.intProperty("seconds", 15);
    int dossiers = Harness.intProperty("timerDossiers", 400);
    long seed = Long.getLong("motcua.reliability.seed", System.nanoTime());
    String prefix = Db.freshPrefix("t");
    Path dir = Files.createTempDirectory("motcua-timers-");
    Path clockFile = dir.resolve("clock");
    FileClock.set(clockFile, Fixture.START);
    FileClock clock = new FileClock(clockFile, Fixture.VN);
    System.out.printf("%s timers: prefix %s, seed %d, logs %s%n", db.vendor(), prefix, seed, dir);
    try (HikariDataSource pool = Harness.driverPool(db)) {
      JdbcDossierStore store = Fixture.store(pool, prefix, true);
      ProcedureCatalog catalog = Fixture.catalog(Fixture.procedureDir());
      DossierEngine engine = Fixture.engine(store, catalog, clock);
      ExecutorService seeding = Executors.newFixedThreadPool(4);
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Random r = new Random(seed + t);
        parts.add(seeding.submit(() -> Harness.seed(engine, clock, dossiers / 4, 3, r)));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      seeding.shutdown();
      Checker.Tables before = Checker.read(db, prefix);

      long millis = seconds * 1000L;
      long started = System.nanoTime();
      List<Process> nodes = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        nodes.add(
            Harness.startWorker(
                "timers", "n" + w, prefix, 2, millis, dir, clockFile, seed + w, db));
      }
      // 60 calendar days in 2-hour steps over the first 60% of the run; the rest lets them finish
      Instant end = Fixture.START.plus(Duration.ofDays(60));
      long steps = Duration.ofDays(60).toHours() / 2;
      for (long s = 1; s <= steps; s++) {
        Thread.sleep(Math.max(1, millis * 6 / 10 / steps));
        FileClock.set(clockFile, Fixture.START.plus(Duration.ofHours(2 * s)));
      }
      for (Process p : nodes) {
        if (!p.waitFor(millis + 60_000, TimeUnit.MILLISECONDS)) {
          p.destroyForcibly();
        }
      }
      // a last run at the final instant from here: it must find nothing left to fire
      int leftOver = engine.fireDueTimers(end).events();

      Harness.Verdict verdict = Harness.verdict(db, prefix, dir);
      Checker.Tables t = verdict.tables();
      WorkerLogs logs = verdict.logs();
      List<String> problems = new ArrayList<>(verdict.problems());
      Map<String, Integer> split = new TreeMap<>();
      int reported = 0;
      int failedRuns = 0;
      for (JsonNode l : logs.lines) {
        split.merge(l.path("w").asText(), l.path("events").asInt(), Integer::sum);
        reported += l.path("events").asInt();
        if (!l.path("out").asText().equals("committed")) {
          // a run that failed (a retryable store failure on one dossier) loses the report of the
          // dossiers it had already fired: their events are stored but reported by nobody
          failedRuns++;
        }
      }
      int stored = 0;
      Map<String, Integer> byType = new TreeMap<>();
      for (List<Checker.Event> es : t.events.values()) {
        Map<String, Integer> marks = new TreeMap<>();
        int already = before.events.getOrDefault(es.get(0).dossierId(), List.of()).size();
        for (Checker.Event e : es) {
          if (e.seq() <= already) {
            continue;
          }
          stored++;
          byType.merge(e.type() + (e.instance() == null ? "" : "@step"), 1, Integer::sum);
          if (!"system".equals(e.payload().path("userId").asText())) {
            problems.add(
                "dossier "
                    + e.dossierId()
                    + ": event "
                    + e.seq()
                    + " during the timer run not by the system");
          }
          if (e.type().equals("DUE_SOON")
              || e.type().equals("OVERDUE")
              || e.type().equals("COMPLETED")) {
            String target = e.type() + "@" + (e.instance() == null ? "dossier" : e.instance());
            if (marks.merge(target, 1, Integer::sum) > 1) {
              problems.add("dossier " + e.dossierId() + ": " + target + " fired twice");
            }
          }
        }
      }
      for (Map.Entry<String, JsonNode> en : t.snapshots.entrySet()) {
        JsonNode next = en.getValue().get("nextTimerAt");
        if (next != null && !next.isNull() && !Instant.parse(next.asText()).isAfter(end)) {
          problems.add(
              "dossier " + en.getKey() + ": a timer due at " + next.asText() + " never fired");
        }
      }
      System.out.printf(
          "%s timers: %d dossiers; timer events stored %d, reported by the nodes %d (runs that failed %d), split %s;"
              + " by type %s; left over at the end %d%n%s",
          db.vendor(),
          t.snapshots.size(),
          stored,
          reported,
          failedRuns,
          split,
          byType,
          leftOver,
          logs.summary(millis / 1000.0));
      problems.stream().limit(30).forEach(p -> System.out.println("PROBLEM " + p));
      assertThat(problems).isEmpty();
      assertThat(leftOver).isZero();
      if (failedRuns == 0) {
        assertThat(reported).isEqualTo(stored);
      } else {
        assertThat(reported).isLessThanOrEqualTo(stored);
      }
      assertThat(stored).isPositive();
      assertThat(split).hasSize(3).allSatisfy((node, events) -> assertThat(events).isPositive());
      db.drop(prefix);
    }
  }
}
