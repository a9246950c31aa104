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
 * Deadlines (thời hạn giải quyết): time limits, counting rules, the clock of a dossier or a step (a
 * budget plus a ledger of pauses and extensions), due instants with their explanation, remaining
 * time and timeliness.
 *
 * <ul>
 *   <li>{@link io.github.motcua.deadline.TimeLimit}, {@link io.github.motcua.deadline.CountingRule}
 *       and {@link io.github.motcua.deadline.CountingPolicy} say what is counted and how.
 *   <li>{@link io.github.motcua.deadline.DeadlineCalculator} turns a receipt into a {@link
 *       io.github.motcua.deadline.Deadline}: effective start, due instant, explanation.
 *   <li>{@link io.github.motcua.deadline.DeadlineClock} is what a dossier keeps: an immutable
 *       ledger from which the due, the working time consumed and left ({@link
 *       io.github.motcua.deadline.RemainingTime}) and the {@link
 *       io.github.motcua.deadline.Timeliness} of a finish are derived on any calendar.
 *   <li>{@link io.github.motcua.deadline.Explanation} says why, as items and as Vietnamese or
 *       English text.
 * </ul>
 *
 * <p>Depends on {@link io.github.motcua.calendar} only; knows nothing of dossiers or procedures.
 * Everything public here is immutable and thread-safe.
 */
package io.github.motcua.deadline;
