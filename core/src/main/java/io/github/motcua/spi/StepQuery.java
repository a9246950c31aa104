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
import io.github.motcua.dossier.StepInstance;
import java.time.Instant;
import java.util.Optional;

/**
 * Which active step instances to list, most urgent first (due instant ascending, instances without
 * a due instant last, then dossier id, then instance id), one keyset page at a time.
 *
 * <p>A worklist is a query with an agency and a staff role; with a user it lists the instances
 * assigned to that user and those assigned to nobody. {@code dueBefore} keeps the instances due
 * strictly before an instant (overdue when it is now); {@code dueSoonBy} keeps those whose due-soon
 * instant is at or before an instant. {@code assignee} keeps only the instances assigned to one
 * user (a leader's view of a colleague's work); {@code filter} keeps only the instances whose
 * dossier it keeps (procedure, status, received period, number or applicant prefix). Built with
 * {@link #builder(int)} or the factory methods.
 *
 * <p>A SQL store serves the order and the page from the index whose leading columns are the query's
 * equalities on the step (agency, role or assignee); the dossier criteria are checked on the joined
 * dossier row.
 *
 * @param agencyId the agency the steps are bound to, or empty for all agencies
 * @param staffRole the staff role, or empty for all roles
 * @param userId the user, or empty for everybody
 * @param dueBefore keep instances with a due instant strictly before this, if set
 * @param dueSoonBy keep instances with a due-soon instant at or before this, if set
 * @param after start strictly after this position, if set
 * @param limit the page size, 1 to 1000
 * @param assignee keep only instances assigned to this user, if set
 * @param filter keep only instances whose dossier this keeps
 */
