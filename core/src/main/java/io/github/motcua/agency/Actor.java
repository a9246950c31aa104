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

import java.util.Set;

/**
 * Who performs an action: a user acting for one agency with one or more staff roles ({@code
 * one-stop-officer}, {@code specialist}, {@code leader}). The user id is an opaque reference from
 * the host's identity system, never a name.
 *
 * @param userId the opaque user id
 * @param agencyId the agency the user acts for
 * @param roles the staff roles the user holds in that agency
 */
public record Actor(String userId, String agencyId, Set<String> roles) {
  /** The user id under which the engine's own timers act. */
  public static final String SYSTEM_USER = "system";

  /**
   * Validates and copies.
   *
   * @param userId the opaque user id
   * @param agencyId the agency the user acts for
   * @param roles the staff roles held there
   */
  public Actor {
    requireNonNull(userId, "userId");
    requireNonNull(agencyId, "agencyId");
    roles = Set.copyOf(roles);
  }

  /**
   * Returns an actor.
   *
   * @param userId the opaque user id
   * @param agencyId the agency the user acts for
   * @param roles the staff roles held there
   * @return the actor
   */
  public static Actor of(String userId, String agencyId, String... roles) {
    return new Actor(userId, agencyId, Set.of(roles));
  }

  /**
   * Returns whether the actor holds a role.
   *
   * @param role the staff role
   * @return true when held
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
