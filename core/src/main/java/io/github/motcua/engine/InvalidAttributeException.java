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
package io.github.motcua.engine;

import io.github.motcua.RefusedException;
import java.util.Optional;

/**
 * A submitted attribute is not declared, has the wrong type, is a number out of bounds, or a
 * required one is missing. Raised at intake, before any dossier exists: then {@link #dossierId()}
 * is empty and {@link #procedureCode()} names the procedure whose declarations refused the value.
 * The message names the attribute, says what was wrong and what is allowed; it never repeats the
 * value given, which may be personal data.
 */
public final class InvalidAttributeException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String procedureCode;

  /** The version of the procedure whose declarations refused the value. */
  private final int procedureVersion;

  private final transient String dossierId;
  private final transient String attribute;

  /**
   * Creates the exception for a value refused at intake, when there is no dossier yet.
   *
   * @param procedureCode the code of the procedure whose declarations refused the value
   * @param procedureVersion its version
   * @param attribute the attribute concerned
   * @param message what was wrong, where, and what is allowed
   */
  public InvalidAttributeException(
      String procedureCode, int procedureVersion, String attribute, String message) {
    this(procedureCode, procedureVersion, null, attribute, message);
  }

  /**
   * Creates the exception for a value refused on an existing dossier.
   *
   * @param procedureCode the code of the procedure whose declarations refused the value
   * @param procedureVersion its version
   * @param dossierId the dossier, or null when there is none yet
   * @param attribute the attribute concerned
   * @param message what was wrong, where, and what is allowed
   */
  public InvalidAttributeException(
      String procedureCode,
      int procedureVersion,
      String dossierId,
      String attribute,
      String message) {
    super(message);
    this.procedureCode = procedureCode;
    this.procedureVersion = procedureVersion;
    this.dossierId = dossierId;
    this.attribute = attribute;
  }

  /**
   * Returns the code of the procedure whose attribute declarations refused the value.
   *
   * @return the procedure code
   */
  public String procedureCode() {
    return procedureCode;
  }

  /**
   * Returns the version of that procedure.
   *
   * @return the version
   */
  public int procedureVersion() {
    return procedureVersion;
  }

  /**
   * Returns the dossier concerned.
   *
   * @return the dossier id; empty when the value was refused at intake, before a dossier existed
   */
  public Optional<String> dossierId() {
    return Optional.ofNullable(dossierId);
  }

  /**
   * Returns the attribute concerned.
   *
   * @return the attribute name
   */
  public String attribute() {
    return attribute;
  }
}
