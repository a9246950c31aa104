package io.github.motcua.agency;

import io.github.motcua.MotcuaException;

/** An agency id is not in the agency directory, or no ancestor of the kind asked for exists. */
public final class UnknownAgencyException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String agencyId;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id looked up
   * @param message what was looked for, where, and what is known
   */
  public UnknownAgencyException(String agencyId, String message) {
    super(message);
    this.agencyId = agencyId;
  }

  /**
   * Returns the agency id looked up.
   *
   * @return the id
   */
  public String agencyId() {
    return agencyId;
  }
}
