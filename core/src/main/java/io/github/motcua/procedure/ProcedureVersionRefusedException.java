/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
