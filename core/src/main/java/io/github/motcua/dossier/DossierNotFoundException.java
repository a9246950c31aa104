package io.github.motcua.dossier;

import io.github.motcua.RefusedException;

/** No dossier has the id (or number) asked for. */
public final class DossierNotFoundException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;

  /**
   * Creates the exception.
   *
   * @param dossierId the id (or number) looked up
   */
  public DossierNotFoundException(String dossierId) {
    super("no dossier with id '" + dossierId + "'");
    this.dossierId = dossierId;
  }

  /**
   * Returns the id looked up.
   *
   * @return the id
   */
  public String dossierId() {
    return dossierId;
  }
}
