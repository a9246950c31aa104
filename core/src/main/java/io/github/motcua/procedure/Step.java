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

import io.github.motcua.deadline.TimeLimit;
import java.util.ArrayList;
import java.util.List;

/**
 * A step (bước xử lý): a place a dossier waits for someone, such as intake, appraisal, approval or
 * result return.
 *
 * @param id the step id, unique among steps and parallel blocks
 * @param name a readable name
 * @param agencyRole the agency role the step is bound to
 * @param staffRole the staff role that works the step (e.g. {@code one-stop-officer}, {@code
 *     specialist}, {@code leader})
 * @param budget the step's time budget
 * @param status the status the dossier shows while here
 */
public record Step(
    String id,
    String name,
    String agencyRole,
    String staffRole,
    TimeLimit budget,
    DossierStatus status) {
  /**
   * Validates.
   *
   * @param id the step id
   * @param name a readable name
   * @param agencyRole the agency role
   * @param staffRole the staff role
   * @param budget the time budget
   * @param status the status shown
   */
  public Step {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(agencyRole, "agencyRole");
    requireNonNull(staffRole, "staffRole");
    requireNonNull(budget, "budget");
    requireNonNull(status, "status");
  }

  /**
   * Returns a builder for a step. The name defaults to the id and the status to {@link
   * DossierStatus#PROCESSING}; the agency role, staff role and budget must be set.
   *
   * @param id the step id
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(requireNonNull(id, "id"));
  }

  /**
   * Returns a builder holding this step's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.agencyRole = agencyRole;
    b.staffRole = staffRole;
    b.budget = budget;
    b.status = status;
    return b;
  }

  /** Builds a {@link Step}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private String agencyRole;
    private String staffRole;
    private TimeLimit budget;
    private DossierStatus status = DossierStatus.PROCESSING;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the id.
     *
     * @param id the step id, unique among steps and parallel blocks
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the readable name (default: the id).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the agency role the step is bound to.
     *
     * @param agencyRole the id of a declared agency role
     * @return this builder
     */
    public Builder agencyRole(String agencyRole) {
      this.agencyRole = requireNonNull(agencyRole, "agencyRole");
      return this;
    }

    /**
     * Sets the staff role that works the step.
     *
     * @param staffRole the staff role, such as {@code specialist}
     * @return this builder
     */
    public Builder staffRole(String staffRole) {
      this.staffRole = requireNonNull(staffRole, "staffRole");
      return this;
    }

    /**
     * Sets the time budget.
     *
     * @param budget the budget
     * @return this builder
     */
    public Builder budget(TimeLimit budget) {
      this.budget = requireNonNull(budget, "budget");
      return this;
    }

    /**
     * Sets the status the dossier shows while at the step (default {@link
     * DossierStatus#PROCESSING}).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(DossierStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Builds the step. References (the agency role) are checked when the procedure is built.
     *
     * @return the step
     * @throws ProcedureDefinitionException if the agency role, staff role or budget is missing
     */
    public Step build() {
      List<Problem> missing = new ArrayList<>();
      String where = "step '" + id + "'";
      if (agencyRole == null) {
        missing.add(Problem.error(where + ".agencyRole", "the step names no agency role"));
      }
      if (staffRole == null) {
        missing.add(Problem.error(where + ".staffRole", "the step names no staff role"));
      }
      if (budget == null) {
        missing.add(Problem.error(where + ".budget", "the step has no time budget"));
      }
      if (!missing.isEmpty()) {
        throw new ProcedureDefinitionException(null, missing);
      }
      return new Step(id, name == null ? id : name, agencyRole, staffRole, budget, status);
    }
  }
}
