package io.github.motcua.procedure;

/** How a dossier ends, when an action ends it. Each outcome maps to a final status. */
public enum Outcome {
  /** The result is ready for the applicant. */
  RESULT_READY(DossierStatus.RESULT_READY),
  /** The result was returned to the applicant. */
  RETURNED(DossierStatus.RESULT_RETURNED),
  /** The dossier was refused (at intake or after appraisal). */
  REJECTED(DossierStatus.NOT_ACCEPTED),
  /** The applicant withdrew the dossier. */
  WITHDRAWN(DossierStatus.WITHDRAWN),
  /** Processing was stopped, e.g. the applicant did not supplement in time. */
  STOPPED(DossierStatus.STOPPED);

  private final DossierStatus status;

  Outcome(DossierStatus status) {
    this.status = status;
  }

  /**
   * Returns the status a dossier ending with this outcome shows.
   *
   * @return the final status
   */
  public DossierStatus status() {
    return status;
  }
}
