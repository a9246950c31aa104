/**
 * JMH benchmarks of the working calendar (lịch làm việc) of {@code io.github.motcua.calendar},
 * measured in the same run against two peers configured with the same days off: jBPM 7's {@code
 * BusinessCalendarImpl} and ObjectLab's {@code datecalc-jdk8} {@code LocalDateCalculator}.
 *
 * <p>{@link io.github.motcua.benchmarks.calendar.WorkingCalendarBenchmark} holds the benchmarks
 * against the peers (fixed budgets and the mixed 1–250-day workload); {@link
 * io.github.motcua.benchmarks.calendar.CalendarRatios} runs them and prints the ratios; {@link
 * io.github.motcua.benchmarks.calendar.CalendarOperationsBenchmark} measures the other calls the
 * engine makes on every transition, motcua alone. The peers are built from what a motcua calendar
 * reports, never from a list of their own, so the comparison and the cross-check in the tests use
 * the same weekends and holidays. Nothing here is part of the library; the peers are dependencies
 * of this module alone.
 */
package io.github.motcua.benchmarks.calendar;
