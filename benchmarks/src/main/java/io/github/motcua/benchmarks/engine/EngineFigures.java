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

import java.io.PrintStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EngineBenchmark} and prints, from that one run, the cost of one transition measured
 * two ways (directly, and as {@code (dossier - submit) / 5}), of a submission and of a whole
 * dossier, with the allocation per operation when {@code -prof gc} was given, against the target of
 * issue 4 (a transition under 10 µs, single thread).
 *
 * <p>Takes the JMH command-line options, e.g. {@code -f 1 -wi 5 -i 5 -prof gc}; without an include
 * pattern it runs the engine benchmarks only.
 */
public final class EngineFigures {
  private static final double TARGET_MICROS = 10;
  private static final String NORM = "gc.alloc.rate.norm";

  private EngineFigures() {}

  /**
   * Runs the benchmarks and prints the figures.
   *
   * @param args JMH command-line options
   * @throws CommandLineOptionException if an option is malformed
   * @throws RunnerException if a benchmark fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      builder.include(EngineBenchmark.class.getName() + "\\.");
    }
    print(new Runner(builder.build()).run(), System.out);
  }

  /** Prints the figures of one run. */
  static void print(Collection<RunResult> results, PrintStream out) {
    Map<String, RunResult> by = new HashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      by.put(label.substring(label.lastIndexOf('.') + 1), r);
    }
    out.println();
    out.println(
        "Engine, five-step workload, in-memory store, one thread, one run (µs per operation)");
    Double transition = score(by, "transition");
    Double submit = score(by, "submit");
    Double dossier = score(by, "dossier");
    line(out, "one transition (perform)", transition, alloc(by, "transition"));
    if (submit != null && dossier != null) {
      Double a = alloc(by, "dossier");
      Double b = alloc(by, "submit");
      line(
          out,
          "(dossier - submit) / 5",
          (dossier - submit) / 5,
          a == null || b == null ? null : (a - b) / 5);
    }
    line(out, "submit", submit, alloc(by, "submit"));
    line(out, "whole dossier (submit + 5 transitions)", dossier, alloc(by, "dossier"));
    if (transition != null) {
      out.printf(
          Locale.ROOT,
          "%nTarget: a transition under %.0f µs: %s (%.1fx under it).%n",
          TARGET_MICROS,
          transition < TARGET_MICROS ? "met" : "NOT met",
          TARGET_MICROS / transition);
    }
    if (alloc(by, "transition") != null) {
      out.println(
          "The direct transition's allocation also counts its dossier's submission, made in the"
              + " per-invocation setup (one fifth of it); (dossier - submit) / 5 does not.");
    }
  }

  private static void line(PrintStream out, String what, Double micros, Double bytes) {
    if (micros == null) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %-40s %9.2f µs%s%n",
        what,
        micros,
        bytes == null ? "" : String.format(Locale.ROOT, "  %8.0f B allocated", bytes));
  }

  private static Double score(Map<String, RunResult> by, String method) {
    RunResult r = by.get(method);
    return r == null ? null : r.getPrimaryResult().getScore();
  }

  private static Double alloc(Map<String, RunResult> by, String method) {
    RunResult r = by.get(method);
    if (r == null) {
      return null;
    }
    Result<?> norm = r.getSecondaryResults().get(NORM);
    return norm == null ? null : norm.getScore();
  }
}
