package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Which active step instances to list, most urgent first (due instant ascending, instances without
 * a due instant last, then dossier id, then instance id), one keyset page at a time.
 *
 * <p>A worklist is a query with an agency and a staff role; with a user it lists the instances
 * assigned to that user and those assigned to nobody. {@code dueBefore} keeps the instances due
 * strictly before an instant (overdue when it is now); {@code dueSoonBy} keeps those whose due-soon
 * instant is at or before an instant.
 *
 * @param agencyId the agency the steps are bound to, or empty for all agencies
 * @param staffRole the staff role, or empty for all roles
 * @param userId the user, or empty for everybody
 * @param dueBefore keep instances with a due instant strictly before this, if set
 * @param dueSoonBy keep instances with a due-soon instant at or before this, if set
 * @param after start strictly after this position, if set
 * @param limit the page size, 1 to 1000
 */
public record StepQuery(
    Optional<String> agencyId,
    Optional<String> staffRole,
    Optional<String> userId,
    Optional<Instant> dueBefore,
    Optional<Instant> dueSoonBy,
    Optional<WorklistCursor> after,
    int limit) {

  /** The largest page a query may ask for. */
  public static final int MAX_LIMIT = 1000;

  /**
   * Validates.
   *
   * @param agencyId the agency, if any
   * @param staffRole the staff role, if any
   * @param userId the user, if any
   * @param dueBefore the due bound, if any
   * @param dueSoonBy the due-soon bound, if any
   * @param after the position to start after, if any
   * @param limit the page size
   * @throws IllegalArgumentException if the limit is outside 1 to {@value #MAX_LIMIT}, or a role or
   *     user is given without an agency
   */
  public StepQuery {
    requireNonNull(agencyId, "agencyId");
    requireNonNull(staffRole, "staffRole");
    requireNonNull(userId, "userId");
    requireNonNull(dueBefore, "dueBefore");
    requireNonNull(dueSoonBy, "dueSoonBy");
    requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("page limit must be 1 to " + MAX_LIMIT + "; got " + limit);
    }
    if (agencyId.isEmpty() && (staffRole.isPresent() || userId.isPresent())) {
      throw new IllegalArgumentException("a staff role or user filter needs an agency");
    }
  }

  /**
   * Returns the first page of the worklist of a staff role in an agency.
   *
   * @param agencyId the agency
   * @param staffRole the staff role
   * @param limit the page size
   * @return the query
   */
  public static StepQuery worklist(String agencyId, String staffRole, int limit) {
    return new StepQuery(
        Optional.of(requireNonNull(agencyId, "agencyId")),
        Optional.of(requireNonNull(staffRole, "staffRole")),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        limit);
  }

  /**
   * Returns this query restricted to a user (assigned to them, or to nobody).
   *
   * @param userId the user
   * @return the query
   */
  public StepQuery forUser(String userId) {
    return new StepQuery(
        agencyId,
        staffRole,
        Optional.of(requireNonNull(userId, "userId")),
        dueBefore,
        dueSoonBy,
        after,
        limit);
  }

  /**
   * Returns this query starting after a position (the next page).
   *
   * @param cursor the position
   * @return the query
   */
  public StepQuery after(WorklistCursor cursor) {
    return new StepQuery(
        agencyId,
        staffRole,
        userId,
        dueBefore,
        dueSoonBy,
        Optional.of(requireNonNull(cursor, "cursor")),
        limit);
  }

  /**
   * Returns the first page of the instances, in an agency or everywhere, due strictly before an
   * instant (overdue at it).
   *
   * @param agencyId the agency, or empty for all
   * @param instant the bound
   * @param limit the page size
   * @return the query
   */
  public static StepQuery dueBefore(Optional<String> agencyId, Instant instant, int limit) {
    return new StepQuery(
        agencyId,
        Optional.empty(),
        Optional.empty(),
        Optional.of(requireNonNull(instant, "instant")),
        Optional.empty(),
        Optional.empty(),
        limit);
  }

  /**
   * Returns the first page of the instances, in an agency or everywhere, whose due-soon instant is
   * at or before an instant.
   *
   * @param agencyId the agency, or empty for all
   * @param instant the bound
   * @param limit the page size
   * @return the query
   */
  public static StepQuery dueSoonBy(Optional<String> agencyId, Instant instant, int limit) {
    return new StepQuery(
        agencyId,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(requireNonNull(instant, "instant")),
        Optional.empty(),
        limit);
  }
}
