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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.MotcuaException;
import io.github.motcua.RefusedException;
import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.PerformResult;
import io.github.motcua.engine.TimerReport;
import io.github.motcua.persistence.jdbc.HostTransaction;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.spi.DossierStoreException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One worker process of the several-process suites, started by the tests with {@code java -cp <test
 * class path>}. Arguments: {@code mode id prefix threads millis logFile clockFile seed vendor url
 * user password}. Mode {@code actions}: each thread sends random valid and invalid commands, undos,
 * submissions, rolled-back host transactions and timer runs to random dossiers of the table; mode
 * {@code timers}: each thread calls {@code fireDueTimers} at the shared clock in a loop. Each
 * attempt and its outcome is one JSON line of the log (written and flushed per line, so a SIGKILL
 * loses at most the line being written).
 */
public final class Worker {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final DossierEngine engine;
  private final JdbcDossierStore store;
  private final HikariDataSource pool;
  private final FileClock clock;
  private final BufferedWriter log;
  private final List<String> dossiers = new CopyOnWriteArrayList<>();
  private final long millis;
  private long until;
  private final String prefix;

  private Worker(String[] a) throws IOException {
    this.id = a[1];
    this.prefix = a[2];
    this.millis = Long.parseLong(a[4]);
    this.log =
        Files.newBufferedWriter(
            Path.of(a[5]),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
    this.clock = new FileClock(Path.of(a[6]), Fixture.VN);
    Db db = Db.fromArgs(a, 8);
    this.pool = Fixture.pool(db, Integer.parseInt(a[3]) + 2, 3000, 10);
    this.store = Fixture.store(pool, prefix, false);
    this.engine = Fixture.engine(store, Fixture.catalog(Fixture.procedureDir()), clock);
  }

  /**
   * Runs a worker until its time is up.
   *
   * @param args see the class description
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    Worker w = new Worker(args);
    int threads = Integer.parseInt(args[3]);
    long seed = Long.parseLong(args[7]);
    if (args[0].equals("actions")) {
      w.refreshDossiers();
    }
    // the driver waits for this line before it starts the clock or the kills
    w.write(w.line("ready"));
    w.until = System.nanoTime() + w.millis * 1_000_000L;
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Random r = new Random(seed * 31 + t);
      Runnable body = args[0].equals("actions") ? () -> w.actions(r) : () -> w.timers();
      Thread th = new Thread(body, "worker-" + w.id + "-" + t);
      th.start();
      running.add(th);
    }
    for (Thread th : running) {
      th.join();
    }
    w.log.close();
    w.pool.close();
  }

  private void refreshDossiers() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id FROM " + prefix + "dossier WHERE finished_at IS NULL")) {
      List<String> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      if (!ids.isEmpty()) {
        dossiers.clear();
        dossiers.addAll(ids);
      }
    } catch (SQLException e) {
      // the list stays as it was; the next refresh tries again
    }
  }

  private boolean running() {
    return System.nanoTime() < until;
  }

  // ------------------------------------------------------------------------ timers

  private void timers() {
    while (running()) {
      if (timerRun() == 0) {
        sleep(20);
      }
    }
  }

  /** One {@code fireDueTimers} at the shared clock, logged; returns the dossiers it changed. */
  private int timerRun() {
    ObjectNode line = line("timers");
    long t0 = System.nanoTime();
    int changed = 0;
    try {
      TimerReport rep = engine.fireDueTimers(clock.instant());
      changed = rep.dossiersChanged();
      line.put("out", "committed")
          .put("changed", changed)
          .put("events", rep.events())
          .put("lost", rep.lostRaces());
    } catch (RuntimeException e) {
      failure(line, e);
    }
    write(line.put("ns", System.nanoTime() - t0));
    return changed;
  }

  // ------------------------------------------------------------------------ actions

  private void actions(Random r) {
    List<String> committedKeys = new ArrayList<>();
    long lastRefresh = System.nanoTime();
    while (running()) {
      if (System.nanoTime() - lastRefresh > 2_000_000_000L) {
        refreshDossiers();
        lastRefresh = System.nanoTime();
      }
      if (dossiers.isEmpty()) {
        sleep(50);
        continue;
      }
      String dossierId = dossiers.get(r.nextInt(dossiers.size()));
      Optional<Dossier> loaded;
      long t0 = System.nanoTime();
      try {
        loaded = engine.find(dossierId);
      } catch (DossierStoreException e) {
        write(failure(line("load").put("d", dossierId), e).put("ns", System.nanoTime() - t0));
        sleep(50);
        continue;
      }
      if (loaded.isEmpty()) {
        continue;
      }
      Dossier d = loaded.get();
      Procedure p = engine.procedureOf(d);
      int dice = r.nextInt(100);
      if (dice < 50) {
        valid(d, p, r, committedKeys);
      } else if (dice < 58) {
        stale(d, p, r);
      } else if (dice < 66) {
        stranger(d, r);
      } else if (dice < 70) {
        unknownAction(d, r);
      } else if (dice < 75) {
        keyConflict(d, p, r, committedKeys);
      } else if (dice < 85) {
        undo(d);
      } else if (dice < 90) {
        rolledBack(d, p, r);
      } else if (dice < 92) {
        timerRun();
      } else {
        submit(r);
      }
    }
  }

  private static String key() {
    return "k-" + UUID.randomUUID();
  }

  private void valid(Dossier d, Procedure p, Random r, List<String> committedKeys) {
    Optional<PerformCommand.Builder> b = Fixture.validCommand(d, p, r);
    if (b.isEmpty()) {
      return;
    }
    String key = key();
    PerformCommand cmd = b.get().idempotencyKey(key).build();
    Optional<PerformResult> first = perform("perform", cmd, d.version());
    if (first.isPresent() && !first.get().replayed()) {
      committedKeys.add(key);
      if (committedKeys.size() > 50) {
        committedKeys.remove(0);
      }
      if (r.nextInt(5) == 0) {
        // the same command again, as a client retrying after a lost answer would
        perform("repeat", cmd, d.version());
      }
    }
  }

  private void stale(Dossier d, Procedure p, Random r) {
    if (d.version() < 2) {
      return;
    }
    Optional<PerformCommand.Builder> b = Fixture.validCommand(d, p, r);
    if (b.isEmpty()) {
      return;
    }
    PerformCommand good = b.get().build();
    PerformCommand.Builder old =
        PerformCommand.builder(d.id(), good.actionId(), good.actor(), d.version() - 1)
            .idempotencyKey(key());
    good.stepInstanceId().ifPresent(old::at);
    good.comment().ifPresent(old::comment);
    good.extension().ifPresent(old::extension);
    perform("stale", old.build(), d.version());
  }

  private void stranger(Dossier d, Random r) {
    List<String> own = d.activeSteps().stream().map(StepInstance::agencyId).toList();
    List<String> others = Fixture.AGENCIES.stream().filter(a -> !own.contains(a)).toList();
    if (d.activeSteps().isEmpty() || others.isEmpty()) {
      return;
    }
    StepInstance s = d.activeSteps().get(0);
    String agency = others.get(r.nextInt(others.size()));
    Actor actor = Fixture.officer(agency, s.staffRole(), r);
    List<io.github.motcua.procedure.Action> actions = engine.procedureOf(d).actionsFrom(s.stepId());
    String action = actions.isEmpty() ? "forward" : actions.get(0).id();
    perform(
        "stranger",
        PerformCommand.builder(d.id(), action, actor, d.version()).idempotencyKey(key()).build(),
        d.version());
  }

  private void unknownAction(Dossier d, Random r) {
    if (d.activeSteps().isEmpty()) {
      return;
    }
    StepInstance s = d.activeSteps().get(0);
    perform(
        "unknown",
        PerformCommand.builder(
                d.id(),
                "no-such-action",
                Fixture.officer(s.agencyId(), s.staffRole(), r),
                d.version())
            .idempotencyKey(key())
            .build(),
        d.version());
  }

  private void keyConflict(Dossier d, Procedure p, Random r, List<String> committedKeys) {
    if (committedKeys.isEmpty()) {
      return;
    }
    Optional<PerformCommand.Builder> b = Fixture.validCommand(d, p, r);
    if (b.isEmpty()) {
      return;
    }
    String reused = committedKeys.get(r.nextInt(committedKeys.size()));
    perform(
        "reusedKey",
        b.get().idempotencyKey(reused).comment("another payload").build(),
        d.version());
  }

  private void undo(Dossier d) {
    if (d.undo().isEmpty()) {
      return;
    }
    Actor actor = Fixture.performer(d.undo().get().userId());
    ObjectNode line = line("undo").put("d", d.id()).put("ev", d.version());
    timed(line, () -> engine.undo(d.id(), actor, d.version()));
  }

  private void rolledBack(Dossier d, Procedure p, Random r) {
    Optional<PerformCommand.Builder> b = Fixture.validCommand(d, p, r);
    if (b.isEmpty()) {
      return;
    }
    String key = key();
    PerformCommand cmd = b.get().idempotencyKey(key).build();
    ObjectNode line = line("rollback").put("d", d.id()).put("k", key).put("ev", d.version());
    long t0 = System.nanoTime();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (HostTransaction tx = store.join(c)) {
        engine.perform(cmd);
        tx.rollback();
        line.put("out", "rolledBack");
      } finally {
        c.setAutoCommit(true);
      }
    } catch (RefusedException e) {
      line.put("out", "refused").put("kind", e.getClass().getSimpleName());
    } catch (SQLException e) {
      // the host's own JDBC calls on its connection (autocommit), not the store's
      line.put("out", "hostError").put("kind", e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      failure(line, e);
    }
    write(line.put("ns", System.nanoTime() - t0));
  }

  private void submit(Random r) {
    ObjectNode line = line("submit");
    long t0 = System.nanoTime();
    try {
      var receipt =
          engine.submit(Fixture.submission(r, LocalDate.ofInstant(clock.instant(), Fixture.VN)));
      line.put("out", "committed")
          .put("d", receipt.dossierId())
          .put("nv", receipt.dossier().version());
      dossiers.add(receipt.dossierId());
    } catch (RuntimeException e) {
      failure(line, e);
    }
    write(line.put("ns", System.nanoTime() - t0));
  }

  private Optional<PerformResult> perform(String op, PerformCommand cmd, long seen) {
    ObjectNode line =
        line(op)
            .put("d", cmd.dossierId())
            .put("a", cmd.actionId())
            .put("k", cmd.idempotencyKey().orElse(""))
            .put("ev", cmd.expectedVersion())
            .put("seen", seen);
    return timed(line, () -> engine.perform(cmd));
  }

  private Optional<PerformResult> timed(ObjectNode line, Supplier<PerformResult> call) {
    long t0 = System.nanoTime();
    Optional<PerformResult> result = Optional.empty();
    try {
      PerformResult res = call.get();
      line.put("out", res.replayed() ? "replayed" : "committed").put("nv", res.version());
      result = Optional.of(res);
    } catch (RuntimeException e) {
      failure(line, e);
    }
    write(line.put("ns", System.nanoTime() - t0));
    return result;
  }

  private static ObjectNode failure(ObjectNode line, RuntimeException e) {
    if (e instanceof StaleDossierVersionException s) {
      line.put("out", "refused").put("kind", "StaleDossierVersionException");
      line.put("actual", s.actualVersion());
    } else if (e instanceof RefusedException) {
      line.put("out", "refused").put("kind", e.getClass().getSimpleName());
    } else if (e instanceof DossierStoreException s) {
      // the store's message names the operation, SQLState and vendor code, never stored data
      line.put("out", "storeError")
          .put("kind", s.kind().name())
          .put("retryable", s.retryable())
          .put("msg", s.getMessage());
    } else {
      line.put("out", "error")
          .put("kind", e.getClass().getName())
          .put("typed", e instanceof MotcuaException)
          .put("msg", String.valueOf(e.getMessage()));
    }
    return line;
  }

  private ObjectNode line(String op) {
    return JSON.createObjectNode().put("w", id).put("op", op);
  }

  private void write(ObjectNode line) {
    try {
      line.put("t", System.currentTimeMillis());
      String text = JSON.writeValueAsString(line);
      synchronized (log) {
        log.write(text);
        log.write('\n');
        log.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
