package io.github.motcua.procedure;

import io.github.motcua.MotcuaException;
import java.time.LocalDate;

/**
 * A procedure was added to a {@link ProcedureCatalog} that already holds the same version of the
 * same code, or another version of that code in force from the same date.
 */
public class DuplicateProcedureException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The procedure code. */
  private final String code;

  /** The version concerned. */
  private final int version;

  /** The effective date of the version concerned. */
  private final LocalDate effectiveFrom;

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
    super(message);
    this.code = code;
    this.version = version;
    this.effectiveFrom = effectiveFrom;
  }

  /**
   * Returns the procedure code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the version refused.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns the effective date of the version refused.
   *
   * @return the date
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }
}
