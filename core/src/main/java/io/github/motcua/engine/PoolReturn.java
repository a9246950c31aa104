package io.github.motcua.engine;

import java.util.List;

/**
 * What {@link DossierEngine#returnToPool} did: the step instances it returned and the dossiers it
 * changed (each in its own change), and the dossiers it left because others kept changing them.
 *
 * @param stepsReturned how many step instances went back to the pool
 * @param dossierIds the dossiers changed, in the order they were changed
 * @param skippedDossierIds the dossiers left unchanged after repeated lost races; a new call
 *     returns their steps
 */
public record PoolReturn(
    int stepsReturned, List<String> dossierIds, List<String> skippedDossierIds) {
  /**
   * Validates and copies.
   *
   * @param stepsReturned the steps returned
   * @param dossierIds the dossiers changed
   * @param skippedDossierIds the dossiers skipped
   */
  public PoolReturn {
    dossierIds = List.copyOf(dossierIds);
    skippedDossierIds = List.copyOf(skippedDossierIds);
  }
}
