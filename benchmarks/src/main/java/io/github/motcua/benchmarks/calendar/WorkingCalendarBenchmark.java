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

import io.github.motcua.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-time and working-day arithmetic of {@link WorkingCalendar#vietnam()} against jBPM 7's
 * {@code BusinessCalendarImpl} and ObjectLab's {@code datecalc-jdk8}, all three with the same
 * weekends and holidays (see {@link Peers} for what each peer can and cannot express).
 *
 * <p>Each call takes the next of {@value #STARTS} precomputed random starts (instants and dates
 * uniformly in 2019–2030, zone {@code Asia/Ho_Chi_Minh}, fixed seed) together with its budget, so
 * no random number is drawn inside a measured method and the same starts and budgets are given to
 * every implementation. The budget is set by {@link Inputs#days}: a number of working days ({@code
 * "20"}), or a range ({@code "1-250"}, the workload of issue 2: each start gets its own budget
 * drawn uniformly from the range). A budget of {@code n} working days is {@code n × 8 h} of working
 * time for {@code addWorkingTime}, the expression {@code "<n>d"} for jBPM, {@code n} for {@code
 * addWorkingDays} and {@code moveByBusinessDays}.
 *
 * <p>Defaults suit a quiet machine; on a shared one pass {@code -f 1 -wi 3 -w 1s -i 5 -r 1s} (see
 * {@code benchmarks/README.md}) and compare ratios within one run only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkingCalendarBenchmark {
  /** How many precomputed starts each state cycles through; a power of two. */
  public static final int STARTS = 4096;

  /** The first year of the random starts. */
  public static final int FIRST_YEAR = 2019;

  /** The last year of the random starts. */
  public static final int LAST_YEAR = 2030;

  /**
   * The last year whose days off the peers are given: 250 working days from a start late in {@value
   * #LAST_YEAR} end in early 2032.
   */
  public static final int LAST_PEER_YEAR = 2032;

  /** The mixed workload of issue 2: budgets uniform in 1 to 250 working days. */
  public static final String MIXED = "1-250";

  /** Creates the benchmark; JMH calls it. */
  public WorkingCalendarBenchmark() {}

  /** The starts, the budget and the calendars of one benchmark thread. */
  @State(Scope.Thread)
  public static class Inputs {
    /**
     * The budget in working days: one number for every call, or {@code "lo-hi"} for a budget per
     * start drawn uniformly from {@code lo} to {@code hi}.
     */
    @Param({"1", "20", "250", MIXED})
    public String days;

    WorkingCalendar motcua;
    BusinessCalendarImpl jbpm;
    SettableSessionClock jbpmClock;
    LocalDateCalculator datecalc;

    Instant[] instants;
    long[] epochMillis;
    LocalDate[] dates;
    int[] budgets;
    Duration[] workingTimes;
    String[] jbpmExpressions;

    private int next;

    /** Creates the state; JMH calls it. */
    public Inputs() {}

    /** Builds the calendars and the starts; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      motcua = WorkingCalendar.vietnam();
      ZoneId zone = motcua.zone();
      SameDaysOff off = SameDaysOff.of(motcua, FIRST_YEAR, LAST_PEER_YEAR);
      jbpmClock = new SettableSessionClock();
      jbpm = Peers.jbpm(off, zone, (int) motcua.standardDay().toHours(), jbpmClock);
      datecalc = Peers.datecalc(off);

      int[] range = budgetRange(days);
      // The same starts for every budget; the budgets from a stream of their own.
      SplittableRandom random = new SplittableRandom(20190101L);
      SplittableRandom budgetRandom = new SplittableRandom(20190102L);
      budgets = new int[STARTS];
      workingTimes = new Duration[STARTS];
      jbpmExpressions = new String[STARTS];
      for (int i = 0; i < STARTS; i++) {
        budgets[i] = range[0] == range[1] ? range[0] : budgetRandom.nextInt(range[0], range[1] + 1);
        workingTimes[i] = motcua.standardDay().multipliedBy(budgets[i]);
        jbpmExpressions[i] = (budgets[i] + "d").intern();
      }

      long from = ZonedDateTime.of(FIRST_YEAR, 1, 1, 0, 0, 0, 0, zone).toEpochSecond();
      long to = ZonedDateTime.of(LAST_YEAR + 1, 1, 1, 0, 0, 0, 0, zone).toEpochSecond();
      instants = new Instant[STARTS];
      epochMillis = new long[STARTS];
      dates = new LocalDate[STARTS];
      for (int i = 0; i < STARTS; i++) {
        instants[i] = Instant.ofEpochSecond(random.nextLong(from, to));
        epochMillis[i] = instants[i].toEpochMilli();
        dates[i] = LocalDate.ofInstant(Instant.ofEpochSecond(random.nextLong(from, to)), zone);
      }
    }

    /** Returns {@code {lo, hi}} for {@code "n"} ({@code lo = hi = n}) or {@code "lo-hi"}. */
    static int[] budgetRange(String days) {
      int dash = days.indexOf('-');
      int lo = Integer.parseInt(dash < 0 ? days : days.substring(0, dash));
      int hi = dash < 0 ? lo : Integer.parseInt(days.substring(dash + 1));
      if (lo < 1 || hi < lo) {
        throw new IllegalArgumentException("days must be n or lo-hi with 1 <= lo <= hi: " + days);
      }
      return new int[] {lo, hi};
    }

    /** Returns the index of the next start. */
    int next() {
      next = (next + 1) & (STARTS - 1);
      return next;
    }
  }

  /**
   * motcua: {@code addWorkingTime(start, budget × 8 h)}.
   *
   * @param s the inputs
   * @return the due instant
   */
  @Benchmark
  public Instant motcuaAddWorkingTime(Inputs s) {
    int i = s.next();
    return s.motcua.addWorkingTime(s.instants[i], s.workingTimes[i]);
  }

  /**
   * motcua: {@code addWorkingDays(start, budget)}.
   *
   * @param s the inputs
   * @return the working day
   */
  @Benchmark
  public LocalDate motcuaAddWorkingDays(Inputs s) {
    int i = s.next();
    return s.motcua.addWorkingDays(s.dates[i], s.budgets[i]);
  }

  /**
   * jBPM 7: {@code calculateBusinessTimeAsDate("<budget>d")} from the start on its session clock.
   *
   * @param s the inputs
   * @return the due date
   */
  @Benchmark
  public Date jbpmCalculateBusinessTime(Inputs s) {
    int i = s.next();
    s.jbpmClock.set(s.epochMillis[i]);
    return s.jbpm.calculateBusinessTimeAsDate(s.jbpmExpressions[i]);
  }

  /**
   * ObjectLab datecalc: {@code setStartDate(start).moveByBusinessDays(budget)}.
   *
   * @param s the inputs
   * @return the business date
   */
  @Benchmark
  public LocalDate datecalcMoveByBusinessDays(Inputs s) {
    int i = s.next();
    s.datecalc.setStartDate(s.dates[i]);
    return s.datecalc.moveByBusinessDays(s.budgets[i]).getCurrentBusinessDate();
  }
}
