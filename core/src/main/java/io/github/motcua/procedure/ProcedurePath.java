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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One way through a procedure found by {@link ProcedureVerifier}: from the start step to an ending
 * action (or, for a dead end, to the point where no action is left).
 *
 * @param actions the ids of the actions performed, in order; inside a parallel block that the path
 *     passes through its join, the block's branch actions are not listed (the block counts as a
 *     whole), while a path that ends inside a branch lists that branch's actions
 * @param steps the ids of the steps passed, in order, with the steps of a parallel block's branches
 *     in declaration order
 * @param agencyRoles the agency roles of those steps, first appearance first
 * @param staffRoles the staff roles of those steps, first appearance first
 * @param best the least working time counted against the legal time limit: step budgets while the
 *     clock runs (not while it is paused for the applicant), the longest stretch between restarts;
 *     a parallel block counts as the slowest branch (join all) or the fastest (join any)
 * @param worst the most working time counted against the legal time limit: as {@code best}, with
 *     every parallel block counted as its slowest branch
 * @param outcome how the path ends the dossier; empty for a dead end
 * @param unboundedLoop whether the path passes a loop without a bound, whose actions the verifier
 *     performed once only: the real worst case is unbounded
 * @param extended whether the path extends the due date (an action with {@link ClockEffect#EXTEND})
 */
public record ProcedurePath(
    List<String> actions,
    List<String> steps,
    List<String> agencyRoles,
    List<String> staffRoles,
    Duration best,
    Duration worst,
    Optional<Outcome> outcome,
    boolean unboundedLoop,
    boolean extended) {
  /**
   * Validates and copies.
   *
   * @param actions the action ids
   * @param steps the step ids
   * @param agencyRoles the agency roles
   * @param staffRoles the staff roles
   * @param best the best-case working time
   * @param worst the worst-case working time
   * @param outcome the outcome, empty for a dead end
   * @param unboundedLoop whether it passes an unbounded loop
   * @param extended whether it extends the due date
   */
  public ProcedurePath {
    actions = List.copyOf(actions);
    steps = List.copyOf(steps);
    agencyRoles = List.copyOf(agencyRoles);
    staffRoles = List.copyOf(staffRoles);
    requireNonNull(best, "best");
    requireNonNull(worst, "worst");
    requireNonNull(outcome, "outcome");
  }

  /**
   * Returns whether the path ends the dossier (and is not a dead end).
   *
   * @return true when it has an outcome
   */
  public boolean isComplete() {
    return outcome.isPresent();
  }

  /**
   * Returns the path as its steps joined by arrows, with the ending: {@code receive → appraise →
   * approve ⇒ RESULT_READY}. A path that goes round loops is told as its way through without them
   * and each loop once with how often it is gone round, so a long path stays one readable line:
   * {@code receive → review → sign → hand-over ⇒ RETURNED, going round review → supplement → review
   * 3 times by actions ...}; the actions are listed once each, in the order first performed.
   *
   * @return the description
   */
  public String describe() {
    // Loop erasure: walking the steps, a step seen before closes a loop, which is cut out of the
    // way through and counted. Linear in the path (each step is pushed and popped once).
    List<String> way = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    Map<String, Integer> loops = new LinkedHashMap<>();
    for (String step : steps) {
      Integer j = at.get(step);
      if (j == null) {
        at.put(step, way.size());
        way.add(step);
        continue;
      }
      List<String> loop = new ArrayList<>(way.subList(j, way.size()));
      loop.add(step);
      loops.merge(String.join(" → ", loop), 1, Integer::sum);
      for (String cut : way.subList(j + 1, way.size())) {
        at.remove(cut);
      }
      way.subList(j + 1, way.size()).clear();
    }
    StringBuilder b = new StringBuilder(String.join(" → ", way));
    b.append(outcome.map(o -> " ⇒ " + o).orElse(" ⇒ (dead end)"));
    if (!loops.isEmpty()) {
      List<String> told = new ArrayList<>();
      loops.forEach((loop, n) -> told.add(loop + (n == 1 ? " once" : " " + n + " times")));
      b.append(", going round ").append(String.join(" and ", told));
    }
    if (!actions.isEmpty()) {
      b.append(" by actions ").append(String.join(", ", new LinkedHashSet<>(actions)));
    }
    return b.toString();
  }
}
