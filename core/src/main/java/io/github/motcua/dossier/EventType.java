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

/** What a {@link DossierEvent} records. */
public enum EventType {
  /** The dossier was received (tiếp nhận) and numbered; its clock started. */
  SUBMITTED,
  /** A step instance became active: the dossier waits there for someone. */
  STEP_ENTERED,
  /** A step instance was cancelled without acting (a parallel block joined on any branch). */
  STEP_CANCELLED,
  /** An actor (or a timer) performed an action at a step instance. */
  ACTION_PERFORMED,
  /**
   * The dossier clock stopped: for a supplement request (yêu cầu bổ sung; the event carries the
   * round) or a payment notice (no round).
   */
  PAUSED,
  /** The dossier clock runs again, continuing its remaining budget or restarting it. */
  RESUMED,
  /** The dossier's due date moved with a reason (gia hạn, with a letter of apology). */
  EXTENDED,
  /** A step instance or the dossier crossed its due-soon threshold. */
  DUE_SOON,
  /** A step instance or the dossier passed its due instant unfinished. */
  OVERDUE,
  /** The dossier ended with an outcome; its timeliness is classed. */
  COMPLETED,
  /** An action was undone by the actor who performed it; the state before it is restored. */
  UNDONE,
  /**
   * A reorganisation of the agencies moved the dossier (its bindings, active steps and competent
   * agency) from agencies that ceased to their successors; clocks and due dates unchanged. The
   * event names the reorganisation, its legal basis and each agency moved.
   */
  AGENCY_CHANGED,
  /**
   * An officer took an unassigned step instance from the pool of its agency and role (nhận xử lý);
   * the event names the new assignee under {@link DossierEvent#DETAIL_ASSIGNEE}.
   */
  STEP_CLAIMED,
  /**
   * The assignee of a step instance gave it back to the pool; the event names the previous assignee
   * under {@link DossierEvent#DETAIL_PREVIOUS_ASSIGNEE}.
   */
  STEP_RELEASED,
  /**
   * A leader assigned a step instance to a colleague (phân công lại), replacing its assignee if it
   * had one; both are named in the event's details.
   */
  STEP_REASSIGNED,
  /**
   * The assignee of a step instance handed it to another officer of the same role and agency
   * (chuyển xử lý); both are named in the event's details.
   */
  STEP_TRANSFERRED,
  /**
   * A leader returned a step instance of an officer (who left or is absent) to the pool; the event
   * names the previous assignee under {@link DossierEvent#DETAIL_PREVIOUS_ASSIGNEE}.
   */
  STEP_RETURNED_TO_POOL,
  /**
   * The dossier's attributes were corrected (during a supplement round, or by a permitted role);
   * the event lists each attribute with its old and new value under {@link
   * DossierEvent#DETAIL_ATTRIBUTE_CHANGES}. Guards are evaluated on the new values from then on.
   */
  ATTRIBUTES_CHANGED,
  /**
   * A reference to a document kept in the host's storage was attached to the dossier (and, where
   * named, to one of its events): its id, kind and digest under {@link
   * DossierEvent#DETAIL_DOCUMENT}.
   */
  DOCUMENT_ATTACHED
}
