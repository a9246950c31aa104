package io.github.motcua.engine;

/**
 * An extending action came without a usable extension: none was given, or it was in calendar days
 * (a clock counts working time), or it was not more than zero. Distinct from {@link
 * ExtensionLimitExceededException}, which means the procedure's extensions are used up. Not
 * retryable as sent: give the extension in working days or hours.
 */
public final class InvalidExtensionException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the extending action
   * @param message what was given and what is allowed
   */
  public InvalidExtensionException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
