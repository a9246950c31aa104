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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The other operations of {@link WorkingCalendar#vietnam()} that the dossier engine calls on every
 * transition, without a peer: {@code nextWorkingInstant}, {@code workingTimeBetween} and {@code
 * isWorkingTime}. Starts as in {@link WorkingCalendarBenchmark} (random instants in 2019–2030, the
 * same seed); the second instant of {@code workingTimeBetween} is a random 0 to 365 days of
 * calendar time after the first.
 *
 * <p>Run with {@code java -jar benchmarks/target/benchmarks.jar CalendarOperationsBenchmark -f 1
 * -wi 3 -w 1s -i 5 -r 1s}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarOperationsBenchmark {
  /** Creates the benchmark; JMH calls it. */
  public CalendarOperationsBenchmark() {}

  /** The instants of one benchmark thread. */
  @State(Scope.Thread)
  public static class Inputs {
    WorkingCalendar motcua;
    Instant[] starts;
    Instant[] ends;
    private int next;

    /** Creates the state; JMH calls it. */
    public Inputs() {}

    /** Draws the instants; not measured. */
    @Setup(Level.Trial)
    public void setUp() {
      motcua = WorkingCalendar.vietnam();
      ZoneId zone = motcua.zone();
      int n = WorkingCalendarBenchmark.STARTS;
      SplittableRandom random = new SplittableRandom(20190101L);
      SplittableRandom later = new SplittableRandom(20190103L);
      long from =
          ZonedDateTime.of(WorkingCalendarBenchmark.FIRST_YEAR, 1, 1, 0, 0, 0, 0, zone)
              .toEpochSecond();
      long to =
          ZonedDateTime.of(WorkingCalendarBenchmark.LAST_YEAR + 1, 1, 1, 0, 0, 0, 0, zone)
              .toEpochSecond();
      starts = new Instant[n];
      ends = new Instant[n];
      for (int i = 0; i < n; i++) {
        starts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
        ends[i] = starts[i].plus(Duration.ofSeconds(later.nextLong(0, 365L * 86_400 + 1)));
      }
    }

    int next() {
      next = (next + 1) & (WorkingCalendarBenchmark.STARTS - 1);
      return next;
    }
  }

  /**
   * motcua: {@code nextWorkingInstant(start)}.
   *
   * @param s the inputs
   * @return the next working instant
   */
  @Benchmark
  public Instant nextWorkingInstant(Inputs s) {
    return s.motcua.nextWorkingInstant(s.starts[s.next()]);
  }

  /**
   * motcua: {@code workingTimeBetween(start, end)}.
   *
   * @param s the inputs
   * @return the working time
   */
  @Benchmark
  public Duration workingTimeBetween(Inputs s) {
    int i = s.next();
    return s.motcua.workingTimeBetween(s.starts[i], s.ends[i]);
  }

  /**
   * motcua: {@code isWorkingTime(start)}.
   *
   * @param s the inputs
   * @return whether the start is working time
   */
  @Benchmark
  public boolean isWorkingTime(Inputs s) {
    return s.motcua.isWorkingTime(s.starts[s.next()]);
  }
}
