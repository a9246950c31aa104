package io.github.motcua.engine;

import io.github.motcua.MotcuaException;

/**
 * An action that loops back, or a supplement request, was performed as many times as the procedure
 * allows.
 */
public final class RoundLimitExceededException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String actionId;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param actionId the action refused
   * @param message what was wrong, where, and what is allowed
   */
  public RoundLimitExceededException(String dossierId, String actionId, String message) {
    super(message);
    this.dossierId = dossierId;
    this.actionId = actionId;
  }

  /**
   * Returns the dossier (or the procedure code when there is no dossier yet).
   *
   * @return the id
   */
  public String dossierId() {
    return dossierId;
  }

  /**
   * Returns the action refused.
   *
   * @return the value
   */
  public String actionId() {
    return actionId;
  }
}
