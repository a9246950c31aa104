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
package io.github.motcua.dossier;

import io.github.motcua.RefusedException;

/** No dossier has the id (or number) asked for. */
public final class DossierNotFoundException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;

  /**
   * Creates the exception.
   *
   * @param dossierId the id (or number) looked up
   */
  public DossierNotFoundException(String dossierId) {
    super("no dossier with id '" + dossierId + "'");
    this.dossierId = dossierId;
  }

  /**
   * Returns the id looked up.
   *
   * @return the id
   */
  public String dossierId() {
    return dossierId;
  }
}
