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
package io.github.motcua.benchmarks.peers;

import io.github.motcua.benchmarks.peers.driver.PeerMain;
import io.github.motcua.benchmarks.peers.driver.PeerSamples;
import io.github.motcua.benchmarks.persistence.Baselines;
import io.github.motcua.benchmarks.persistence.BenchStore;
import io.github.motcua.benchmarks.persistence.DossierFlow.Flow;
import io.github.motcua.benchmarks.persistence.Percentiles;
import io.github.motcua.benchmarks.persistence.PersistenceFigures;
import io.github.motcua.benchmarks.persistence.PersistenceFigures.StoreFigures;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The benchmark against the peers (issue 11 §5), one command, one table: the peer workload
 * (/work/shared/peer-workload/README.md, measures 1 and 2) on motcua's stores in this JVM (the
 * persistence benchmark's {@link PersistenceFigures#measure}), on Flowable 7.2.0 and Camunda 7.24.0
 * each in a JVM of its own ({@code -Xms1g -Xmx1g -XX:+UseG1GC}, class path built by its module
 * under {@code benchmarks/peers}), on H2 in memory and on PostgreSQL (a fresh database per run),
 * and {@code pgbench -c 1 -j 1} on the same PostgreSQL; one client thread everywhere, grouped by
 * database (motcua, then the peers on the same database, pgbench after the PostgreSQL group) so
 * that what is compared runs close in time. Prints transitions/s, dossiers/s, the p50/p99 of
 * transitions, starts and worklist pages, motcua's ratio to each peer per database and every
 * PostgreSQL row's ratio to pgbench, and whether the targets (motcua at least 30× both
 * peers on H2 in memory, 10× on PostgreSQL) are met in this run.
 *
 * <pre>
 * --stores mem,h2-mem,postgresql,mariadb   motcua's stores (default)
 * --peers flowable,camunda                 the peers (default)
 * --peer-dbs h2-mem,postgresql             the peers' databases (default)
 * --h2-dossiers 1000,2000                  warm-up, measured dossiers in memory and on H2 (default)
 * --server-dossiers 400,1000               warm-up, measured dossiers on PostgreSQL, MariaDB
 * --worklist-dossiers 1000                 dossiers opened for measure 2 (default)
 * --worklist-queries 100,500               untimed, timed worklist queries (default)
 * --pgbench-seconds 10                     pgbench -T; 0 skips it
 * --peers-dir benchmarks/peers             where the peers' modules are (default)
 * </pre>
 *
 * <p>A peer that cannot be run (not built, or failing) does not stop the run: its row shows the
 * figures published in the workload's README, marked as not measured in this run, and its targets
 * are not judged.
 */
public final class PeersFigures {
  /** The targets of issue 11 §5: motcua's transitions/s over each peer's, per database. */
  static final Map<String, Double> TARGETS = Map.of("h2-mem", 30.0, "postgresql", 10.0);

  /** The label of motcua's rows. */
  static final String MOTCUA = "motcua";

  /** The options of one run. */
  record Options(
      List<String> stores,
      List<Peer> peers,
      List<String> peerDbs,
      int[] h2Dossiers,
      int[] serverDossiers,
      int worklistDossiers,
      int[] worklistQueries,
      int pgbenchSeconds,
      Path peersDir) {

    static Options parse(String... args) {
      Map<String, String> m = PeerMain.options(args);
      List<String> stores = list(m.remove("stores"), "mem,h2-mem,postgresql,mariadb");
      for (String s : stores) {
        if (!BenchStore.NAMES.contains(s)) {
          throw new IllegalArgumentException(
              "unknown store '" + s + "'; known: " + String.join(",", BenchStore.NAMES));
        }
      }
      List<Peer> peers =
          list(m.remove("peers"), "flowable,camunda").stream().map(Peer::byId).toList();
      List<String> peerDbs = list(m.remove("peer-dbs"), "h2-mem,postgresql");
      for (String db : peerDbs) {
        if (!TARGETS.containsKey(db)) {
          throw new IllegalArgumentException(
              "unknown peer database '" + db + "'; known: h2-mem,postgresql");
        }
      }
      Options o =
          new Options(
              stores,
              peers,
              peerDbs,
              PeerMain.pair(orElse(m.remove("h2-dossiers"), "1000,2000")),
              PeerMain.pair(orElse(m.remove("server-dossiers"), "400,1000")),
              Integer.parseInt(orElse(m.remove("worklist-dossiers"), "1000")),
              PeerMain.pair(orElse(m.remove("worklist-queries"), "100,500")),
              Integer.parseInt(orElse(m.remove("pgbench-seconds"), "10")),
              Path.of(orElse(m.remove("peers-dir"), "benchmarks/peers")));
      if (!m.isEmpty()) {
        throw new IllegalArgumentException("unknown options: " + m.keySet());
      }
      return o;
    }

    int[] dossiers(String db) {
      return db.equals("postgresql") || db.equals("mariadb") ? serverDossiers : h2Dossiers;
    }

    private static List<String> list(String v, String d) {
      return List.of(orElse(v, d).split(","));
    }

    private static String orElse(String v, String d) {
      return v == null ? d : v;
    }
  }

