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

import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.persistence.jdbc.OutboxRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * §1 and §2 of issue 10: three worker JVMs with several threads each send random valid and invalid
 * commands, repeats, undos, rolled-back host transactions, submissions and timer runs to a few
 * hundred dossiers of the shipped procedures (parallel consultations included), on a clock shared
 * through a file that the test advances; one worker is killed with SIGKILL at random moments and
 * restarted; an outbox consumer relays the whole time. Then the checker and the outbox comparison
 * must find nothing. Sizes: {@code -Dmotcua.reliability.seconds} (default 15), {@code .dossiers}
 * (300), {@code .threads} (3 per worker), {@code .kills} (3).
 */
class SeveralProcessesTest {

  @Test
  void threeWorkersWithKillsLeaveEveryDossierConsistentOnPostgresql() throws Exception {
    run(Db.shared(Db.Vendor.POSTGRESQL));
  }

  @Test
  void threeWorkersWithKillsLeaveEveryDossierConsistentOnMariadb() throws Exception {
    run(Db.shared(Db.Vendor.MARIADB));
  }

  private static void run(Db db) throws Exception {
    db.assumeReachable();
    int seconds = Harness.intProperty("seconds", 15);
    int dossiers = Harness.intProperty("dossiers", 300);
    int threads = Harness.intProperty("threads", 3);
    int kills = Harness.intProperty("kills", 3);
    long seed = Long.getLong("motcua.reliability.seed", System.nanoTime());
    Random random = new Random(seed);
    String prefix = Db.freshPrefix("p");
    Path dir = Files.createTempDirectory("motcua-reliability-");
    Path clockFile = dir.resolve("clock");
    FileClock.set(clockFile, Fixture.START);
    FileClock clock = new FileClock(clockFile, Fixture.VN);
    System.out.printf(
        "%s several processes: prefix %s, seed %d, logs %s%n", db.vendor(), prefix, seed, dir);
    try (HikariDataSource pool = Harness.driverPool(db)) {
      JdbcDossierStore store = Fixture.store(pool, prefix, true);
      DossierEngine engine = Fixture.engine(store, Fixture.catalog(Fixture.procedureDir()), clock);
      Harness.seed(engine, clock, dossiers, 4, random);

      Harness.Consumer consumer = new Harness.Consumer();
      OutboxRelay relay = store.outboxRelay();
      AtomicBoolean stop = new AtomicBoolean();
      Thread relaying = consumer.run(relay, stop);

      long millis = seconds * 1000L;
      long started = System.nanoTime();
      List<Process> workers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        workers.add(
            Harness.startWorker(
                "actions", "w" + w, prefix, threads, millis, dir, clockFile, seed + w, db));
      }
      // the shared clock moves 30 minutes every 200 ms: due-soon and overdue marks fire during the
      // load
      List<Long> killAt = new ArrayList<>();
      for (int k = 0; k < kills; k++) {
        killAt.add(millis * (k + 1) / (kills + 2) + random.nextInt(1000));
      }
      int killed = 0;
      int restarts = 0;
      Instant now = Fixture.START;
      while (elapsedMs(started) < millis + 500) {
        Thread.sleep(200);
        now = now.plus(Duration.ofMinutes(30));
        FileClock.set(clockFile, now);
        if (killed < killAt.size() && elapsedMs(started) >= killAt.get(killed)) {
          int victim = random.nextInt(workers.size());
          workers.get(victim).destroyForcibly().waitFor();
          long left = millis - elapsedMs(started);
          killed++;
          if (left > 2000) {
            workers.set(
                victim,
                Harness.startWorker(
                    "actions",
                    "w" + victim,
                    prefix,
                    threads,
                    left,
                    dir,
                    clockFile,
                    seed + 100 + killed,
                    db));
            restarts++;
          }
        }
      }
      for (Process p : workers) {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      double took = elapsedMs(started) / 1000.0;
      stop.set(true);
      relaying.join();
      consumer.drain(relay);
      assertThat(relay.pending()).isZero();

      Harness.Verdict verdict = Harness.verdict(db, prefix, dir);
      Checker.Tables tables = verdict.tables();
      WorkerLogs logs = verdict.logs();
      List<String> problems = new ArrayList<>(verdict.problems());
      problems.addAll(consumer.check(tables));
      System.out.printf(
          "%s: %d dossiers, %d events; killed %d times, restarted %d; outbox duplicates dropped %d,"
              + " relay failures %d%n%s",
          db.vendor(),
          tables.snapshots.size(),
          tables.eventCount(),
          killed,
          restarts,
          consumer.duplicates.get(),
          consumer.failures.get(),
          logs.summary(took));
      problems.stream().limit(30).forEach(p -> System.out.println("PROBLEM " + p));
      assertThat(killed).isEqualTo(kills);
      assertThat(logs.lines).isNotEmpty();
      assertThat(problems).isEmpty();
      db.drop(prefix);
    }
  }

  private static long elapsedMs(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
