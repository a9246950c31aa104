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
