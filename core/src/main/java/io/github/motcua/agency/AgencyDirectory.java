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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.calendar.WorkingCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory of agencies and their hierarchy (province → district → ward), used to derive the
 * agency a dossier's step is bound to ("the district above the ward of the applicant"). Immutable
 * and thread-safe; built with {@link #builder()}.
 */
public final class AgencyDirectory {
  private static final AgencyDirectory EMPTY =
      new AgencyDirectory(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of(), List.of());

  private final ImmutableMap<String, Agency> agencies;
  private final ImmutableMap<String, WorkingCalendar> calendars;
  private final ImmutableMap<String, Instant> validFrom;
  private final List<Reorganisation> reorganisations;

  private AgencyDirectory(
      ImmutableMap<String, Agency> agencies,
      ImmutableMap<String, WorkingCalendar> calendars,
      ImmutableMap<String, Instant> validFrom,
      List<Reorganisation> reorganisations) {
    this.calendars = calendars;
    this.validFrom = validFrom;
    this.reorganisations = List.copyOf(reorganisations);
    this.agencies = agencies;
  }

  /**
   * Returns an empty directory: every agency must then be bound explicitly on each dossier.
   *
   * @return the empty directory
   */
  public static AgencyDirectory empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the agencies, in the order added.
   *
   * @return the agencies
   */
  public List<Agency> agencies() {
    return agencies.values().asList();
  }

  /**
   * Returns whether the directory knows no agency.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return agencies.isEmpty();
  }

  /**
   * Finds an agency.
   *
   * @param id the agency id
   * @return the agency, if known
   */
  public Optional<Agency> find(String id) {
    return Optional.ofNullable(agencies.get(requireNonNull(id, "id")));
  }

  /**
   * Returns an agency that must exist.
   *
   * @param id the agency id
   * @return the agency
   * @throws UnknownAgencyException if the directory does not know it
   */
  public Agency get(String id) {
    Agency a = agencies.get(requireNonNull(id, "id"));
    if (a == null) {
      throw new UnknownAgencyException(
          id, "agency '" + id + "' is not in the agency directory (" + agencies.size() + " known)");
    }
    return a;
  }

  /**
   * Returns the ancestors of an agency, nearest first (its parent, then the parent's parent).
   *
   * @param id the agency id
   * @return the ancestors
   * @throws UnknownAgencyException if the directory does not know the agency
   */
  public List<Agency> ancestors(String id) {
    Agency a = get(id);
    ImmutableList.Builder<Agency> out = ImmutableList.builder();
    while (a.parentId().isPresent()) {
      a = agencies.get(a.parentId().get());
      out.add(a);
    }
    return out.build();
  }

  /**
   * Returns the nearest ancestor of an agency that is of a kind ("the district above the ward").
   *
   * @param id the agency id
   * @param kind the kind looked for
   * @return the nearest ancestor of that kind
   * @throws UnknownAgencyException if the agency is unknown or has no ancestor of that kind
   */
  public Agency nearestAncestorOfKind(String id, String kind) {
    requireNonNull(kind, "kind");
    for (Agency a : ancestors(id)) {
      if (a.kind().equals(kind)) {
        return a;
      }
    }
    throw new UnknownAgencyException(
        id, "agency '" + id + "' has no ancestor of kind '" + kind + "' in the agency directory");
  }

  /**
   * Returns the reorganisations recorded, by effective instant.
   *
   * @return the reorganisations
   */
  public List<Reorganisation> reorganisations() {
    return reorganisations;
  }

  /**
   * Returns a recorded reorganisation.
   *
   * @param id its id
   * @return the reorganisation
   * @throws UnknownAgencyException if none has that id (the message lists the ids recorded)
   */
  public Reorganisation reorganisation(String id) {
    requireNonNull(id, "id");
    for (Reorganisation r : reorganisations) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new UnknownAgencyException(
        id,
        "no reorganisation '"
            + id
            + "' is recorded in the agency directory; recorded: "
            + (reorganisations.isEmpty()
                ? "none"
                : String.join(", ", reorganisations.stream().map(Reorganisation::id).toList())));
  }

  /**
   * Returns when an agency began: the instant given when it was added, else always.
   *
   * @param id the agency id
   * @return the instant it began, if not always
   * @throws UnknownAgencyException if the directory does not know it
   */
  public Optional<Instant> validFrom(String id) {
    get(id);
    return Optional.ofNullable(validFrom.get(id));
  }

  /**
   * Returns when an agency ceased: the effective instant of the reorganisation in which it is a
   * predecessor, if any.
   *
   * @param id the agency id
   * @return the instant it ceased, if it did
   * @throws UnknownAgencyException if the directory does not know it
   */
  public Optional<Instant> validUntil(String id) {
    get(id);
    return ceasedBy(id).map(Reorganisation::effectiveAt);
  }

  /**
   * Returns whether an agency exists at an instant: begun and not yet ceased.
   *
   * @param id the agency id
   * @param at the instant
   * @return whether it is valid then
   * @throws UnknownAgencyException if the directory does not know it
   */
  public boolean isValidAt(String id, Instant at) {
    requireNonNull(at, "at");
    Optional<Instant> from = validFrom(id);
    Optional<Instant> until = validUntil(id);
    return (from.isEmpty() || !at.isBefore(from.get()))
        && (until.isEmpty() || at.isBefore(until.get()));
  }

  /**
   * Returns the reorganisation in which an agency ceased, if any.
   *
   * @param id the agency id
   * @return the reorganisation
   */
  public Optional<Reorganisation> ceasedBy(String id) {
    for (Reorganisation r : reorganisations) {
      if (r.predecessors().contains(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the agency that carries on an agency's work at an instant: itself while valid, else its
   * successor's successor and so on (the first successor of a split).
   *
   * @param id the agency id
   * @param at the instant
   * @return the agency id valid at that instant, or the last successor reached
   * @throws UnknownAgencyException if the directory does not know it
   */
  public String successorAt(String id, Instant at) {
    String cur = get(id).id();
    for (int guard = 0; guard <= reorganisations.size(); guard++) {
      Optional<Reorganisation> r = ceasedBy(cur);
      if (r.isEmpty() || at.isBefore(r.get().effectiveAt())) {
        return cur;
      }
      cur = r.get().successorOf(cur);
    }
    return cur;
  }

  /**
   * Returns the working calendar an agency counts deadlines on: its own if one was given, else the
   * nearest ancestor's (a province's local holiday applies to the agencies under it), else empty
   * (the engine's default calendar applies).
   *
   * @param id the agency id
   * @return the calendar, if the agency or an ancestor has one
   */
  public Optional<WorkingCalendar> calendarOf(String id) {
    if (calendars.isEmpty()) {
      return Optional.empty();
    }
    WorkingCalendar own = calendars.get(requireNonNull(id, "id"));
    if (own != null || !agencies.containsKey(id)) {
      return Optional.ofNullable(own);
    }
    for (Agency a : ancestors(id)) {
      WorkingCalendar c = calendars.get(a.id());
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "AgencyDirectory[" + agencies.size() + " agencies]";
  }

  /** Builds an {@link AgencyDirectory}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, Instant> validFrom = new LinkedHashMap<>();
    private final List<Reorganisation> reorganisations = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an agency that began at an instant (a commune created by a reorganisation); before it no
     * dossier may be bound to it.
     *
     * @param agency the agency
     * @param from when it began
     * @return this builder
     * @throws IllegalArgumentException if an agency with the same id was already added
     */
    public Builder add(Agency agency, Instant from) {
      add(agency);
      validFrom.put(agency.id(), requireNonNull(from, "from"));
      return this;
    }

    /**
     * Records a reorganisation; its agencies may be added before or after.
     *
     * @param reorganisation the reorganisation
     * @return this builder
     * @throws IllegalArgumentException if one with the same id was already recorded
     */
    public Builder reorganise(Reorganisation reorganisation) {
      requireNonNull(reorganisation, "reorganisation");
      for (Reorganisation r : reorganisations) {
        if (r.id().equals(reorganisation.id())) {
          throw new IllegalArgumentException(
              "reorganisation '" + r.id() + "' was already recorded");
        }
      }
      reorganisations.add(reorganisation);
      return this;
    }

    /**
     * Gives an agency (and the agencies under it that have none of their own) its working calendar,
     * typically a variant of the national one ({@link WorkingCalendar#variant}): a desk that works
     * Saturday mornings, a province that closes on a local holiday.
     *
     * @param agencyId the agency, added before or after
     * @param calendar its calendar
     * @return this builder
     * @throws IllegalArgumentException if the agency already has a calendar
     */
    public Builder calendar(String agencyId, WorkingCalendar calendar) {
      requireNonNull(agencyId, "agencyId");
      requireNonNull(calendar, "calendar");
      if (calendars.putIfAbsent(agencyId, calendar) != null) {
        throw new IllegalArgumentException("agency '" + agencyId + "' already has a calendar");
      }
      return this;
    }

    /**
     * Adds an agency. Its parent may be added later.
     *
     * @param agency the agency
     * @return this builder
     * @throws IllegalArgumentException if an agency with the same id was already added
     */
    public Builder add(Agency agency) {
      requireNonNull(agency, "agency");
      if (agencies.putIfAbsent(agency.id(), agency) != null) {
        throw new IllegalArgumentException("agency '" + agency.id() + "' was already added");
      }
      return this;
    }

    /**
     * Validates and builds the directory.
     *
     * @return the directory
     * @throws IllegalStateException if a parent is missing or the parents form a cycle
     */
    public AgencyDirectory build() {
      List<String> problems = new ArrayList<>();
      for (Agency a : agencies.values()) {
        if (a.parentId().isPresent() && !agencies.containsKey(a.parentId().get())) {
          problems.add(
              "agency '"
                  + a.id()
                  + "' names parent '"
                  + a.parentId().get()
                  + "', which is unknown");
          continue;
        }
        Set<String> seen = new HashSet<>();
        Agency cur = a;
        while (cur != null && cur.parentId().isPresent()) {
          if (!seen.add(cur.id())) {
            problems.add("agency '" + a.id() + "' is its own ancestor (a cycle of parents)");
            break;
          }
          cur = agencies.get(cur.parentId().get());
        }
      }
      for (String id : calendars.keySet()) {
        if (!agencies.containsKey(id)) {
          problems.add("a calendar is given for agency '" + id + "', which is unknown");
        }
      }
      Map<String, String> ceased = new LinkedHashMap<>();
      for (Reorganisation r : reorganisations) {
        for (String id : r.predecessors()) {
          if (!agencies.containsKey(id)) {
            problems.add("reorganisation '" + r.id() + "' names agency '" + id + "', unknown");
          } else if (ceased.putIfAbsent(id, r.id()) != null) {
            problems.add(
                "agency '"
                    + id
                    + "' ceases in two reorganisations, '"
                    + ceased.get(id)
                    + "' and '"
                    + r.id()
                    + "'");
          }
        }
        for (String id : r.successors()) {
          if (!agencies.containsKey(id)) {
            problems.add("reorganisation '" + r.id() + "' names agency '" + id + "', unknown");
          } else if (validFrom.containsKey(id) && validFrom.get(id).isAfter(r.effectiveAt())) {
            problems.add(
                "agency '"
                    + id
                    + "' takes over in reorganisation '"
                    + r.id()
                    + "' before it begins ("
                    + validFrom.get(id)
                    + ")");
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "the agency directory is inconsistent: " + String.join("; ", problems));
      }
      List<Reorganisation> sorted = new ArrayList<>(reorganisations);
      sorted.sort(java.util.Comparator.comparing(Reorganisation::effectiveAt));
      return new AgencyDirectory(
          ImmutableMap.copyOf(agencies),
          ImmutableMap.copyOf(calendars),
          ImmutableMap.copyOf(validFrom),
          sorted);
    }
  }
}
