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

import java.util.List;
import java.util.Optional;

/**
 * A placeholder for an agency, bound per dossier ("desk", "ward", "district land office"). A role
 * may be derived from another: the nearest ancestor of the other role's agency that is of a given
 * kind ("the district above the ward").
 *
 * @param id the role id, unique in the procedure
 * @param name a readable name
 * @param derivedFrom the role this one is derived from, if any
 * @param ancestorKind with {@code derivedFrom}: the agency kind to look for among the ancestors of
 *     that role's agency (e.g. {@code "district"}); empty means the same agency
 */
public record AgencyRole(
    String id, String name, Optional<String> derivedFrom, Optional<String> ancestorKind) {
  /**
   * The agency kinds an {@code ancestorKind} may name: the tiers of local government an agency
   * directory is climbed through. Since 1 July 2025 there are two tiers, the province (tỉnh, or a
   * centrally-run city) and below it the commune (xã), ward (phường) or special zone (đặc khu); the
   * district (huyện, quận) is abolished but still the kind of the agencies of directories and
   * dossiers from before. Source: the house design (DESIGN.md, "Agencies over time"), which cites
   * Decree 118/2025/NĐ-CP; the tier list itself was not checked against the Law on the Organisation
   * of Local Government here.
   */
  public static final List<String> ANCESTOR_KINDS =
      List.of("province", "district", "commune", "ward", "special-zone");

  /**
   * Validates.
   *
   * @param id the role id
   * @param name a readable name
   * @param derivedFrom the role this one is derived from, if any
   * @param ancestorKind the ancestor kind to look for, if any
   */
  public AgencyRole {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(derivedFrom, "derivedFrom");
    requireNonNull(ancestorKind, "ancestorKind");
  }

  /**
   * Returns a role bound explicitly per dossier.
   *
   * @param id the role id
   * @param name a readable name
   * @return the role
   */
  public static AgencyRole bound(String id, String name) {
    return new AgencyRole(id, name, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a role derived from another: the nearest ancestor of that role's agency of a kind.
   *
   * @param id the role id
   * @param name a readable name
   * @param from the role it is derived from
   * @param ancestorKind the agency kind to look for among the ancestors
   * @return the role
   */
  public static AgencyRole ancestorOf(String id, String name, String from, String ancestorKind) {
    return new AgencyRole(id, name, Optional.of(from), Optional.of(ancestorKind));
  }
}
