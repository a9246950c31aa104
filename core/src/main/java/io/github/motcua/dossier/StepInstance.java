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
package io.github.motcua.dossier;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.DeadlineClock;
import java.time.Instant;
import java.util.Optional;

/**
 * One active step of a dossier: where it waits, for whom, since when and until when. A dossier has
 * one active step instance, or several inside a parallel block (one per branch), each with its own
 * clock and worklist entry.
 *
 * <p>The fields a store indexes are plain: the agency and staff role of the worklist, the assignee,
 * and the projected due and due-soon instants (derived from the clock by the engine at every
 * transition).
 *
 * @param id the instance id, unique within the dossier (e.g. {@code "s3"})
 * @param stepId the procedure step
 * @param blockId the parallel block the instance runs in, if any
 * @param branchId the branch of that block, if any
 * @param agencyId the agency the step is bound to for this dossier
 * @param staffRole the staff role that works the step
 * @param assignee the opaque id of the user the step is assigned to, if any
 * @param enteredAt when the step became active
 * @param clock the step's clock: its budget and ledger
 * @param dueAt the projected due instant; empty while the dossier waits for the applicant (the
 *     dossier clock is paused), when the step has no urgency
 * @param dueSoonAt the projected instant from which the step counts as due soon, if any
 * @param dueSoonMarked whether the due-soon warning was fired for this instance
 * @param overdueMarked whether the overdue mark was fired for this instance
 */
public record StepInstance(
    String id,
    String stepId,
    Optional<String> blockId,
    Optional<String> branchId,
    String agencyId,
    String staffRole,
    Optional<String> assignee,
    Instant enteredAt,
    DeadlineClock clock,
    Optional<Instant> dueAt,
    Optional<Instant> dueSoonAt,
    boolean dueSoonMarked,
    boolean overdueMarked) {

  /**
   * Validates.
   *
   * @param id the instance id
   * @param stepId the procedure step
   * @param blockId the parallel block, if any
   * @param branchId the branch, if any
   * @param agencyId the agency bound
   * @param staffRole the staff role
   * @param assignee the assignee, if any
   * @param enteredAt when the step became active
   * @param clock the step's clock
   * @param dueAt the projected due instant, if any
   * @param dueSoonAt the projected due-soon instant, if any
   * @param dueSoonMarked whether due soon was fired
   * @param overdueMarked whether overdue was fired
   */
  public StepInstance {
    requireNonNull(id, "id");
    requireNonNull(stepId, "stepId");
    requireNonNull(blockId, "blockId");
    requireNonNull(branchId, "branchId");
    requireNonNull(agencyId, "agencyId");
    requireNonNull(staffRole, "staffRole");
    requireNonNull(assignee, "assignee");
    requireNonNull(enteredAt, "enteredAt");
    requireNonNull(clock, "clock");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(dueSoonAt, "dueSoonAt");
  }

  /**
   * Returns the key the worklist sorts on: the due instant, or {@link Instant#MAX} when the step
   * has none (such steps come last).
   *
   * @return the sort key
   */
  public Instant urgencyKey() {
    return dueAt.orElse(Instant.MAX);
  }

  /**
   * Returns a copy bound to another agency (a reorganisation moved the step to a successor), its
   * clock, due instants and marks unchanged.
   *
   * @param agencyId the agency id
   * @return the copy
   */
  public StepInstance withAgency(String agencyId) {
    return new StepInstance(
        id,
        stepId,
        blockId,
        branchId,
        agencyId,
        staffRole,
        assignee,
        enteredAt,
        clock,
        dueAt,
        dueSoonAt,
        dueSoonMarked,
        overdueMarked);
  }

  /**
   * Returns a copy with new projections and marks.
   *
   * @param clock the clock
   * @param dueAt the projected due instant
   * @param dueSoonAt the projected due-soon instant
   * @param dueSoonMarked whether due soon was fired
   * @param overdueMarked whether overdue was fired
   * @return the copy
   */
  public StepInstance with(
      DeadlineClock clock,
      Optional<Instant> dueAt,
      Optional<Instant> dueSoonAt,
      boolean dueSoonMarked,
      boolean overdueMarked) {
    return new StepInstance(
        id,
        stepId,
        blockId,
        branchId,
        agencyId,
        staffRole,
        assignee,
        enteredAt,
        clock,
        dueAt,
        dueSoonAt,
        dueSoonMarked,
        overdueMarked);
  }

  /**
   * Returns a copy assigned to another user, or to nobody (in the pool of its agency and role).
   *
   * @param assignee the opaque user id, or empty for nobody
   * @return the copy
   */
  public StepInstance withAssignee(Optional<String> assignee) {
    return new StepInstance(
        id,
        stepId,
        blockId,
        branchId,
        agencyId,
        staffRole,
        assignee,
        enteredAt,
        clock,
        dueAt,
        dueSoonAt,
        dueSoonMarked,
        overdueMarked);
  }
}
