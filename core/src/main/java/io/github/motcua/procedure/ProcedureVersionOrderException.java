package io.github.motcua.procedure;

import java.time.LocalDate;

/**
 * A procedure version was added to a {@link ProcedureCatalog} whose effective date does not fit the
 * order of the versions already there: a later version must take effect later.
 */
public class ProcedureVersionOrderException extends ProcedureVersionRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code the procedure code
   * @param version the version refused
   * @param effectiveFrom its effective date
   * @param message which version it conflicts with
   */
  public ProcedureVersionOrderException(
      String code, int version, LocalDate effectiveFrom, String message) {
    super(code, version, effectiveFrom, message);
  }
}
