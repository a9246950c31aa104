package io.github.motcua.engine;

import io.github.motcua.RefusedException;

/** An agency role of the procedure cannot be bound to an agency for the dossier. */
public final class AgencyBindingException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String agencyRole;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param agencyRole the agency role concerned
   * @param message what was wrong, where, and what is allowed
   */
  public AgencyBindingException(String dossierId, String agencyRole, String message) {
    super(message);
    this.dossierId = dossierId;
    this.agencyRole = agencyRole;
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
   * Returns the agency role concerned.
   *
   * @return the value
   */
  public String agencyRole() {
    return agencyRole;
  }
}
