package io.github.motcua.engine;

/**
 * The dossier received as many extensions as the procedure's extension policy allows, or the
 * extension was not given.
 */
public final class ExtensionLimitExceededException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the extending action
   * @param message what was wrong, where, and what is allowed
   */
  public ExtensionLimitExceededException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