  /**
   * One row of the table: an engine on a database.
   *
   * @param engine {@link #MOTCUA} or a peer's label
   * @param db the database (a {@link BenchStore} name)
   * @param transitionsPerSecond five per dossier over measure 1's loop, starts included
   * @param dossiersPerSecond dossiers of measure 1 per second
   * @param transition p50/p99 of a transition; empty when not measured in this run
   * @param start p50/p99 of a start; empty when not measured in this run
   * @param worklist p50/p99 of a worklist page; empty when not measured in this run
   * @param notMeasured why the row holds published figures; empty when measured in this run
   */
  record Row(
      String engine,
      String db,
      double transitionsPerSecond,
      double dossiersPerSecond,
      Optional<double[]> transition,
      Optional<double[]> start,
      Optional<double[]> worklist,
      Optional<String> notMeasured) {

    static Row measured(String engine, StoreFigures f) {
      return new Row(
          engine,
          f.store(),
          f.flow().transitionsPerSecond(),
          f.flow().dossiersPerSecond(),
          Optional.of(pair(f.transition())),
          Optional.of(pair(f.start())),
          Optional.of(pair(f.worklist())),
          Optional.empty());
    }

    static Row published(Peer peer, String db, String why) {
      Peer.Published p = peer.published.get(db);
      return new Row(
          peer.label,
          db,
          p.transitionsPerSecond(),
          p.dossiersPerSecond(),
          Optional.of(new double[] {p.transitionP50(), p.transitionP99()}),
          Optional.empty(),
          Optional.of(new double[] {p.worklistP50(), p.worklistP99()}),
          Optional.of(why));
    }

    private static double[] pair(Percentiles p) {
      return new double[] {p.p50(), p.p99()};
    }
  }

  /**
   * Everything one run measured.
   *
   * @param rows in the order run: per database motcua's row, then the peers'
   * @param pgbench pgbench -c 1 TPS, if run
   */
  record Report(List<Row> rows, OptionalDouble pgbench) {
    Optional<Row> row(String engine, String db) {
      return rows.stream().filter(r -> r.engine().equals(engine) && r.db().equals(db)).findFirst();
    }
  }

  private PeersFigures() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options (see the class comment)
   */
  public static void main(String[] args) {
    Options o = Options.parse(args);
    Report r = run(o, System.out);
    print(r, o, System.out);
  }

  /**
   * Runs everything, grouped by database so that what is compared runs close in time: motcua on
   * each store, each followed by the peers on that database, and pgbench right after the PostgreSQL
   * group; then the peers on databases motcua did not run on.
   */
  static Report run(Options o, PrintStream log) {
    List<Row> rows = new ArrayList<>();
    OptionalDouble pgbench = OptionalDouble.empty();
    List<String> peerDbs = new ArrayList<>(o.peerDbs());
    for (String store : o.stores()) {
      rows.add(
          Row.measured(
              MOTCUA,
              PersistenceFigures.measure(
                  store,
                  "motcua_peers",
                  o.dossiers(store),
                  o.worklistDossiers(),
                  o.worklistQueries(),
                  log)));
      if (peerDbs.remove(store)) {
        runPeers(store, o, rows, log);
      }
      if (store.equals("postgresql")) {
        pgbench = pgbench(o, log);
      }
    }
    for (String db : peerDbs) {
      runPeers(db, o, rows, log);
    }
    if (pgbench.isEmpty() && !o.stores().contains("postgresql")) {
      pgbench = pgbench(o, log);
    }
    return new Report(rows, pgbench);
  }

