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

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An agency (cơ quan): a one-stop desk, a ward, a district committee, a department, a tax office.
 * Agencies form a tree through their parents.
 *
 * @param id the agency id, unique in its directory; an opaque code such as {@code
 *     "dn-hc-thuanphuoc"}
 * @param name a readable name
 * @param kind the kind of agency, such as {@code "ward"}, {@code "district"}, {@code "province"};
 *     derived agency roles look ancestors up by kind
 * @param parentId the id of the agency directly above, if any
 */
public record Agency(String id, String name, String kind, Optional<String> parentId) {
  /**
   * Validates.
   *
   * @param id the agency id, not blank
   * @param name a readable name
   * @param kind the kind of agency
   * @param parentId the parent id, if any
   * @throws IllegalArgumentException if the id is blank or the agency is its own parent
   */
  public Agency {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(parentId, "parentId");
    if (id.isBlank()) {
      throw new IllegalArgumentException("agency id must not be blank");
    }
    if (parentId.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException("agency '" + id + "' cannot be its own parent");
    }
  }

  /**
   * Returns a top-level agency (no parent).
   *
   * @param id the agency id
   * @param name a readable name
   * @param kind the kind of agency
   * @return the agency
   */
  public static Agency root(String id, String name, String kind) {
    return new Agency(id, name, kind, Optional.empty());
  }

  /**
   * Returns an agency under a parent.
   *
   * @param id the agency id
   * @param name a readable name
   * @param kind the kind of agency
   * @param parentId the id of the agency directly above
   * @return the agency
   */
  public static Agency under(String parentId, String id, String name, String kind) {
    return new Agency(id, name, kind, Optional.of(requireNonNull(parentId, "parentId")));
  }
}