public record StepQuery(
    Optional<String> agencyId,
    Optional<String> staffRole,
    Optional<String> userId,
    Optional<Instant> dueBefore,
    Optional<Instant> dueSoonBy,
    Optional<WorklistCursor> after,
    int limit,
    Optional<String> assignee,
    DossierFilter filter) {

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
   * @param assignee the assignee, if any
   * @param filter the dossier criteria
   * @throws IllegalArgumentException if the limit is outside 1 to {@value #MAX_LIMIT}, or a role,
   *     user or assignee is given without an agency
   */
  public StepQuery {
    requireNonNull(assignee, "assignee");
    requireNonNull(filter, "filter");
    requireNonNull(agencyId, "agencyId");
    requireNonNull(staffRole, "staffRole");
    requireNonNull(userId, "userId");
    requireNonNull(dueBefore, "dueBefore");
    requireNonNull(dueSoonBy, "dueSoonBy");
    requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("page limit must be 1 to " + MAX_LIMIT + "; got " + limit);
    }
    if (agencyId.isEmpty()
        && (staffRole.isPresent() || userId.isPresent() || assignee.isPresent())) {
      throw new IllegalArgumentException("a staff role, user or assignee filter needs an agency");
    }
  }

  /**
   * Creates a query without an assignee or dossier criteria (the form before those filters).
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
  public StepQuery(
      Optional<String> agencyId,
      Optional<String> staffRole,
      Optional<String> userId,
      Optional<Instant> dueBefore,
      Optional<Instant> dueSoonBy,
      Optional<WorklistCursor> after,
      int limit) {
    this(
        agencyId,
        staffRole,
        userId,
        dueBefore,
        dueSoonBy,
        after,
        limit,
        Optional.empty(),
        DossierFilter.ALL);
  }

  /**
   * Starts a query of every active step instance; narrow it with the builder.
   *
   * @param limit the page size, 1 to {@value #MAX_LIMIT}
   * @return the builder
   */
  public static Builder builder(int limit) {
    return new Builder(limit);
  }

  /**
   * Returns a builder holding this query.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(limit);
    b.agencyId = agencyId.orElse(null);
    b.staffRole = staffRole.orElse(null);
    b.userId = userId.orElse(null);
    b.dueBefore = dueBefore.orElse(null);
    b.dueSoonBy = dueSoonBy.orElse(null);
    b.after = after.orElse(null);
    b.assignee = assignee.orElse(null);
    b.filter = filter;
    return b;
  }

  /**
   * Returns whether an active step instance of a dossier passes every criterion but the position:
   * the definition a SQL store's conditions must agree with.
   *
   * @param d the dossier
   * @param s one of its active step instances
   * @return true when kept
   */
  public boolean matches(Dossier d, StepInstance s) {
    if (agencyId.isPresent() && !agencyId.get().equals(s.agencyId())) {
      return false;
    }
    if (staffRole.isPresent() && !staffRole.get().equals(s.staffRole())) {
      return false;
    }
    if (userId.isPresent() && s.assignee().isPresent() && !s.assignee().equals(userId)) {
      return false;
    }
    if (assignee.isPresent() && !s.assignee().equals(assignee)) {
      return false;
    }
    if (dueBefore.isPresent()
        && (s.dueAt().isEmpty() || !s.dueAt().get().isBefore(dueBefore.get()))) {
      return false;
    }
    if (dueSoonBy.isPresent()
        && (s.dueSoonAt().isEmpty() || s.dueSoonAt().get().isAfter(dueSoonBy.get()))) {
      return false;
    }
    return filter.matches(d);
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
    return toBuilder().forUser(userId).build();
  }

  /**
   * Returns this query starting after a position (the next page).
   *
   * @param cursor the position
   * @return the query
   */
  public StepQuery after(WorklistCursor cursor) {
    return toBuilder().after(cursor).build();
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

  /** Builds a {@link StepQuery}. Not thread-safe. */
  public static final class Builder {
    private final int limit;
    private String agencyId;
    private String staffRole;
    private String userId;
    private Instant dueBefore;
    private Instant dueSoonBy;
    private WorklistCursor after;
    private String assignee;
    private DossierFilter filter = DossierFilter.ALL;

    private Builder(int limit) {
      this.limit = limit;
    }

    /**
     * Keeps the instances bound to an agency.
     *
     * @param agencyId the agency
     * @return this builder
     */
    public Builder agency(String agencyId) {
      this.agencyId = requireNonNull(agencyId, "agencyId");
      return this;
    }

    /**
     * Keeps the instances of a staff role (needs an agency).
     *
     * @param staffRole the staff role
     * @return this builder
     */
    public Builder staffRole(String staffRole) {
      this.staffRole = requireNonNull(staffRole, "staffRole");
      return this;
    }

    /**
     * Keeps the instances assigned to a user or to nobody (an officer's own worklist; needs an
     * agency).
     *
     * @param userId the user
     * @return this builder
     */
    public Builder forUser(String userId) {
      this.userId = requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Keeps only the instances assigned to a user (needs an agency).
     *
     * @param userId the user
     * @return this builder
     */
    public Builder assignee(String userId) {
      this.assignee = requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Keeps the instances due strictly before an instant (overdue when it is now).
     *
     * @param instant the bound
     * @return this builder
     */
    public Builder dueBefore(Instant instant) {
      this.dueBefore = requireNonNull(instant, "instant");
      return this;
    }

    /**
     * Keeps the instances due soon by an instant (due-soon instant at or before it).
     *
     * @param instant the bound
     * @return this builder
     */
    public Builder dueSoonBy(Instant instant) {
      this.dueSoonBy = requireNonNull(instant, "instant");
      return this;
    }

    /**
     * Keeps the instances whose dossier a filter keeps.
     *
     * @param filter the dossier criteria
     * @return this builder
     */
    public Builder filter(DossierFilter filter) {
      this.filter = requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Starts after a position.
     *
     * @param cursor the position
     * @return this builder
     */
    public Builder after(WorklistCursor cursor) {
      this.after = requireNonNull(cursor, "cursor");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException if the limit is out of range, or a role, user or assignee is
     *     given without an agency
     */
    public StepQuery build() {
      return new StepQuery(
          Optional.ofNullable(agencyId),
          Optional.ofNullable(staffRole),
          Optional.ofNullable(userId),
          Optional.ofNullable(dueBefore),
          Optional.ofNullable(dueSoonBy),
          Optional.ofNullable(after),
          limit,
          Optional.ofNullable(assignee),
          filter);
    }
  }
}
