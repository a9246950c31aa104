package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The dossiers statistics read: received by an agency (or any), of a procedure (or any), that touch
 * a period {@code [from, to)}: received before its end and not finished before its start.
 *
 * @param receivingAgencyId the receiving agency, or empty for all
 * @param procedureCode the procedure code, or empty for all
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 */
public record StatisticsScope(
    Optional<String> receivingAgencyId, Optional<String> procedureCode, Instant from, Instant to) {
  /**
   * Validates.
   *
   * @param receivingAgencyId the agency, if any
   * @param procedureCode the procedure, if any
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public StatisticsScope {
    requireNonNull(receivingAgencyId, "receivingAgencyId");
    requireNonNull(procedureCode, "procedureCode");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "period ends (" + to + ") before it starts (" + from + ")");
    }
  }
}
