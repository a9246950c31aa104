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
package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The dossiers statistics read: received by an agency (or any), competent at an agency (or any), of
 * a procedure (or any), that touch a period {@code [from, to)}: received before its end and not
 * finished before its start. An agency counts the dossiers it received, or (by the competent
 * agency) those it handles though another agency received them (a service centre receives dossiers
 * regardless of administrative boundary). The competent agency is the one competent at the end of
 * the period ({@link io.github.motcua.dossier.Dossier#competentAgencyAt}), so that statistics of a
 * period before a reorganisation still show the agencies of that time.
 *
 * @param receivingAgencyId the receiving agency, or empty for all
 * @param procedureCode the procedure code, or empty for all
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param competentAgencyId the agency competent at the end of the period, or empty for all
 */
public record StatisticsScope(
    Optional<String> receivingAgencyId,
    Optional<String> procedureCode,
    Instant from,
    Instant to,
    Optional<String> competentAgencyId) {
  /**
   * A scope by receiving agency (or all agencies).
   *
   * @param receivingAgencyId the receiving agency, if any
   * @param procedureCode the procedure, if any
   * @param from the start, inclusive
   * @param to the end, exclusive
   */
  public StatisticsScope(
      Optional<String> receivingAgencyId,
      Optional<String> procedureCode,
      Instant from,
      Instant to) {
    this(receivingAgencyId, procedureCode, from, to, Optional.empty());
  }

  /**
   * A scope by competent agency: the dossiers an agency handles, wherever they were received.
   *
   * @param competentAgencyId the agency competent at the end of the period
   * @param procedureCode the procedure, if any
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the scope
   */
  public static StatisticsScope competentAgency(
      String competentAgencyId, Optional<String> procedureCode, Instant from, Instant to) {
    return new StatisticsScope(
        Optional.empty(),
        procedureCode,
        from,
        to,
        Optional.of(requireNonNull(competentAgencyId, "competentAgencyId")));
  }

  /**
   * Whether a dossier is in this scope; what a store selects (a SQL store may narrow with indexed
   * columns first, then apply this).
   *
   * @param d the dossier
   * @return whether it is in the scope
   */
  public boolean includes(io.github.motcua.dossier.Dossier d) {
    if (receivingAgencyId.isPresent() && !receivingAgencyId.get().equals(d.receivingAgencyId())) {
      return false;
    }
    if (procedureCode.isPresent() && !procedureCode.get().equals(d.procedureCode())) {
      return false;
    }
    if (!d.receivedAt().isBefore(to)) {
      return false;
    }
    if (d.finishedAt().isPresent() && d.finishedAt().get().isBefore(from)) {
      return false;
    }
    // the agency competent at the last instant of the period, which excludes its end
    return competentAgencyId.isEmpty()
        || competentAgencyId.get().equals(d.competentAgencyAt(to.minusNanos(1)));
  }

  /**
   * Validates.
   *
   * @param receivingAgencyId the agency, if any
   * @param procedureCode the procedure, if any
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param competentAgencyId the competent agency, if any
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public StatisticsScope {
    requireNonNull(competentAgencyId, "competentAgencyId");
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
