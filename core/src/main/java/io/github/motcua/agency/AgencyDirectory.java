package io.github.motcua.agency;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.calendar.WorkingCalendar;
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
      new AgencyDirectory(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<String, Agency> agencies;
  private final ImmutableMap<String, WorkingCalendar> calendars;

  private AgencyDirectory(
      ImmutableMap<String, Agency> agencies, ImmutableMap<String, WorkingCalendar> calendars) {
    this.calendars = calendars;
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

    private Builder() {}

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
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "the agency directory is inconsistent: " + String.join("; ", problems));
      }
      return new AgencyDirectory(ImmutableMap.copyOf(agencies), ImmutableMap.copyOf(calendars));
    }
  }
}
