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

import io.github.motcua.benchmarks.persistence.DossierFlow.Flow;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs the peer workload on every store in one run, the single-client baselines on the same
 * servers, and the worklist at scale on PostgreSQL, then prints one table (see
 * benchmarks/README.md, section Persistence). A main class, not JMH: each figure is a count of real
 * transactions over a wall-clock interval, as the peers are measured.
 *
 * <pre>
 * --stores mem,h2-mem,h2-file,postgresql,mariadb   the stores (default: all)
 * --h2-dossiers 1000,2000        warm-up, measured dossiers on mem and H2 (default)
 * --server-dossiers 400,1000     warm-up, measured dossiers on PostgreSQL and MariaDB (default)
 * --worklist-dossiers 1000       dossiers opened for measure 2 (default)
 * --worklist-queries 100,500     untimed, timed worklist queries (default)
 * --worklist-rows 1000000        open dossiers for the worklist at scale; 0 skips it
 * --pgbench-seconds 20           pgbench -c 1 -j 1 -T; 0 skips it
 * --baseline-seconds 10          the single-row JDBC loop on each server measured; 0 skips it
 * </pre>
 */
public final class PersistenceFigures {
  /** The peers' published figures: transitions/s of Flowable 7.2.0 and Camunda 7.24.0. */
  static final Map<String, double[]> PEERS =
      Map.of("h2-mem", new double[] {321.5, 331.0}, "postgresql", new double[] {126.0, 165.9});

