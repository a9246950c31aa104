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

import static java.util.Objects.requireNonNull;

import io.github.motcua.agency.Actor;
import java.util.Locale;
import java.util.Optional;

/**
 * A request to change who works an active step instance of a dossier: claim it from the pool,
 * release it, reassign it, or transfer it. Each is one change of the dossier, audited by one event
 * naming the previous and the new assignee (opaque user ids), checked against the expected version
 * and optionally idempotent with a key. Immutable; made with {@link #claim}, {@link #release},
 * {@link #reassign} or {@link #transfer}, then {@link Builder#build()}. A leader returns all of an
 * officer's steps to the pool with {@link DossierEngine#returnToPool} instead (one change per
 * dossier).
 *
 * <p>The rules (the engine refuses with {@link AssignmentNotAllowedException} otherwise), always
 * for a step instance bound to the actor's own agency:
 *
 * <ul>
 *   <li>{@link Kind#CLAIM} (nhận xử lý): the step is assigned to nobody and the actor holds one of
 *       its roles (its staff role, or a role one of its actions allows).
 *   <li>{@link Kind#RELEASE}: the step is assigned to the actor; it goes back to the pool.
 *   <li>{@link Kind#REASSIGN} (phân công lại): the actor holds an assignment-manager role ({@link
 *       DossierEngine.Builder#assignmentManagers}, default {@code leader}); the target acts for the
 *       step's agency, holds its staff role and is not already its assignee.
 *   <li>{@link Kind#TRANSFER} (chuyển xử lý): the step is assigned to the actor; the target is
 *       another user acting for the same agency with the step's staff role.
 * </ul>
 *
 * The engine cannot see a user's roles except through an {@link Actor}, so a reassignment or a
 * transfer carries its target as one: the host vouches for the target's agency and roles as it does
 * for the actor's.
 *
 * @param kind what to do
 * @param dossierId the dossier
 * @param stepInstanceId the active step instance
 * @param actor who asks
 * @param expectedVersion the dossier version the actor saw
 * @param target the user to assign to (a reassignment or a transfer), else empty
 * @param idempotencyKey a key that makes a retry return the first result, if any
 * @param comment a comment recorded on the event, if any
 */
public record AssignmentCommand(
    Kind kind,
    String dossierId,
    String stepInstanceId,
    Actor actor,
    long expectedVersion,
    Optional<Actor> target,
    Optional<String> idempotencyKey,
    Optional<String> comment) {

  /** What an assignment command does. */
  public enum Kind {
    /** Take an unassigned step from the pool. */
    CLAIM,
    /** Give one's own step back to the pool. */
    RELEASE,
    /** A leader assigns a step to a colleague. */
    REASSIGN,
    /** Hand one's own step to a colleague of the same role. */
    TRANSFER;

    /**
     * Returns the operation name recorded with an idempotency key and in refusals, e.g. {@code
     * claim}.
     *
     * @return the name
     */
    public String operation() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Validates.
   *
   * @param kind what to do
   * @param dossierId the dossier
   * @param stepInstanceId the step instance
   * @param actor who asks
   * @param expectedVersion the version seen
   * @param target the target, for a reassignment or transfer only
   * @param idempotencyKey the key, if any
   * @param comment the comment, if any
   * @throws IllegalArgumentException if a target is missing for a reassignment or transfer, or
   *     given for a claim or release
   */
  public AssignmentCommand {
    requireNonNull(kind, "kind");
    requireNonNull(dossierId, "dossierId");
    requireNonNull(stepInstanceId, "stepInstanceId");
    requireNonNull(actor, "actor");
    requireNonNull(target, "target");
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(comment, "comment");
    boolean needsTarget = kind == Kind.REASSIGN || kind == Kind.TRANSFER;
    if (needsTarget != target.isPresent()) {
      throw new IllegalArgumentException(
          "an assignment of kind "
              + kind
              + (needsTarget ? " needs a target user" : " takes no target user"));
    }
  }

  /**
   * Starts a claim of an unassigned step instance by the actor.
   *
   * @param dossierId the dossier
   * @param stepInstanceId the step instance
   * @param actor the officer claiming it
   * @param expectedVersion the dossier version the actor saw
   * @return the builder
   */
  public static Builder claim(
      String dossierId, String stepInstanceId, Actor actor, long expectedVersion) {
    return new Builder(Kind.CLAIM, dossierId, stepInstanceId, actor, expectedVersion, null);
  }

  /**
   * Starts a release of the actor's own step instance back to the pool.
   *
   * @param dossierId the dossier
   * @param stepInstanceId the step instance
   * @param actor its assignee
   * @param expectedVersion the dossier version the actor saw
   * @return the builder
   */
  public static Builder release(
      String dossierId, String stepInstanceId, Actor actor, long expectedVersion) {
    return new Builder(Kind.RELEASE, dossierId, stepInstanceId, actor, expectedVersion, null);
  }

  /**
   * Starts a reassignment of a step instance by a leader to a colleague.
   *
   * @param dossierId the dossier
   * @param stepInstanceId the step instance
   * @param leader the actor, holding an assignment-manager role
   * @param expectedVersion the dossier version the leader saw
   * @param target the colleague: same agency, holding the step's staff role
   * @return the builder
   */
  public static Builder reassign(
      String dossierId, String stepInstanceId, Actor leader, long expectedVersion, Actor target) {
    return new Builder(
        Kind.REASSIGN,
        dossierId,
        stepInstanceId,
        leader,
        expectedVersion,
        requireNonNull(target, "target"));
  }

  /**
   * Starts a transfer of the actor's own step instance to another officer of the same role.
   *
   * @param dossierId the dossier
   * @param stepInstanceId the step instance
   * @param actor its assignee
   * @param expectedVersion the dossier version the actor saw
   * @param target the colleague: same agency, holding the step's staff role
   * @return the builder
   */
  public static Builder transfer(
      String dossierId, String stepInstanceId, Actor actor, long expectedVersion, Actor target) {
    return new Builder(
        Kind.TRANSFER,
        dossierId,
        stepInstanceId,
        actor,
        expectedVersion,
        requireNonNull(target, "target"));
  }

  /** Builds an {@link AssignmentCommand}. Not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private final String dossierId;
    private final String stepInstanceId;
    private final Actor actor;
    private final long expectedVersion;
    private final Actor target;
    private String idempotencyKey;
    private String comment;

    private Builder(
        Kind kind,
        String dossierId,
        String stepInstanceId,
        Actor actor,
        long expectedVersion,
        Actor target) {
      this.kind = kind;
      this.dossierId = requireNonNull(dossierId, "dossierId");
      this.stepInstanceId = requireNonNull(stepInstanceId, "stepInstanceId");
      this.actor = requireNonNull(actor, "actor");
      this.expectedVersion = expectedVersion;
      this.target = target;
    }

    /**
     * Sets the idempotency key: the same actor repeating the same command with it gets the first
     * result; anything else with it is refused.
     *
     * @param key the key, not blank, at most {@link SubmitCommand#MAX_REFERENCE_LENGTH} characters
     * @return this builder
     * @throws IllegalArgumentException if blank or longer
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = References.check("an idempotency key", key);
      return this;
    }

    /**
     * Sets a comment recorded on the event (why the step changes hands).
     *
     * @param comment the comment
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = requireNonNull(comment, "comment");
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     */
    public AssignmentCommand build() {
      return new AssignmentCommand(
          kind,
          dossierId,
          stepInstanceId,
          actor,
          expectedVersion,
          Optional.ofNullable(target),
          Optional.ofNullable(idempotencyKey),
          Optional.ofNullable(comment));
    }
  }
}
