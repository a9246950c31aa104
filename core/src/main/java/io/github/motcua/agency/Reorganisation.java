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
package io.github.motcua.agency;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * One recorded change of the agencies, with an effective instant (sắp xếp tổ chức, đơn vị hành
 * chính): a merge, a split, a rename, an abolition with a successor, a change of level. The
 * predecessors cease to exist at {@link #effectiveAt()}; their dossiers in flight are moved to the
 * successors by {@code DossierEngine.reorganise}, one audited change per dossier, clocks unchanged.
 * Such a change is not an edit of the agencies: both the old and the new agencies stay in the
 * directory with their validity periods, so that history and statistics of earlier periods keep the
 * agencies of their time.
 *
 * <p>The reorganisation of 1 July 2025 is the model: districts abolished and wards merged into new
 * communes and wards (Resolution 1659/NQ-UBTVQH15 of 16 June 2025 for Đà Nẵng), their one-stop work
 * moved to provincial and commune service centres (Decree 118/2025/NĐ-CP).
 *
 * @param id a stable id, e.g. the resolution's number
 * @param kind what happened
 * @param effectiveAt the instant the predecessors cease and the successors take over
 * @param predecessors the agencies that cease
 * @param successors the agencies that take over their work; for a split, the first is where
 *     dossiers go unless the operation chooses per dossier
 * @param legalBasis the document and article, recorded on every dossier moved
 */
public record Reorganisation(
    String id,
    Kind kind,
    Instant effectiveAt,
    List<String> predecessors,
    List<String> successors,
    String legalBasis) {

  /** What a reorganisation does. */
  public enum Kind {
    /**
     * Agencies merge into one (sáp nhập), new or existing: one or more predecessors (an existing
     * successor is not one of them), one successor.
     */
    MERGE,
    /** One agency becomes several (chia tách): one predecessor, two or more successors. */
    SPLIT,
    /** An agency continues under a new id and name (đổi tên): one predecessor, one successor. */
    RENAME,
    /** An agency ends and another takes over its work (giải thể): one each. */
    ABOLISH,
    /** An agency moves to another level or parent (a district office becoming a branch). */
    CHANGE_OF_LEVEL
  }

  /**
   * Validates the shape of the change.
   *
   * @param id the id
   * @param kind what happened
   * @param effectiveAt when
   * @param predecessors the agencies that cease
   * @param successors the agencies that take over
   * @param legalBasis the document and article
   * @throws IllegalArgumentException if the counts do not fit the kind, an id is blank or an agency
   *     is both a predecessor and a successor
   */
  public Reorganisation {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(effectiveAt, "effectiveAt");
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
    requireNonNull(legalBasis, "legalBasis");
    if (id.isBlank() || legalBasis.isBlank()) {
      throw new IllegalArgumentException("a reorganisation needs an id and a legal basis");
    }
    int p = predecessors.size();
    int s = successors.size();
    boolean fits =
        switch (kind) {
          case MERGE -> p >= 1 && s == 1;
          case SPLIT -> p == 1 && s >= 2;
          case RENAME, ABOLISH, CHANGE_OF_LEVEL -> p == 1 && s == 1;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "reorganisation '"
              + id
              + "': a "
              + kind
              + " has "
              + switch (kind) {
                case MERGE -> "one or more predecessors and one successor";
                case SPLIT -> "one predecessor and two or more successors";
                default -> "one predecessor and one successor";
              }
              + "; got "
              + p
              + " and "
              + s);
    }
    if (new HashSet<>(predecessors).size() != p || new HashSet<>(successors).size() != s) {
      throw new IllegalArgumentException("reorganisation '" + id + "' names an agency twice");
    }
    for (String x : predecessors) {
      if (successors.contains(x)) {
        throw new IllegalArgumentException(
            "reorganisation '"
                + id
                + "': agency '"
                + x
                + "' cannot both cease and take over; a merge into an existing agency names only"
                + " the others as predecessors");
      }
    }
  }

  /**
   * Returns where a predecessor's dossiers go by default: the successor (for a split, the first).
   *
   * @param predecessor a predecessor id
   * @return the successor id
   * @throws IllegalArgumentException if the agency is not a predecessor
   */
  public String successorOf(String predecessor) {
    if (!predecessors.contains(predecessor)) {
      throw new IllegalArgumentException(
          "agency '" + predecessor + "' is not a predecessor in reorganisation '" + id + "'");
    }
    return successors.get(0);
  }
}