  /** The options of one run. */
  record Options(
      List<String> stores,
      int[] h2Dossiers,
      int[] serverDossiers,
      int worklistDossiers,
      int[] worklistQueries,
      int worklistRows,
      int pgbenchSeconds,
      int baselineSeconds) {

    static Options parse(String... args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException(
              "options are --name value pairs; got '" + args[i] + "'");
        }
        m.put(args[i].substring(2), args[++i]);
      }
      List<String> stores =
          List.of(m.getOrDefault("stores", String.join(",", BenchStore.NAMES)).split(","));
      for (String s : stores) {
        if (!BenchStore.NAMES.contains(s)) {
          throw new IllegalArgumentException(
              "unknown store '" + s + "'; known: " + String.join(",", BenchStore.NAMES));
        }
      }
      Options o =
          new Options(
              stores,
              pair(m.remove("h2-dossiers"), 1000, 2000),
              pair(m.remove("server-dossiers"), 400, 1000),
              Integer.parseInt(orElse(m.remove("worklist-dossiers"), "1000")),
              pair(m.remove("worklist-queries"), 100, 500),
              Integer.parseInt(orElse(m.remove("worklist-rows"), "1000000")),
              Integer.parseInt(orElse(m.remove("pgbench-seconds"), "20")),
              Integer.parseInt(orElse(m.remove("baseline-seconds"), "10")));
      m.remove("stores");
      if (!m.isEmpty()) {
        throw new IllegalArgumentException("unknown options: " + m.keySet());
      }
      return o;
    }

    private static String orElse(String v, String d) {
      return v == null ? d : v;
    }

    private static int[] pair(String v, int a, int b) {
      if (v == null) {
        return new int[] {a, b};
      }
      int[] p = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
      if (p.length != 2) {
        throw new IllegalArgumentException("expected two numbers a,b; got '" + v + "'");
      }
      return p;
    }
  }

  /**
   * The figures of one store.
   *
   * @param store the store's name (one of {@link BenchStore#NAMES})
   * @param flow measure 1
   * @param start the starts of measure 1
   * @param transition the transitions of measure 1
   * @param worklist the timed worklist queries of measure 2
   */
  public record StoreFigures(
      String store, Flow flow, Percentiles start, Percentiles transition, Percentiles worklist) {}

  /** Everything one run measured. */
  record Report(
      List<StoreFigures> stores,
      OptionalDouble pgbench,
      Map<String, Double> loops,
      WorklistAtScale.Result scale) {}

  private PersistenceFigures() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options (see the class comment)
   */
  public static void main(String[] args) {
    Options o = Options.parse(args);
    Report r = run(o, System.out);
    print(r, System.out);
  }

  static Report run(Options o, PrintStream log) {
    List<StoreFigures> figures = new ArrayList<>();
    for (String name : o.stores()) {
      boolean server = name.equals("postgresql") || name.equals("mariadb");
      int[] counts = server ? o.serverDossiers() : o.h2Dossiers();
      figures.add(
          measure(name, "motcua_bench", counts, o.worklistDossiers(), o.worklistQueries(), log));
    }
    OptionalDouble pgbench = OptionalDouble.empty();
    Map<String, Double> loops = new LinkedHashMap<>();
    if (o.pgbenchSeconds() > 0) {
      log.printf("pgbench -i -s 10, then -c 1 -j 1 -T %d...%n", o.pgbenchSeconds());
      pgbench =
          OptionalDouble.of(Baselines.pgbench("motcua_bench_pgbench", 10, o.pgbenchSeconds()));
    }
    if (o.baselineSeconds() > 0) {
      for (String server : List.of("postgresql", "mariadb")) {
        if (o.stores().contains(server)) {
          log.printf("%s: single-row update+insert loop, %d s...%n", server, o.baselineSeconds());
          loops.put(
              server, Baselines.singleRowLoop(server, "motcua_bench_loop", o.baselineSeconds()));
        }
      }
    }
    WorklistAtScale.Result scale = null;
    if (o.worklistRows() > 0) {
      log.printf(
          "worklist at scale: loading %,d open dossiers into PostgreSQL...%n", o.worklistRows());
      scale = WorklistAtScale.run("motcua_bench_scale", o.worklistRows(), log::println);
    }
    return new Report(figures, pgbench, loops, scale);
  }

  /**
   * Runs measures 1 and 2 of the peer workload on one store, in a fresh database of its own.
   *
   * @param store one of {@link BenchStore#NAMES}
   * @param database the database to create on a server
   * @param dossiers warm-up, measured dossiers of measure 1
   * @param worklistDossiers dossiers opened for measure 2
   * @param worklistQueries untimed, timed worklist queries
   * @param log where progress goes
   * @return the figures
   * @throws IllegalStateException if a dossier did not finish with its events in history
   */
  public static StoreFigures measure(
      String store,
      String database,
      int[] dossiers,
      int worklistDossiers,
      int[] worklistQueries,
      PrintStream log) {
    log.printf("%s: %d warm-up, %d measured dossiers...%n", store, dossiers[0], dossiers[1]);
    try (BenchStore s = BenchStore.open(store, database)) {
      DossierFlow workload = new DossierFlow(s.store());
      Flow flow = workload.flow(dossiers[0], dossiers[1]);
      long[] page =
          workload.worklist(worklistDossiers, worklistQueries[0], worklistQueries[1], s::analyze);
      log.printf(Locale.ROOT, "%s: %.1f transitions/s%n", store, flow.transitionsPerSecond());
      return new StoreFigures(
          store,
          flow,
          Percentiles.of(flow.startNanos()),
          Percentiles.of(flow.transitionNanos()),
          Percentiles.of(page));
    }
  }

  static void print(Report r, PrintStream out) {
    out.println();
    out.println(
        "| store | transitions/s | dossiers/s | transition p50/p99 ms | start p50/p99 ms"
            + " | worklist p50/p99 (mean) ms | vs single-client baseline | vs Flowable / Camunda |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (StoreFigures f : r.stores()) {
      double tps = f.flow().transitionsPerSecond();
      String baseline = "";
      if (f.store().equals("postgresql") && r.pgbench().isPresent()) {
        baseline =
            String.format(
                Locale.ROOT, "%.0f%% of pgbench -c1", 100 * tps / r.pgbench().getAsDouble());
      }
      Double loop = r.loops().get(f.store());
      if (loop != null) {
        baseline +=
            (baseline.isEmpty() ? "" : "; ")
                + String.format(Locale.ROOT, "%.0f%% of the update+insert loop", 100 * tps / loop);
      }
      double[] peers = PEERS.get(f.store());
      String vsPeers =
          peers == null
              ? ""
              : String.format(Locale.ROOT, "%.1f× / %.1f×", tps / peers[0], tps / peers[1]);
      out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f (%.3f) | %s | %s |%n",
          f.store(),
          tps,
          f.flow().dossiersPerSecond(),
          f.transition().p50(),
          f.transition().p99(),
          f.start().p50(),
          f.start().p99(),
          f.worklist().p50(),
          f.worklist().p99(),
          f.worklist().mean(),
          baseline.isEmpty() ? "–" : baseline,
          vsPeers.isEmpty() ? "–" : vsPeers);
    }
    out.println();
    r.pgbench()
        .ifPresent(t -> out.printf(Locale.ROOT, "pgbench -c 1 -j 1 (TPC-B-like): %.1f TPS%n", t));
    r.loops()
        .forEach(
            (server, t) ->
                out.printf(
                    Locale.ROOT,
                    "%s single-row UPDATE + INSERT + COMMIT loop (JDBC, one client): %.1f TPS%n",
                    server,
                    t));
    out.println(
        "peers (published, measured separately: /work/shared/peer-workload/README.md):"
            + " Flowable 7.2.0 / Camunda 7.24.0 321.5 / 331.0 transitions/s on H2 in memory,"
            + " 126.0 / 165.9 on PostgreSQL 15");
    out.println("every measured dossier finished (returned) with its 12 events in history");
    if (r.scale() != null) {
      WorklistAtScale.Result s = r.scale();
      out.println();
      out.printf(
          Locale.ROOT,
          "PostgreSQL, %,d open dossiers over %d agencies x %d roles (loaded in %.1f s),"
              + " agency %s role %s:%n",
          s.rows(),
          WorklistAtScale.AGENCIES,
          WorklistAtScale.ROLES.size(),
          s.loadSeconds(),
          WorklistAtScale.AGENCY,
          WorklistAtScale.ROLE);
      out.println("| query | p50 ms | p99 ms | mean ms | n |");
      out.println("|---|---:|---:|---:|---:|");
      row(out, "worklist first page of 50", s.firstPage());
      row(out, "worklist page " + s.middlePageNumber() + " of 50 (keyset cursor)", s.middlePage());
      row(out, "claimDueTimers, batch of 100 (statements, rolled back)", s.claim());
      out.println();
      s.plans().forEach(out::println);
    }
  }

  private static void row(PrintStream out, String what, Percentiles p) {
    out.printf(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f | %d |%n",
        what,
        p.p50(),
        p.p99(),
        p.mean(),
        p.count());
  }
}
