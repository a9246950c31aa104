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
