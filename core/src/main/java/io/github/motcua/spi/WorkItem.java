package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;

/**
 * One active step instance of a dossier, as a worklist or a due-time query returns it.
 *
 * @param dossier the dossier as stored
 * @param step the active step instance, one of {@code dossier.activeSteps()}
 */
public record WorkItem(Dossier dossier, StepInstance step) {
  /**
   * Validates.
   *
   * @param dossier the dossier
   * @param step the step instance
   */
  public WorkItem {
    requireNonNull(dossier, "dossier");
    requireNonNull(step, "step");
  }

  /**
   * Returns the keyset position of this item.
   *
   * @return the cursor
   */
  public WorklistCursor cursor() {
    return WorklistCursor.of(dossier.id(), step);
  }
}
