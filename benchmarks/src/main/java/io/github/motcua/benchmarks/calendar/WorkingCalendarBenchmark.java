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
 * uniformly in 2019–2030, zone {@code Asia/Ho_Chi_Minh}, fixed seed), so no random number is drawn
 * inside a measured method and the same starts are given to every implementation. The budget is
 * {@link Inputs#days} working days: {@code days × 8 h} of working time for {@code addWorkingTime},
 * the expression {@code "<days>d"} for jBPM, {@code days} for {@code addWorkingDays} and {@code
 * moveByBusinessDays}.
 *
 * <p>Defaults suit a quiet machine; on a shared one pass {@code -f 1 -wi 3 -w 1s -i 5 -r 1s} (see
 * {@code benchmarks/README.md}) and compare ratios within one run only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
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

  /** Creates the benchmark; JMH calls it. */
  public WorkingCalendarBenchmark() {}

  /** The starts, the budget and the calendars of one benchmark thread. */
  @State(Scope.Thread)
  public static class Inputs {
    /** The budget in working days. */
    @Param({"1", "20", "250"})
    public int days;

    WorkingCalendar motcua;
    BusinessCalendarImpl jbpm;
    SettableSessionClock jbpmClock;
    LocalDateCalculator datecalc;

    Instant[] instants;
    long[] epochMillis;
    LocalDate[] dates;
    Duration workingTime;
    String jbpmExpression;

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

      workingTime = motcua.standardDay().multipliedBy(days);
      jbpmExpression = days + "d";

      SplittableRandom random = new SplittableRandom(20190101L + days);
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

    /** Returns the index of the next start. */
    int next() {
      next = (next + 1) & (STARTS - 1);
      return next;
    }
  }

  /**
   * motcua: {@code addWorkingTime(start, days × 8 h)}.
   *
   * @param s the inputs
   * @return the due instant
   */
  @Benchmark
  public Instant motcuaAddWorkingTime(Inputs s) {
    return s.motcua.addWorkingTime(s.instants[s.next()], s.workingTime);
  }

  /**
   * motcua: {@code addWorkingDays(start, days)}.
   *
   * @param s the inputs
   * @return the working day
   */
  @Benchmark
  public LocalDate motcuaAddWorkingDays(Inputs s) {
    return s.motcua.addWorkingDays(s.dates[s.next()], s.days);
  }

  /**
   * jBPM 7: {@code calculateBusinessTimeAsDate("<days>d")} from the start on its session clock.
   *
   * @param s the inputs
   * @return the due date
   */
  @Benchmark
  public Date jbpmCalculateBusinessTime(Inputs s) {
    s.jbpmClock.set(s.epochMillis[s.next()]);
    return s.jbpm.calculateBusinessTimeAsDate(s.jbpmExpression);
  }

  /**
   * ObjectLab datecalc: {@code setStartDate(start).moveByBusinessDays(days)}.
   *
   * @param s the inputs
   * @return the business date
   */
  @Benchmark
  public LocalDate datecalcMoveByBusinessDays(Inputs s) {
    s.datecalc.setStartDate(s.dates[s.next()]);
    return s.datecalc.moveByBusinessDays(s.days).getCurrentBusinessDate();
  }
}
