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
