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

import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.DossierStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which dossiers a worklist ({@link StepQuery}) or a search ({@link DossierQuery}) keeps, by the
 * plain fields of their snapshots: receiving agency, procedure, status or national portal status
 * code, received period, and a prefix of the dossier number or of the applicant reference. Every
 * criterion left out keeps everything; the criteria given must all hold. Immutable; built with
 * {@link #builder()}.
 *
 * <p>A SQL store answers each criterion with a real column (status and status code included) and
 * the prefixes with {@code LIKE 'prefix%'} on byte-ordered columns, so that an index range serves
 * them.
 *
 * @param receivingAgencyId the agency that received the dossier, if any
 * @param procedureCode the procedure's national code, if any
 * @param statuses the statuses kept (empty: any)
 * @param portalCodes the national portal status codes kept, 1 to 10 (empty: any)
 * @param receivedFrom keep dossiers received at or after this, if set
 * @param receivedBefore keep dossiers received strictly before this, if set
 * @param numberPrefix keep dossiers whose number starts with this, if set
 * @param applicantRefPrefix keep dossiers whose applicant reference starts with this, if set
 */
public record DossierFilter(
    Optional<String> receivingAgencyId,
    Optional<String> procedureCode,
    Set<DossierStatus> statuses,
    Set<Integer> portalCodes,
    Optional<Instant> receivedFrom,
    Optional<Instant> receivedBefore,
    Optional<String> numberPrefix,
    Optional<String> applicantRefPrefix) {

  /** The filter that keeps every dossier. */
  public static final DossierFilter ALL = builder().build();

  /**
   * Validates and copies.
   *
   * @param receivingAgencyId the receiving agency, if any
   * @param procedureCode the procedure, if any
   * @param statuses the statuses (empty: any)
   * @param portalCodes the portal codes (empty: any)
   * @param receivedFrom the inclusive start of the received period, if any
   * @param receivedBefore the exclusive end of the received period, if any
   * @param numberPrefix the number prefix, if any
   * @param applicantRefPrefix the applicant reference prefix, if any
   * @throws IllegalArgumentException if a portal code is not 1 to 10, a prefix is empty, or the
   *     period ends before it starts
   */
  public DossierFilter {
    requireNonNull(receivingAgencyId, "receivingAgencyId");
    requireNonNull(procedureCode, "procedureCode");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    portalCodes = Set.copyOf(portalCodes);
    requireNonNull(receivedFrom, "receivedFrom");
    requireNonNull(receivedBefore, "receivedBefore");
    requireNonNull(numberPrefix, "numberPrefix");
    requireNonNull(applicantRefPrefix, "applicantRefPrefix");
    for (int code : portalCodes) {
      DossierStatus.ofPortalCode(code);
    }
    if (numberPrefix.filter(String::isEmpty).isPresent()
        || applicantRefPrefix.filter(String::isEmpty).isPresent()) {
      throw new IllegalArgumentException("a prefix filter must not be empty; leave it out instead");
    }
    if (receivedFrom.isPresent()
        && receivedBefore.isPresent()
        && receivedBefore.get().isBefore(receivedFrom.get())) {
      throw new IllegalArgumentException(
          "the received period ends ("
              + receivedBefore.get()
              + ") before it starts ("
              + receivedFrom.get()
              + ")");
    }
  }

  /**
   * Returns a new builder with no criterion.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this filter's criteria.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.receivingAgencyId = receivingAgencyId.orElse(null);
    b.procedureCode = procedureCode.orElse(null);
    b.statuses.addAll(statuses);
    b.portalCodes.addAll(portalCodes);
    b.receivedFrom = receivedFrom.orElse(null);
    b.receivedBefore = receivedBefore.orElse(null);
    b.numberPrefix = numberPrefix.orElse(null);
    b.applicantRefPrefix = applicantRefPrefix.orElse(null);
    return b;
  }

  /**
   * Returns whether a dossier passes every criterion: the one definition a store without indexes
   * applies and a SQL store's conditions must agree with.
   *
   * @param d the dossier
   * @return true when kept
   */
  public boolean matches(Dossier d) {
    return receivingAgencyId.map(a -> a.equals(d.receivingAgencyId())).orElse(true)
        && procedureCode.map(p -> p.equals(d.procedureCode())).orElse(true)
        && (statuses.isEmpty() || statuses.contains(d.status()))
        && (portalCodes.isEmpty() || portalCodes.contains(d.status().portalCode()))
        && receivedFrom.map(f -> !d.receivedAt().isBefore(f)).orElse(true)
        && receivedBefore.map(b -> d.receivedAt().isBefore(b)).orElse(true)
        && numberPrefix.map(p -> d.number().startsWith(p)).orElse(true)
        && applicantRefPrefix.map(p -> d.applicantRef().startsWith(p)).orElse(true);
  }

  /**
   * Returns whether this filter keeps every dossier.
   *
   * @return true when no criterion is set
   */
  public boolean isEmpty() {
    return equals(ALL);
  }

  /** Builds a {@link DossierFilter}. Not thread-safe. */
  public static final class Builder {
    private String receivingAgencyId;
    private String procedureCode;
    private final Set<DossierStatus> statuses = EnumSet.noneOf(DossierStatus.class);
    private final Set<Integer> portalCodes = new TreeSet<>();
    private Instant receivedFrom;
    private Instant receivedBefore;
    private String numberPrefix;
    private String applicantRefPrefix;

    private Builder() {}

    /**
     * Keeps dossiers received by an agency.
     *
     * @param agencyId the agency id
     * @return this builder
     */
    public Builder receivingAgency(String agencyId) {
      this.receivingAgencyId = requireNonNull(agencyId, "agencyId");
      return this;
    }

    /**
     * Keeps dossiers of a procedure (any version).
     *
     * @param code the national procedure code
     * @return this builder
     */
    public Builder procedure(String code) {
      this.procedureCode = requireNonNull(code, "code");
      return this;
    }

    /**
     * Keeps dossiers showing one of these statuses (adds to those already given).
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder status(DossierStatus... statuses) {
      for (DossierStatus s : statuses) {
        this.statuses.add(requireNonNull(s, "status"));
      }
      return this;
    }

    /**
     * Keeps dossiers whose status has one of these national portal codes (adds to those given).
     *
     * @param codes the codes, 1 to 10
     * @return this builder
     * @throws IllegalArgumentException if a code is not 1 to 10
     */
    public Builder portalCode(int... codes) {
      for (int c : codes) {
        DossierStatus.ofPortalCode(c);
        this.portalCodes.add(c);
      }
      return this;
    }

    /**
     * Keeps dossiers received in a period.
     *
     * @param from the inclusive start
     * @param before the exclusive end
     * @return this builder
     */
    public Builder receivedBetween(Instant from, Instant before) {
      this.receivedFrom = requireNonNull(from, "from");
      this.receivedBefore = requireNonNull(before, "before");
      return this;
    }

    /**
     * Keeps dossiers received at or after an instant.
     *
     * @param from the inclusive start
     * @return this builder
     */
    public Builder receivedFrom(Instant from) {
      this.receivedFrom = requireNonNull(from, "from");
      return this;
    }

    /**
     * Keeps dossiers received strictly before an instant.
     *
     * @param before the exclusive end
     * @return this builder
     */
    public Builder receivedBefore(Instant before) {
      this.receivedBefore = requireNonNull(before, "before");
      return this;
    }

    /**
     * Keeps dossiers whose number starts with a prefix.
     *
     * @param prefix the prefix, not empty
     * @return this builder
     */
    public Builder numberPrefix(String prefix) {
      this.numberPrefix = requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Keeps dossiers whose opaque applicant reference starts with a prefix.
     *
     * @param prefix the prefix, not empty
     * @return this builder
     */
    public Builder applicantRefPrefix(String prefix) {
      this.applicantRefPrefix = requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter
     * @throws IllegalArgumentException if a prefix is empty or the period ends before it starts
     */
    public DossierFilter build() {
      return new DossierFilter(
          Optional.ofNullable(receivingAgencyId),
          Optional.ofNullable(procedureCode),
          statuses,
          portalCodes,
          Optional.ofNullable(receivedFrom),
          Optional.ofNullable(receivedBefore),
          Optional.ofNullable(numberPrefix),
          Optional.ofNullable(applicantRefPrefix));
    }
  }
}
