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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a dossier's audit trail: immutable and kept forever. The events of a dossier are
 * numbered 1, 2, 3, ... without gaps; after event {@code n} the dossier's version is {@code n}.
 *
 * <p>Clock changes carry the appointment date before and after ({@link #previousDue()}, {@link
 * #newDue()}) and an explanation in {@link #details()} under {@link #DETAIL_EXPLANATION}. Other
 * details use the {@code DETAIL_*} keys. No personal data: users are opaque ids.
 *
 * @param dossierId the dossier
 * @param sequence the event's number in the dossier's trail, from 1
 * @param type what happened
 * @param at when it happened
 * @param userId the opaque id of the user who caused it, if any ({@code "system"} for timers)
 * @param agencyId the agency the user acted for, if any
 * @param stepInstanceId the step instance concerned, if any
 * @param stepId the procedure step concerned, if any
 * @param actionId the action concerned, if any
 * @param comment the actor's comment or reason, if any
 * @param previousDue the dossier's due instant before a clock change, if it had one
 * @param newDue the dossier's due instant after a clock change, if it has one
 * @param details further facts as text, keyed by the {@code DETAIL_*} constants
 */
public record DossierEvent(
    String dossierId,
    long sequence,
    EventType type,
    Instant at,
    Optional<String> userId,
    Optional<String> agencyId,
    Optional<String> stepInstanceId,
    Optional<String> stepId,
    Optional<String> actionId,
    Optional<String> comment,
    Optional<Instant> previousDue,
    Optional<Instant> newDue,
    Map<String, String> details) {

  /** Detail: the outcome of a completed dossier or of an ending action. */
  public static final String DETAIL_OUTCOME = "outcome";

  /** Detail: the timeliness (EARLY, ON_TIME, LATE) of a finished step or dossier. */
  public static final String DETAIL_TIMELINESS = "timeliness";

  /** Detail: the round number of a supplement request, an extension or a bounded action. */
  public static final String DETAIL_ROUND = "round";

  /** Detail: the time limit added by an extension. */
  public static final String DETAIL_EXTENSION = "extension";

  /** Detail: a sentence explaining a clock change or a timer. */
  public static final String DETAIL_EXPLANATION = "explanation";

  /** Detail: the parallel block of a step entered, joined or cancelled. */
  public static final String DETAIL_BLOCK = "block";

  /** Detail: the branch of a step entered, joined or cancelled. */
  public static final String DETAIL_BRANCH = "branch";

  /** Detail: the agency a step entered is bound to. */
  public static final String DETAIL_STEP_AGENCY = "stepAgency";

  /** Detail: the sequence number of the event an undo compensates. */
  public static final String DETAIL_UNDONE_SEQUENCE = "undoneSequence";

  /** Detail: the idempotency key of the command that caused the event. */
  public static final String DETAIL_IDEMPOTENCY_KEY = "idempotencyKey";

  /** Detail: the dossier status after the event. */
  public static final String DETAIL_STATUS = "status";

  /** Detail: the opaque id of the user a step instance is assigned to after the event. */
  public static final String DETAIL_ASSIGNEE = "assignee";

  /** Detail: the opaque id of the user a step instance was assigned to before the event. */
  public static final String DETAIL_PREVIOUS_ASSIGNEE = "previousAssignee";

  /** Detail: the effective start of the dossier clock after the intake cut-off rule. */
  public static final String DETAIL_EFFECTIVE_START = "effectiveStart";

  /**
   * Detail: the reference of the notice that stops a dossier (thông báo dừng xử lý, form 05 of
   * Circular 03/2025/TT-VPCP as reported), a document id kept in the host's storage.
   */
  public static final String DETAIL_NOTICE = "notice";

  /**
   * Detail: the attributes changed, as "name: old → new" joined by "; " in name order ("(none)" for
   * an attribute not set before). Values are audit facts; the engine never logs them.
   */
  public static final String DETAIL_ATTRIBUTE_CHANGES = "attributeChanges";

  /** Detail: a document attached, as "kind id digest". */
  public static final String DETAIL_DOCUMENT = "document";

  /** Detail: the sequence number of the event an attached document belongs to. */
  public static final String DETAIL_RELATES_TO = "relatesTo";

  /** Detail: the id of the reorganisation that moved the dossier. */
  public static final String DETAIL_REORGANISATION = "reorganisation";

  /** Detail: the legal basis of a reorganisation (document and article). */
  public static final String DETAIL_LEGAL_BASIS = "legalBasis";

  /** Detail: the agencies moved by a reorganisation, as "old→new" pairs joined by ", ". */
  public static final String DETAIL_AGENCY_MOVES = "agencyMoves";

  /**
   * Validates and copies.
   *
   * @param dossierId the dossier
   * @param sequence the event number, from 1
   * @param type what happened
   * @param at when
   * @param userId the user, if any
   * @param agencyId the user's agency, if any
   * @param stepInstanceId the step instance, if any
   * @param stepId the step, if any
   * @param actionId the action, if any
   * @param comment the comment or reason, if any
   * @param previousDue the due instant before, if any
   * @param newDue the due instant after, if any
   * @param details further facts
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public DossierEvent {
    requireNonNull(dossierId, "dossierId");
    requireNonNull(type, "type");
    requireNonNull(at, "at");
    requireNonNull(userId, "userId");
    requireNonNull(agencyId, "agencyId");
    requireNonNull(stepInstanceId, "stepInstanceId");
    requireNonNull(stepId, "stepId");
    requireNonNull(actionId, "actionId");
    requireNonNull(comment, "comment");
    requireNonNull(previousDue, "previousDue");
    requireNonNull(newDue, "newDue");
    details = Map.copyOf(details);
    if (sequence < 1) {
      throw new IllegalArgumentException("event sequence must be at least 1; got " + sequence);
    }
  }

  /**
   * Starts building an event.
   *
   * @param dossierId the dossier
   * @param sequence the event number, from 1
   * @param type what happened
   * @param at when
   * @return the builder
   */
  public static Builder builder(String dossierId, long sequence, EventType type, Instant at) {
    return new Builder(dossierId, sequence, type, at);
  }

  /**
   * Returns a detail.
   *
   * @param key one of the {@code DETAIL_*} keys
   * @return the value, if present
   */
  public Optional<String> detail(String key) {
    return Optional.ofNullable(details.get(requireNonNull(key, "key")));
  }

  /** Builds a {@link DossierEvent}. Not thread-safe. */
  public static final class Builder {
    private final String dossierId;
    private final long sequence;
    private final EventType type;
    private final Instant at;
    private String userId;
    private String agencyId;
    private String stepInstanceId;
    private String stepId;
    private String actionId;
    private String comment;
    private Instant previousDue;
    private Instant newDue;
    private String[] details;
    private int detailCount;

    private Builder(String dossierId, long sequence, EventType type, Instant at) {
      this.dossierId = requireNonNull(dossierId, "dossierId");
      this.sequence = sequence;
      this.type = requireNonNull(type, "type");
      this.at = requireNonNull(at, "at");
    }

    /**
     * Sets who caused the event.
     *
     * @param userId the opaque user id
     * @param agencyId the agency the user acted for
     * @return this builder
     */
    public Builder actor(String userId, String agencyId) {
      this.userId = userId;
      this.agencyId = agencyId;
      return this;
    }

    /**
     * Sets the step instance concerned.
     *
     * @param stepInstanceId the instance id
     * @param stepId the step id
     * @return this builder
     */
    public Builder step(String stepInstanceId, String stepId) {
      this.stepInstanceId = stepInstanceId;
      this.stepId = stepId;
      return this;
    }

    /**
     * Sets the action concerned.
     *
     * @param actionId the action id
     * @return this builder
     */
    public Builder action(String actionId) {
      this.actionId = actionId;
      return this;
    }

    /**
     * Sets the comment or reason.
     *
     * @param comment the text, or null for none
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Sets the due instants before and after a clock change.
     *
     * @param previousDue the due before, or null
     * @param newDue the due after, or null
     * @return this builder
     */
    public Builder due(Instant previousDue, Instant newDue) {
      this.previousDue = previousDue;
      this.newDue = newDue;
      return this;
    }

    /**
     * Adds a detail.
     *
     * @param key one of the {@code DETAIL_*} keys
     * @param value the value
     * @return this builder
     */
    public Builder detail(String key, String value) {
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      if (details == null) {
        details = new String[8];
      }
      for (int i = 0; i < detailCount; i += 2) {
        if (details[i].equals(key)) {
          details[i + 1] = value;
          return this;
        }
      }
      if (detailCount == details.length) {
        details = java.util.Arrays.copyOf(details, detailCount * 2);
      }
      details[detailCount++] = key;
      details[detailCount++] = value;
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     */
    public DossierEvent build() {
      return new DossierEvent(
          dossierId,
          sequence,
          type,
          at,
          Optional.ofNullable(userId),
          Optional.ofNullable(agencyId),
          Optional.ofNullable(stepInstanceId),
          Optional.ofNullable(stepId),
          Optional.ofNullable(actionId),
          Optional.ofNullable(comment),
          Optional.ofNullable(previousDue),
          Optional.ofNullable(newDue),
          detailMap());
    }

    private Map<String, String> detailMap() {
      String[] d = details;
      return switch (detailCount) {
        case 0 -> Map.of();
        case 2 -> Map.of(d[0], d[1]);
        case 4 -> Map.of(d[0], d[1], d[2], d[3]);
        case 6 -> Map.of(d[0], d[1], d[2], d[3], d[4], d[5]);
        case 8 -> Map.of(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
        default -> {
          Map<String, String> m = new LinkedHashMap<>();
          for (int i = 0; i < detailCount; i += 2) {
            m.put(d[i], d[i + 1]);
          }
          yield m;
        }
      };
    }
  }
}
