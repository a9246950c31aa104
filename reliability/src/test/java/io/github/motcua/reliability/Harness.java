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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.persistence.jdbc.OutboxMessage;
import io.github.motcua.persistence.jdbc.OutboxRelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test side of the several-process suites: sizes from system properties, worker processes
 * ({@code java -cp <this JVM's class path> Worker ...}), seeding, the outbox consumer.
 */
final class Harness {
  private Harness() {}

  static int intProperty(String name, int ci) {
    return Integer.getInteger("motcua.reliability." + name, ci);
  }

  /** Starts a worker process; its output goes to a file next to its log. */
  static Process startWorker(
      String mode,
      String id,
      String prefix,
      int threads,
      long millis,
      Path dir,
      Path clock,
      long seed,
      Db db)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    cmd.add("-Dmotcua.reliability.procedures=" + Fixture.procedureDir());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Worker.class.getName());
    cmd.addAll(
        List.of(
            mode,
            id,
            prefix,
            Integer.toString(threads),
            Long.toString(millis),
            dir.resolve("worker-" + id + ".jsonl").toString(),
            clock.toString(),
            Long.toString(seed)));
    cmd.addAll(db.args());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(dir.resolve("worker-" + id + ".out").toFile()))
        .start();
  }

  /** Waits until each of the workers wrote its ready line (they start slowly on a busy machine). */
  static void awaitReady(Path dir, List<String> ids, int already)
      throws IOException, InterruptedException {
    long until = System.nanoTime() + 120_000_000_000L;
    for (String id : ids) {
      Path log = dir.resolve("worker-" + id + ".jsonl");
      while (readyLines(log) <= already) {
        if (System.nanoTime() > until) {
          throw new IllegalStateException(
              "worker " + id + " did not start in 120 s; see its .out file");
        }
        Thread.sleep(100);
      }
    }
  }

  private static long readyLines(Path log) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains("\"op\":\"ready\"")).count();
    }
  }

  static List<Path> logs(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Submits dossiers and moves each a few random valid steps on. */
  static void seed(DossierEngine engine, java.time.Clock clock, int count, int maxSteps, Random r) {
    for (int i = 0; i < count; i++) {
      Dossier d =
          engine
              .submit(Fixture.submission(r, LocalDate.ofInstant(clock.instant(), Fixture.VN)))
              .dossier();
      int steps = r.nextInt(maxSteps + 1);
      for (int s = 0; s < steps * 3 && steps > 0; s++) {
        Optional<PerformCommand.Builder> cmd = Fixture.validCommand(d, engine.procedureOf(d), r);
        if (cmd.isEmpty()) {
          break;
        }
        try {
          d = engine.perform(cmd.get().build()).dossier();
          if (--steps == 0) {
            break;
          }
        } catch (io.github.motcua.RefusedException e) {
          // a guard or a limit said no: try another action
        }
      }
    }
  }

  /**
   * An outbox consumer that drops duplicates by event id, as a broker consumer would: it keeps what
   * it received and counts what it dropped.
   */
  static final class Consumer {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Map<String, JsonNode> received = new ConcurrentHashMap<>();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();

    void accept(List<OutboxMessage> messages) {
      for (OutboxMessage m : messages) {
        try {
          if (received.putIfAbsent(m.eventId(), JSON.readTree(m.payload())) != null) {
            duplicates.incrementAndGet();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** Relays in a loop on a thread until stopped; store failures are counted and retried. */
    Thread run(OutboxRelay relay, AtomicBoolean stop) {
      Thread t =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    if (relay.relay(20, this::accept) == 0) {
                      Thread.sleep(20);
                    }
                  } catch (io.github.motcua.spi.DossierStoreException e) {
                    failures.incrementAndGet();
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "outbox-consumer");
      t.start();
      return t;
    }

    /** Delivers what is left. */
    void drain(OutboxRelay relay) {
      while (relay.relay(100, this::accept) > 0) {
        // more
      }
    }

    /** Compares what was received with the stored events: each once, none extra, same payload. */
    List<String> check(Checker.Tables t) {
      List<String> problems = new ArrayList<>();
      int stored = t.eventCount();
      Map<String, JsonNode> byContent = new ConcurrentHashMap<>();
      received
          .values()
          .forEach(
              j ->
                  byContent.put(
                      j.path("dossierId").asText() + "#" + j.path("sequence").asLong(), j));
      for (List<Checker.Event> es : t.events.values()) {
        for (Checker.Event e : es) {
          JsonNode got = byContent.remove(e.dossierId() + "#" + e.seq());
          if (got == null) {
            problems.add("outbox: event " + e.dossierId() + "#" + e.seq() + " never delivered");
          } else if (!got.equals(e.payload())) {
            problems.add(
                "outbox: event "
                    + e.dossierId()
                    + "#"
                    + e.seq()
                    + " delivered with another payload");
          }
        }
      }
      byContent
          .keySet()
          .forEach(k -> problems.add("outbox: delivered " + k + ", which is not stored"));
      if (received.size() != stored) {
        problems.add("outbox: received " + received.size() + " distinct events, stored " + stored);
      }
      return problems;
    }
  }

  /** What a run left: the tables, the workers' logs, and every problem the checks found. */
  record Verdict(Checker.Tables tables, WorkerLogs logs, List<String> problems) {}

  /** Reads a run's tables and logs and checks them (the checker, then the logs against it). */
  static Verdict verdict(Db db, String prefix, Path dir) throws IOException, java.sql.SQLException {
    Checker.Tables t = Checker.read(db, prefix);
    WorkerLogs logs = WorkerLogs.read(logs(dir));
    List<String> problems = new ArrayList<>(new Checker().check(t));
    problems.addAll(logs.check(t));
    return new Verdict(t, logs, problems);
  }

  static HikariDataSource driverPool(Db db) {
    return Fixture.pool(db, 6, 5000, 30);
  }
}
