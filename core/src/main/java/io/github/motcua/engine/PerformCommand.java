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
import io.github.motcua.deadline.TimeLimit;
import java.util.Optional;

/**
 * A request to perform an action (thao tác) on a dossier. Immutable; built with {@link
 * #builder(String, String, Actor, long)}.
 *
 * @param dossierId the dossier
 * @param actionId the action
 * @param actor who performs it
 * @param expectedVersion the dossier version the actor saw
 * @param idempotencyKey a key that makes a retry return the first result, if any
 * @param comment the comment or reason, if any
 * @param stepInstanceId the step instance to act at, when several active ones offer the action
 * @param extension for an extending action: the working time added
 * @param assignTo the user the step(s) entered are assigned to, if any
 */
public record PerformCommand(
    String dossierId,
    String actionId,
    Actor actor,
    long expectedVersion,
    Optional<String> idempotencyKey,
    Optional<String> comment,
    Optional<String> stepInstanceId,
    Optional<TimeLimit> extension,
    Optional<String> assignTo) {

  /**
   * Validates.
   *
   * @param dossierId the dossier
   * @param actionId the action
   * @param actor who performs it
   * @param expectedVersion the version seen
   * @param idempotencyKey the key, if any
   * @param comment the comment or reason, if any
   * @param stepInstanceId the step instance, if any
   * @param extension the extension, if any
   * @param assignTo the assignee of the next step, if any
   */
  public PerformCommand {
    requireNonNull(dossierId, "dossierId");
    requireNonNull(actionId, "actionId");
    requireNonNull(actor, "actor");
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(comment, "comment");
    requireNonNull(stepInstanceId, "stepInstanceId");
    requireNonNull(extension, "extension");
    requireNonNull(assignTo, "assignTo");
  }

  /**
   * Starts a command.
   *
   * @param dossierId the dossier
   * @param actionId the action
   * @param actor who performs it
   * @param expectedVersion the dossier version the actor saw
   * @return the builder
   */
  public static Builder builder(
      String dossierId, String actionId, Actor actor, long expectedVersion) {
    return new Builder(dossierId, actionId, actor, expectedVersion);
  }

  /** Builds a {@link PerformCommand}. Not thread-safe. */
  public static final class Builder {
    private final String dossierId;
    private final String actionId;
    private final Actor actor;
    private final long expectedVersion;
    private String idempotencyKey;
    private String comment;
    private String stepInstanceId;
    private TimeLimit extension;
    private String assignTo;

    private Builder(String dossierId, String actionId, Actor actor, long expectedVersion) {
      this.dossierId = requireNonNull(dossierId, "dossierId");
      this.actionId = requireNonNull(actionId, "actionId");
      this.actor = requireNonNull(actor, "actor");
      this.expectedVersion = expectedVersion;
    }

    /**
     * Sets the idempotency key.
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
     * Sets the comment or reason.
     *
     * @param comment the text
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = requireNonNull(comment, "comment");
      return this;
    }

    /**
     * Chooses the step instance to act at.
     *
     * @param instanceId the instance id
     * @return this builder
     */
    public Builder at(String instanceId) {
      this.stepInstanceId = requireNonNull(instanceId, "instanceId");
      return this;
    }

    /**
     * Sets the working time an extending action adds.
     *
     * @param extension a limit in working days or hours
     * @return this builder
     */
    public Builder extension(TimeLimit extension) {
      this.extension = requireNonNull(extension, "extension");
      return this;
    }

    /**
     * Assigns the step(s) entered to a user.
     *
     * @param userId the user id
     * @return this builder
     */
    public Builder assignTo(String userId) {
      this.assignTo = requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     */
    public PerformCommand build() {
      return new PerformCommand(
          dossierId,
          actionId,
          actor,
          expectedVersion,
          Optional.ofNullable(idempotencyKey),
          Optional.ofNullable(comment),
          Optional.ofNullable(stepInstanceId),
          Optional.ofNullable(extension),
          Optional.ofNullable(assignTo));
    }
  }
}
