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
package io.github.motcua.engine;

/**
 * A claim, release, reassignment, transfer or return to the pool of a step instance was refused by
 * the assignment rules (see {@link AssignmentCommand}); nothing changed. {@link #reason()} says
 * which rule; {@link #actionId()} is the operation ({@code claim}, {@code release}, {@code
 * reassign}, {@code transfer}, {@code return-to-pool}).
 */
public final class AssignmentNotAllowedException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /** Which assignment rule refused. */
  public enum Reason {
    /** The step instance named is not active on the dossier. */
    STEP_NOT_ACTIVE,
    /** The step instance is bound to another agency than the one the actor acts for. */
    OTHER_AGENCY,
    /** The actor holds none of the step's roles (a claim). */
    ROLE_NOT_HELD,
    /** The step instance is already assigned (a claim), or already to the target. */
    ALREADY_ASSIGNED,
    /** The step instance is not assigned to the actor (a release or a transfer). */
    NOT_ASSIGNED_TO_ACTOR,
    /** The actor holds none of the engine's assignment-manager roles (a reassignment or return). */
    NOT_A_MANAGER,
    /** The target is in another agency, lacks the step's staff role, or is the actor himself. */
    TARGET_NOT_ELIGIBLE
  }

  private final transient String stepInstanceId;
  private final transient Reason reason;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier (empty for a return to the pool refused as a whole)
   * @param operation the operation refused
   * @param stepInstanceId the step instance (empty for a return to the pool)
   * @param reason which rule refused
   * @param message what was wrong, where, and what is allowed
   */
  public AssignmentNotAllowedException(
      String dossierId, String operation, String stepInstanceId, Reason reason, String message) {
    super(dossierId, operation, message);
    this.stepInstanceId = stepInstanceId;
    this.reason = java.util.Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the step instance the operation named.
   *
   * @return the instance id, or empty for a return to the pool
   */
  public String stepInstanceId() {
    return stepInstanceId;
  }

  /**
   * Returns which rule refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
