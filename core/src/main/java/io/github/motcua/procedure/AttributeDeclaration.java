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

import static java.util.Objects.requireNonNull;

/**
 * A dossier attribute the procedure declares, such as the land area or the applicant's ward.
 *
 * @param name the attribute name, unique in the procedure
 * @param type its type
 * @param required whether a dossier must carry it when submitted
 */
public record AttributeDeclaration(String name, AttributeType type, boolean required) {
  /**
   * The longest {@link AttributeType#STRING} value a dossier accepts, in characters: an attribute
   * is a field of the dossier (a note, an address, a parcel number), not a document, which stays in
   * the host's storage and is referenced by a {@link io.github.motcua.dossier.DocumentRef}.
   */
  public static final int MAX_TEXT_LENGTH = 4000;

  /**
   * Validates.
   *
   * @param name the attribute name
   * @param type its type
   * @param required whether a dossier must carry it
   */
  public AttributeDeclaration {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
  }
}
