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
 * A dossier search (tra cứu hồ sơ): the dossiers a {@link DossierFilter} keeps, optionally only
 * those due strictly before an instant (overdue when it is now, due soon when it is now plus a
 * horizon) and those with an active step assigned to a user, newest received first (received
 * instant descending, then id descending), one keyset page at a time. Immutable; built with {@link
 * #builder(int)}.
 *
 * @param filter the dossier criteria
 * @param dueBefore keep dossiers whose own due instant is strictly before this, if set (a paused or
 *     finished dossier has none and is not kept)
 * @param assignee keep dossiers with an active step assigned to this user, if set
 * @param after start strictly after this position, if set
 * @param limit the page size, 1 to {@value StepQuery#MAX_LIMIT}
 */
public record DossierQuery(
    DossierFilter filter,
    Optional<Instant> dueBefore,
    Optional<String> assignee,
    Optional<DossierCursor> after,
    int limit) {

  /**
   * Validates.
   *
   * @param filter the criteria
   * @param dueBefore the due bound, if any
   * @param assignee the assignee, if any
   * @param after the position to start after, if any
   * @param limit the page size
   * @throws IllegalArgumentException if the limit is outside 1 to {@value StepQuery#MAX_LIMIT}
   */
  public DossierQuery {
    requireNonNull(filter, "filter");
    requireNonNull(dueBefore, "dueBefore");
    requireNonNull(assignee, "assignee");
    requireNonNull(after, "after");
    if (limit < 1 || limit > StepQuery.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "page limit must be 1 to " + StepQuery.MAX_LIMIT + "; got " + limit);
    }
  }

  /**
   * Starts a query.
   *
   * @param limit the page size, 1 to {@value StepQuery#MAX_LIMIT}
   * @return the builder
   */
  public static Builder builder(int limit) {
    return new Builder(limit);
  }

  /**
   * Returns this query starting after a position (the next page).
   *
   * @param cursor the position
   * @return the query
   */
  public DossierQuery after(DossierCursor cursor) {
    return new DossierQuery(
        filter, dueBefore, assignee, Optional.of(requireNonNull(cursor, "cursor")), limit);
  }

  /**
   * Returns whether a dossier passes every criterion but the position: the definition a SQL store's
   * conditions must agree with.
   *
   * @param d the dossier
   * @return true when kept
   */
  public boolean matches(Dossier d) {
    if (!filter.matches(d)) {
      return false;
    }
    if (dueBefore.isPresent()
        && (d.dueAt().isEmpty() || !d.dueAt().get().isBefore(dueBefore.get()))) {
      return false;
    }
    if (assignee.isPresent()) {
      for (StepInstance s : d.activeSteps()) {
        if (s.assignee().equals(assignee)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** Builds a {@link DossierQuery}. Not thread-safe. */
  public static final class Builder {
    private final int limit;
    private DossierFilter filter = DossierFilter.ALL;
    private Instant dueBefore;
    private String assignee;
    private DossierCursor after;

    private Builder(int limit) {
      this.limit = limit;
    }

    /**
     * Sets the dossier criteria (default {@link DossierFilter#ALL}).
     *
     * @param filter the criteria
     * @return this builder
     */
    public Builder filter(DossierFilter filter) {
      this.filter = requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Keeps dossiers due strictly before an instant.
     *
     * @param instant the bound
     * @return this builder
     */
    public Builder dueBefore(Instant instant) {
      this.dueBefore = requireNonNull(instant, "instant");
      return this;
    }

    /**
     * Keeps dossiers with an active step assigned to a user.
     *
     * @param userId the opaque user id
     * @return this builder
     */
    public Builder assignee(String userId) {
      this.assignee = requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Starts after a position.
     *
     * @param cursor the position
     * @return this builder
     */
    public Builder after(DossierCursor cursor) {
      this.after = requireNonNull(cursor, "cursor");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException if the limit is out of range
     */
    public DossierQuery build() {
      return new DossierQuery(
          filter,
          Optional.ofNullable(dueBefore),
          Optional.ofNullable(assignee),
          Optional.ofNullable(after),
          limit);
    }
  }
}
