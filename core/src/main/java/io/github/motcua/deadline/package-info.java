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
