package io.github.motcua.procedure;

import java.time.LocalDate;

/**
 * A procedure was added to a {@link ProcedureCatalog} that already holds the same version of the
 * same code, or another version of that code in force from the same date.
 */
public class DuplicateProcedureException extends ProcedureVersionRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code the procedure code
   * @param version the version refused
   * @param effectiveFrom its effective date
   * @param message what it clashes with
   */
  public DuplicateProcedureException(
      String code, int version, LocalDate effectiveFrom, String message) {
    super(code, version, effectiveFrom, message);
  }
}
