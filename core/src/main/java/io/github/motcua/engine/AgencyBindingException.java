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

/** An agency role of the procedure cannot be bound to an agency for the dossier. */
public final class AgencyBindingException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String agencyRole;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param agencyRole the agency role concerned
   * @param message what was wrong, where, and what is allowed
   */
  public AgencyBindingException(String dossierId, String agencyRole, String message) {
    super(message);
    this.dossierId = dossierId;
    this.agencyRole = agencyRole;
  }

  /**
   * Returns the dossier (or the procedure code when there is no dossier yet).
   *
   * @return the id
   */
  public String dossierId() {
    return dossierId;
  }

  /**
   * Returns the agency role concerned.
   *
   * @return the value
   */
  public String agencyRole() {
    return agencyRole;
  }
}
