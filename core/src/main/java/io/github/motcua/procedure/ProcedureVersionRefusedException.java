package io.github.motcua.procedure;

import io.github.motcua.MotcuaException;
import java.time.LocalDate;

/**
 * A {@link ProcedureCatalog} refused to add a procedure version; the catalog is unchanged. Catch
 * this type for every such refusal; the subtypes say why: {@link DuplicateProcedureException} (the
 * same version, or another version in force from the same date) and {@link
 * ProcedureVersionOrderException} (the versions would take effect out of order).
 */
public abstract class ProcedureVersionRefusedException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The procedure code. */
  private final String code;

  /** The version refused. */
  private final int version;

  /** The effective date of the version refused. */
  private final LocalDate effectiveFrom;

  /**
   * Creates the exception.
   *
   * @param code the procedure code
   * @param version the version refused
   * @param effectiveFrom its effective date
   * @param message what it clashes with and what is allowed
   */
  protected ProcedureVersionRefusedException(
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
