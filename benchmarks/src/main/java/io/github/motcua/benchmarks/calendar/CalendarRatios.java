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
package io.github.motcua.benchmarks.calendar;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link WorkingCalendarBenchmark} and prints, from that one run, how many times faster motcua
 * is than each peer and how a budget of the largest number of days compares with one day.
 *
 * <p>Takes the JMH command-line options, e.g. {@code -f 1 -wi 3 -w 1s -i 5 -r 1s -p days=1,250};
 * without an include pattern it runs the calendar benchmarks only.
 */
public final class CalendarRatios {
  private static final String MOTCUA_TIME = "motcuaAddWorkingTime";
  private static final String MOTCUA_DAYS = "motcuaAddWorkingDays";
  private static final String JBPM = "jbpmCalculateBusinessTime";
  private static final String DATECALC = "datecalcMoveByBusinessDays";

  private CalendarRatios() {}

  /**
   * Runs the benchmarks and prints the ratios.
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
      builder.include(WorkingCalendarBenchmark.class.getName() + "\\.");
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();
    print(results, System.out);
  }

  /** Prints the ratio table of one run. */
  static void print(Collection<RunResult> results, PrintStream out) {
    // days -> benchmark -> score (time per operation; lower is faster). Fixed budgets first, by
    // size, then the mixed workloads ("1-250").
    Map<String, Map<String, Result<?>>> byDays = new TreeMap<>(BUDGET_ORDER);
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      String method = label.substring(label.lastIndexOf('.') + 1);
      String days = r.getParams().getParam("days");
      byDays.computeIfAbsent(days, k -> new TreeMap<>()).put(method, r.getPrimaryResult());
    }
    if (byDays.isEmpty()) {
      out.println("No calendar benchmark results.");
      return;
    }
    String unit = byDays.values().iterator().next().values().iterator().next().getScoreUnit();
    out.println();
    out.println("Calendar benchmarks, one run (" + unit + "; lower is faster)");
    out.printf(
        Locale.ROOT,
        "%7s %14s %14s %14s %14s %12s %12s %12s %12s%n",
        "days",
        "addWorkTime",
        "addWorkDays",
        "jBPM",
        "datecalc",
        "jBPM/aWT",
        "dc/aWD",
        "jBPM/aWD",
        "dc/aWT");
    for (Map.Entry<String, Map<String, Result<?>>> e : byDays.entrySet()) {
      Map<String, Result<?>> m = e.getValue();
      out.printf(
          Locale.ROOT,
          "%7s %14s %14s %14s %14s %12s %12s %12s %12s%n",
          e.getKey(),
          score(m, MOTCUA_TIME),
          score(m, MOTCUA_DAYS),
          score(m, JBPM),
          score(m, DATECALC),
          ratio(m, JBPM, MOTCUA_TIME),
          ratio(m, DATECALC, MOTCUA_DAYS),
          ratio(m, JBPM, MOTCUA_DAYS),
          ratio(m, DATECALC, MOTCUA_TIME));
    }
    TreeMap<Integer, String> fixed = new TreeMap<>();
    for (String days : byDays.keySet()) {
      int[] range = WorkingCalendarBenchmark.Inputs.budgetRange(days);
      if (range[0] == range[1]) {
        fixed.put(range[0], days);
      }
    }
    if (fixed.size() > 1) {
      String fewest = fixed.firstEntry().getValue();
      String most = fixed.lastEntry().getValue();
      out.println();
      out.println(
          "Cost of " + most + " days relative to " + fewest + " (target for motcua: <= 2x)");
      for (String method : new String[] {MOTCUA_TIME, MOTCUA_DAYS, JBPM, DATECALC}) {
        Result<?> a = byDays.get(fewest).get(method);
        Result<?> b = byDays.get(most).get(method);
        if (a != null && b != null) {
          out.printf(Locale.ROOT, "  %-28s %10.2fx%n", method, b.getScore() / a.getScore());
        }
      }
    }
    out.println();
    out.println(
        "Ratios are peer time / motcua time: how many times faster motcua is (target >= 50).");
    out.println("A range of days (1-250) is the mixed workload: a random budget per start.");
  }

  /** Fixed budgets by size, then ranges by their bounds. */
  private static final Comparator<String> BUDGET_ORDER =
      Comparator.<String>comparingInt(
              d ->
                  WorkingCalendarBenchmark.Inputs.budgetRange(d)[0]
                          == WorkingCalendarBenchmark.Inputs.budgetRange(d)[1]
                      ? 0
                      : 1)
          .thenComparingInt(d -> WorkingCalendarBenchmark.Inputs.budgetRange(d)[0])
          .thenComparingInt(d -> WorkingCalendarBenchmark.Inputs.budgetRange(d)[1]);

  private static String score(Map<String, Result<?>> m, String method) {
    Result<?> r = m.get(method);
    // Four significant digits, no exponent: 22.93 ns and 82670 ns read in the same column.
    if (r != null && !Double.isFinite(r.getScore())) {
      return String.valueOf(r.getScore());
    }
    return r == null
        ? "-"
        : new BigDecimal(r.getScore())
            .round(new MathContext(4))
            .stripTrailingZeros()
            .toPlainString();
  }

  private static String ratio(Map<String, Result<?>> m, String slow, String fast) {
    Result<?> s = m.get(slow);
    Result<?> f = m.get(fast);
    if (s == null || f == null) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1fx", s.getScore() / f.getScore());
  }
}
