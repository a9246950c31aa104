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

import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The procedures an agency runs: several versions per national code, each in force from its
 * effective date until the next version takes effect. New dossiers take the version in force on the
 * day they are received ({@link #inForce}); a running dossier keeps the version it started on
 * ({@link #version}).
 *
 * <p>Versions of one code must take effect in version order: version 3 later than version 2. A
 * second copy of a version, or a second version in force from the same date, is refused with {@link
 * DuplicateProcedureException}; a version out of order with {@link ProcedureVersionOrderException};
 * both are {@link ProcedureVersionRefusedException}s.
 *
 * <p>Thread-safe: lookups never block and see each addition whole; additions of one code are
 * serialised.
 */
public final class ProcedureCatalog {
  private final Map<String, ImmutableSortedMap<Integer, Procedure>> byCode =
      new ConcurrentHashMap<>();

  /** Creates an empty catalog. */
  public ProcedureCatalog() {}

  /**
   * Returns a catalog holding procedures.
   *
   * @param procedures the procedures
   * @return the catalog
   * @throws DuplicateProcedureException if two clash
   * @throws ProcedureVersionOrderException if versions of a code take effect out of order
   */
  public static ProcedureCatalog of(Procedure... procedures) {
    ProcedureCatalog c = new ProcedureCatalog();
    for (Procedure p : procedures) {
      c.add(p);
    }
    return c;
  }

  /**
   * Adds a procedure version.
   *
   * @param procedure the procedure
   * @return this catalog
   * @throws DuplicateProcedureException if the catalog holds the same version of the code, or
   *     another version in force from the same date
   * @throws ProcedureVersionOrderException if a lower version of the code takes effect later, or a
   *     higher one earlier
   */
  public ProcedureCatalog add(Procedure procedure) {
    requireNonNull(procedure, "procedure");
    byCode.compute(
        procedure.code(),
        (code, versions) -> {
          if (versions == null) {
            return ImmutableSortedMap.of(procedure.version(), procedure);
          }
          check(versions, procedure);
          return ImmutableSortedMap.<Integer, Procedure>naturalOrder()
              .putAll(versions)
              .put(procedure.version(), procedure)
              .build();
        });
    return this;
  }

  /**
   * Adds several procedure versions, one after the other.
   *
   * @param procedures the procedures
   * @return this catalog
   * @throws DuplicateProcedureException as {@link #add}
   * @throws ProcedureVersionOrderException as {@link #add}
   */
  public ProcedureCatalog addAll(Collection<Procedure> procedures) {
    requireNonNull(procedures, "procedures");
    procedures.forEach(this::add);
    return this;
  }

  private static String named(Procedure p) {
    return "procedure " + p.code() + " version " + p.version();
  }

  private static void check(ImmutableSortedMap<Integer, Procedure> versions, Procedure p) {
    Procedure same = versions.get(p.version());
    if (same != null) {
      throw new DuplicateProcedureException(
          p.code(),
          p.version(),
          p.effectiveFrom(),
          named(p)
              + " is already in the catalog (effective from "
              + same.effectiveFrom()
              + "); give the amendment a new version number");
    }
    for (Procedure other : versions.values()) {
      if (other.effectiveFrom().equals(p.effectiveFrom())) {
        throw new DuplicateProcedureException(
            p.code(),
            p.version(),
            p.effectiveFrom(),
            named(p)
                + " takes effect on "
                + p.effectiveFrom()
                + ", the same day as version "
                + other.version()
                + " in the catalog; two versions cannot take effect on one day");
      }
      boolean outOfOrder =
          other.version() < p.version()
              ? other.effectiveFrom().isAfter(p.effectiveFrom())
              : other.effectiveFrom().isBefore(p.effectiveFrom());
      if (outOfOrder) {
        throw new ProcedureVersionOrderException(
            p.code(),
            p.version(),
            p.effectiveFrom(),
            named(p)
                + " takes effect on "
                + p.effectiveFrom()
                + " but version "
                + other.version()
                + " takes effect on "
                + other.effectiveFrom()
                + "; a later version must take effect later");
      }
    }
  }

  /**
   * Returns the version of a procedure in force on a date: the newest version whose effective date
   * is on or before it.
   *
   * @param code the procedure code
   * @param date the date, such as the day a dossier is received
   * @return the version in force, empty if none is (unknown code, or every version later)
   */
  public Optional<Procedure> inForce(String code, LocalDate date) {
    requireNonNull(code, "code");
    requireNonNull(date, "date");
    ImmutableSortedMap<Integer, Procedure> versions = byCode.get(code);
    if (versions == null) {
      return Optional.empty();
    }
    for (Procedure p : versions.descendingMap().values()) {
      if (!p.effectiveFrom().isAfter(date)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the version of a procedure in force on a date, or fails.
   *
   * @param code the procedure code
   * @param date the date
   * @return the version in force
   * @throws ProcedureNotFoundException if no version is in force on that date
   */
  public Procedure requireInForce(String code, LocalDate date) {
    return inForce(code, date)
        .orElseThrow(
            () ->
                new ProcedureNotFoundException(
                    code,
                    null,
                    date,
                    "no version of procedure "
                        + code
                        + " is in force on "
                        + date
                        + "; the catalog holds "
                        + describe(code)));
  }

  /**
   * Returns the newest effective version of a procedure today: the one new dossiers take.
   *
   * @param code the procedure code
   * @param clock the clock; today is taken in its zone (give it {@code Asia/Ho_Chi_Minh})
   * @return the version in force today, if any
   */
  public Optional<Procedure> newestEffective(String code, Clock clock) {
    requireNonNull(clock, "clock");
    return inForce(code, LocalDate.ofInstant(clock.instant(), clock.getZone()));
  }

  /**
   * Returns one version of a procedure, such as the one a running dossier started on.
   *
   * @param code the procedure code
   * @param version the version
   * @return the procedure, if the catalog holds it
   */
  public Optional<Procedure> version(String code, int version) {
    requireNonNull(code, "code");
    ImmutableSortedMap<Integer, Procedure> versions = byCode.get(code);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  /**
   * Returns one version of a procedure, or fails.
   *
   * @param code the procedure code
   * @param version the version
   * @return the procedure
   * @throws ProcedureNotFoundException if the catalog does not hold it
   */
  public Procedure requireVersion(String code, int version) {
    return version(code, version)
        .orElseThrow(
            () ->
                new ProcedureNotFoundException(
                    code,
                    version,
                    null,
                    "procedure "
                        + code
                        + " version "
                        + version
                        + " is not in the catalog; it holds "
                        + describe(code)));
  }

  /**
   * Returns the highest version of a procedure, whether in force yet or not.
   *
   * @param code the procedure code
   * @return the latest version, if any
   */
  public Optional<Procedure> latest(String code) {
    requireNonNull(code, "code");
    ImmutableSortedMap<Integer, Procedure> versions = byCode.get(code);
    return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  /**
   * Returns every version of a procedure, oldest first.
   *
   * @param code the procedure code
   * @return the versions, empty for an unknown code
   */
  public List<Procedure> versions(String code) {
    requireNonNull(code, "code");
    ImmutableSortedMap<Integer, Procedure> versions = byCode.get(code);
    return versions == null ? List.of() : versions.values().asList();
  }

  /**
   * Returns the codes of the procedures held, sorted.
   *
   * @return the codes
   */
  public Set<String> codes() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(byCode.keySet()));
  }

  private String describe(String code) {
    List<String> parts = new ArrayList<>();
    for (Procedure p : versions(code)) {
      parts.add("version " + p.version() + " from " + p.effectiveFrom());
    }
    return parts.isEmpty() ? "no version of it" : String.join(", ", parts);
  }

  @Override
  public String toString() {
    return "ProcedureCatalog" + codes();
  }
}
