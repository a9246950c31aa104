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
package io.github.motcua.agency;

import io.github.motcua.MotcuaException;

/** An agency id is not in the agency directory, or no ancestor of the kind asked for exists. */
public final class UnknownAgencyException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String agencyId;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id looked up
   * @param message what was looked for, where, and what is known
   */
  public UnknownAgencyException(String agencyId, String message) {
    super(message);
    this.agencyId = agencyId;
  }

  /**
   * Returns the agency id looked up.
   *
   * @return the id
   */
  public String agencyId() {
    return agencyId;
  }
}