  private static void runPeers(String db, Options o, List<Row> rows, PrintStream log) {
    for (Peer peer : o.peers()) {
      try {
        rows.add(Row.measured(peer.label, runPeer(peer, db, o, log)));
      } catch (RuntimeException e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        log.printf("%s on %s could not be measured: %s%n", peer.label, db, why);
        rows.add(Row.published(peer, db, why));
      }
    }
  }

  private static OptionalDouble pgbench(Options o, PrintStream log) {
    if (o.pgbenchSeconds() <= 0) {
      return OptionalDouble.empty();
    }
    log.printf("pgbench -i -s 10, then -c 1 -j 1 -T %d...%n", o.pgbenchSeconds());
    return OptionalDouble.of(Baselines.pgbench("motcua_peers_pgbench", 10, o.pgbenchSeconds()));
  }

  /**
   * Runs one peer on one database in a JVM of its own and summarises its samples.
   *
   * @throws IllegalStateException if the peer is not built, its JVM fails, or not every measured
   *     dossier was found finished with its five tasks in history
   */
  static StoreFigures runPeer(Peer peer, String db, Options o, PrintStream log) {
    Path module = o.peersDir().resolve(peer.id).toAbsolutePath();
    Path classPathFile = module.resolve("target/peer-classpath.txt");
    if (!Files.isRegularFile(classPathFile)) {
      throw new IllegalStateException(
          "no class path at "
              + classPathFile
              + "; build the peers: mvn -Pbenchmarks -pl benchmarks -am package -DskipTests");
    }
    int[] dossiers = o.dossiers(db);
    Path out;
    String classPath;
    try {
      classPath =
          module.resolve("target/classes")
              + File.pathSeparator
              + Files.readString(classPathFile).trim();
      out = Files.createTempFile("motcua-peer-" + peer.id, ".samples");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = "jdbc:h2:mem:" + peer.id + ";DB_CLOSE_DELAY=-1";
    String user = "sa";
    if (db.equals("postgresql")) {
      String database = "motcua_peers_" + peer.id;
      BenchStore.recreateDatabase(db, database);
      url = BenchStore.PG_SERVER + database;
      user = "postgres";
    }
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xms1g",
            "-Xmx1g",
            "-XX:+UseG1GC",
            "-cp",
            classPath,
            peer.mainClass,
            "--jdbc-url",
            url,
            "--user",
            user,
            "--dossiers",
            dossiers[0] + "," + dossiers[1],
            "--worklist-dossiers",
            "" + o.worklistDossiers(),
            "--worklist-queries",
            o.worklistQueries()[0] + "," + o.worklistQueries()[1],
            "--out",
            out.toString());
    log.printf(
        "%s on %s: %d warm-up, %d measured dossiers (own JVM)...%n",
        peer.label, db, dossiers[0], dossiers[1]);
    try {
      exec(command, peer.id, log);
      PeerSamples s = PeerSamples.read(out);
      if (s.checked() != dossiers[1] || s.dossiers() != dossiers[1]) {
        throw new IllegalStateException(
            peer.label + " checked " + s.checked() + " of " + dossiers[1] + " dossiers");
      }
      Flow flow = new Flow(s.dossiers(), s.flowNanos(), s.startNanos(), s.transitionNanos());
      log.printf(
          Locale.ROOT,
          "%s on %s: %.1f transitions/s%n",
          peer.label,
          db,
          flow.transitionsPerSecond());
      return new StoreFigures(
          db,
          flow,
          Percentiles.of(s.startNanos()),
          Percentiles.of(s.transitionNanos()),
          Percentiles.of(s.worklistNanos()));
    } finally {
      try {
        Files.deleteIfExists(out);
      } catch (IOException e) {
        log.println("could not delete " + out);
      }
    }
  }

