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

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The competent agency of a dossier changed by a reorganisation of the agencies (sáp nhập, chia
 * tách, đổi tên, giải thể): kept on the dossier so that statistics of a period before the change
 * still count it for the agency competent then.
 *
 * @param at the reorganisation's effective instant
 * @param fromAgencyId the agency competent before
 * @param toAgencyId the successor competent from then on
 * @param reorganisationId the reorganisation that moved it
 */
public record CompetenceChange(
    Instant at, String fromAgencyId, String toAgencyId, String reorganisationId) {
  /**
   * Validates.
   *
   * @param at when
   * @param fromAgencyId the agency before
   * @param toAgencyId the agency after
   * @param reorganisationId the reorganisation
   */
  public CompetenceChange {
    requireNonNull(at, "at");
    requireNonNull(fromAgencyId, "fromAgencyId");
    requireNonNull(toAgencyId, "toAgencyId");
    requireNonNull(reorganisationId, "reorganisationId");
  }
}
