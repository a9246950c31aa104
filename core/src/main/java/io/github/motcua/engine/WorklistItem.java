package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import java.util.Optional;

/**
 * One dossier waiting at a step, with the time it has left there ("còn 2 ngày 3 giờ").
 *
 * @param dossier the dossier
 * @param step the active step instance
 * @param stepName the step's readable name from the pinned procedure
 * @param remaining the working time left at the step (negative when overdue); empty while the
 *     dossier waits for the applicant
 */
public record WorklistItem(
    Dossier dossier, StepInstance step, String stepName, Optional<RemainingTime> remaining) {
  /**
   * Validates.
   *
   * @param dossier the dossier
   * @param step the step instance
   * @param stepName the step's name
   * @param remaining the time left, if counted
   */
  public WorklistItem {
    requireNonNull(dossier, "dossier");
    requireNonNull(step, "step");
    requireNonNull(stepName, "stepName");
    requireNonNull(remaining, "remaining");
  }
}
