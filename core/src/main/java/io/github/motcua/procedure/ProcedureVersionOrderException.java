package io.github.motcua.procedure;

import io.github.motcua.MotcuaException;
import java.time.LocalDate;

/**
 * A procedure version was added to a {@link ProcedureCatalog} whose effective date does not fit the
 * order of the versions already there: a later version must take effect later.
 */
public class ProcedureVersionOrderException extends MotcuaException {
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
   * @param message which version it conflicts with
   */
  public ProcedureVersionOrderException(
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