  private static void exec(List<String> command, String prefix, PrintStream log) {
    List<String> tail = new ArrayList<>();
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          log.println("  [" + prefix + "] " + line);
          tail.add(line);
          if (tail.size() > 5) {
            tail.remove(0);
          }
        }
      }
      int exit = p.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "the " + prefix + " JVM exited with " + exit + ": " + String.join(" | ", tail));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static void print(Report r, Options o, PrintStream out) {
    List<Peer> peers = o.peers();
    out.println();
    StringBuilder head =
        new StringBuilder(
            "| engine | db | transitions/s | dossiers/s | transition p50/p99 ms"
                + " | start p50/p99 ms | worklist p50/p99 ms |");
    StringBuilder rule = new StringBuilder("|---|---|---:|---:|---:|---:|---:|");
    for (Peer p : peers) {
      head.append(" motcua ÷ ").append(p.label).append(" |");
      rule.append("---:|");
    }
    head.append(" ÷ pgbench -c1 |");
    rule.append("---:|");
    out.println(head);
    out.println(rule);
    for (Row row : r.rows()) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "| %s%s | %s | %.1f | %.1f | %s | %s | %s |",
                  row.engine(),
                  row.notMeasured().isPresent() ? " (published, not measured in this run)" : "",
                  row.db(),
                  row.transitionsPerSecond(),
                  row.dossiersPerSecond(),
                  ms(row.transition()),
                  ms(row.start()),
                  ms(row.worklist())));
      for (Peer p : peers) {
        Optional<Row> peer = r.row(p.label, row.db());
        line.append(
            row.engine().equals(MOTCUA) && peer.isPresent()
                ? String.format(Locale.ROOT, " %s |", ratio(row, peer.get()))
                : " – |");
      }
      line.append(
          row.db().equals("postgresql") && r.pgbench().isPresent()
              ? String.format(
                  Locale.ROOT, " %.2f× |", row.transitionsPerSecond() / r.pgbench().getAsDouble())
              : " – |");
      out.println(line);
    }
    out.println();
    r.pgbench()
        .ifPresent(
            t ->
                out.printf(
                    Locale.ROOT,
                    "pgbench -c 1 -j 1 -T %d (TPC-B-like, scale 10, own database): %.1f TPS%n",
                    o.pgbenchSeconds(),
                    t));
    r.rows().stream()
        .filter(row -> row.notMeasured().isPresent())
        .forEach(
            row ->
                out.printf(
                    "%s on %s: published figures (/work/shared/peer-workload/README.md),"
                        + " not measured in this run: %s%n",
                    row.engine(), row.db(), row.notMeasured().get()));
    out.println(
        "checked: every measured dossier finished, motcua's returned with its 12 events in"
            + " history, each peer's process instance ended with its five tasks in history");
    for (String db : List.of("h2-mem", "postgresql")) {
      Optional<Row> motcua = r.row(MOTCUA, db);
      if (motcua.isEmpty()) {
        continue;
      }
      for (Peer p : peers) {
        Optional<Row> peer = r.row(p.label, db);
        if (peer.isEmpty()) {
          continue;
        }
        double target = TARGETS.get(db);
        double ratio = motcua.get().transitionsPerSecond() / peer.get().transitionsPerSecond();
        String verdict =
            peer.get().notMeasured().isPresent()
                ? "not judged (peer not measured in this run)"
                : ratio >= target ? "MET" : "NOT MET";
        out.printf(
            Locale.ROOT,
            "target on %s: motcua >= %.0f× %s: %.1f× — %s%n",
            db,
            target,
            p.label,
            ratio,
            verdict);
      }
    }
  }

  private static String ratio(Row motcua, Row peer) {
    return String.format(
        Locale.ROOT,
        "%.1f×%s",
        motcua.transitionsPerSecond() / peer.transitionsPerSecond(),
        peer.notMeasured().isPresent() ? " (published)" : "");
  }

  private static String ms(Optional<double[]> p50p99) {
    return p50p99.map(p -> String.format(Locale.ROOT, "%.3f / %.3f", p[0], p[1])).orElse("n/a");
  }
}
