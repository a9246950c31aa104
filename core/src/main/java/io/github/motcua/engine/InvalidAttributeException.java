package io.github.motcua.engine;

import io.github.motcua.RefusedException;

/** A submitted attribute is not declared, has the wrong type, or a required one is missing. */
public final class InvalidAttributeException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String attribute;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param attribute the attribute concerned
   * @param message what was wrong, where, and what is allowed
   */
  public InvalidAttributeException(String dossierId, String attribute, String message) {
    super(message);
    this.dossierId = dossierId;
    this.attribute = attribute;
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
   * Returns the attribute concerned.
   *
   * @return the value
   */
  public String attribute() {
    return attribute;
  }
}
