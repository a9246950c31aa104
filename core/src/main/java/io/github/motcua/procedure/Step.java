package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.TimeLimit;

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
}
