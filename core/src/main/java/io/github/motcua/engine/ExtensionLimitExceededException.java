package io.github.motcua.engine;

import io.github.motcua.MotcuaException;

/**
 * The dossier received as many extensions as the procedure's extension policy allows, or the
 * extension was not given.
 */
public final class ExtensionLimitExceededException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String actionId;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param actionId the extending action
   * @param message what was wrong, where, and what is allowed
   */
  public ExtensionLimitExceededException(String dossierId, String actionId, String message) {
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
   * Returns the extending action.
   *
   * @return the value
   */
  public String actionId() {
    return actionId;
  }
}
