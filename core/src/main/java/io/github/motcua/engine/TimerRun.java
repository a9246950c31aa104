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
package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one run of a {@link TimerRunner} did: the batches it claimed, the dossiers its timers
 * changed and the events they recorded, the races it lost, the dossiers whose firing failed, and
 * whether it ended early. Counts only, never personal data: the runner logs it as one line.
 *
 * @param firedUpTo the instant the run fired the timers due by (its clock's now when it began; the
 *     epoch if reading the clock failed)
 * @param batches how many batches it claimed, at least one unless it failed on the first claim
 * @param claimed how many due dossiers it claimed in all
 * @param dossiersChanged how many dossier changes the timers committed
 * @param events how many events they recorded (due soon, overdue, automatic actions, stops)
 * @param lostRaces how many dossiers another node or performer changed first (they are claimed
 *     again on a later run if still due)
 * @param failed how many dossiers' firing threw (logged at WARN with the dossier id; claimed again
 *     when their lease expires)
 * @param moreDue whether the run ended at its batch cap, or at a stop, while its last batch still
 *     found work: the next run goes on from there
 * @param took how long the run took (elapsed time, not the clock's)
 * @param failure what ended the run early, such as a store that lost its connection; the counts
 *     cover the batches before it, and the next run tries again
 */
public record TimerRun(
    Instant firedUpTo,
    int batches,
    int claimed,
    int dossiersChanged,
    int events,
    int lostRaces,
    int failed,
    boolean moreDue,
    Duration took,
    Optional<RuntimeException> failure) {

  /**
   * Checks the fields.
   *
   * @param firedUpTo the instant the run fired the timers due by
   * @param batches the batches claimed
   * @param claimed the dossiers claimed
   * @param dossiersChanged the dossier changes committed
   * @param events the events recorded
   * @param lostRaces the races lost
   * @param failed the dossiers whose firing threw
   * @param moreDue whether work was left for the next run
   * @param took how long the run took
   * @param failure what ended the run early, if anything
   * @throws NullPointerException if an instant, duration or optional is null
   * @throws IllegalArgumentException if a count is negative
   */
  public TimerRun {
    requireNonNull(firedUpTo, "firedUpTo");
    requireNonNull(took, "took");
    requireNonNull(failure, "failure");
    if (batches < 0
        || claimed < 0
        || dossiersChanged < 0
        || events < 0
        || lostRaces < 0
        || failed < 0) {
      throw new IllegalArgumentException("the counts of a timer run cannot be negative");
    }
  }

  /**
   * Returns whether the run ended without a failure and fired every dossier it claimed (lost races
   * are not failures).
   *
   * @return whether nothing failed
   */
  public boolean succeeded() {
    return failure.isEmpty() && failed == 0;
  }

  /**
   * Returns the run as the one line the runner logs: counts and the instant, no personal data.
   *
   * @return the line
   */
  public String summary() {
    StringBuilder line =
        new StringBuilder("timers due by ")
            .append(firedUpTo)
            .append(": ")
            .append(claimed)
            .append(" claimed, ")
            .append(dossiersChanged)
            .append(" changed (")
            .append(events)
            .append(" events), ")
            .append(lostRaces)
            .append(" lost races, ")
            .append(failed)
            .append(" failed, in ")
            .append(batches)
            .append(batches == 1 ? " batch, " : " batches, ")
            .append(took.toMillis())
            .append(" ms");
    if (moreDue) {
      line.append("; work left for the next run (batch cap or stop)");
    }
    failure.ifPresent(e -> line.append("; run ended early: ").append(e.getClass().getSimpleName()));
    return line.toString();
  }
}
