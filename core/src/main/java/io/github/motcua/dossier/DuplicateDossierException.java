package io.github.motcua.dossier;

import io.github.motcua.MotcuaException;

/** A dossier with the same id or the same number is already stored. */
public final class DuplicateDossierException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier id inserted
   * @param message what clashed
   */
  public DuplicateDossierException(String dossierId, String message) {
    super(message);
    this.dossierId = dossierId;
  }

  /**
   * Returns the id of the dossier that could not be inserted.
   *
   * @return the dossier id
   */
  public String dossierId() {
    return dossierId;
  }
}
