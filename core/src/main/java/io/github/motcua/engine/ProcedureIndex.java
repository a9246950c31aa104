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

import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.ParallelBlock;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups over one procedure version that routing needs on every transition, built once per version
 * and cached by the engine (a procedure version never changes once in a catalog).
 */
final class ProcedureIndex {
  /** Where a step sits inside a parallel block. */
  record Placement(ParallelBlock block, ParallelBlock.Branch branch) {}

  final Procedure procedure;
  final Map<String, Action> actions = new HashMap<>();
  final Map<String, List<Action>> actionsFrom = new HashMap<>();
  final Map<String, List<Action>> automaticFrom = new HashMap<>();
  final Map<String, ParallelBlock> blocks = new HashMap<>();
  final Map<String, Placement> placements = new HashMap<>();
  final Map<String, Step> steps = new HashMap<>();
  final Map<String, AgencyRole> roles = new LinkedHashMap<>();

  /**
   * The actions that request a supplement: one round each ({@link Procedure#requestsSupplement}).
   */
  final Set<String> supplementRequests = new HashSet<>();

  /** The steps showing {@link DossierStatus#SUPPLEMENT_REQUESTED}: waits for a supplement. */
  final Set<String> supplementSteps = new HashSet<>();

  final CountingPolicy dossierPolicy;
  final CountingPolicy firstStepCalendarDays;
  final CountingPolicy firstStepWorkingTime;

  private static final CountingPolicy WORKING = CountingPolicy.of(CountingRule.WORKING_TIME);
  private static final CountingPolicy CALENDAR = CountingPolicy.of(CountingRule.CALENDAR_DAYS);

  ProcedureIndex(Procedure p) {
    this.procedure = p;
    for (Step s : p.steps()) {
      steps.put(s.id(), s);
      if (s.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
        supplementSteps.add(s.id());
      }
    }
    for (AgencyRole r : p.agencyRoles()) {
      roles.put(r.id(), r);
    }
    for (ParallelBlock b : p.parallelBlocks()) {
      blocks.put(b.id(), b);
      for (ParallelBlock.Branch br : b.branches()) {
        for (String stepId : br.steps()) {
          placements.put(stepId, new Placement(b, br));
        }
      }
    }
    for (Action a : p.actions()) {
      actions.put(a.id(), a);
      if (p.requestsSupplement(a)) {
        supplementRequests.add(a.id());
      }
      for (String from : a.from()) {
        actionsFrom.computeIfAbsent(from, k -> new ArrayList<>()).add(a);
        if (a.automaticAfter().isPresent()) {
          automaticFrom.computeIfAbsent(from, k -> new ArrayList<>()).add(a);
        }
      }
    }
    this.dossierPolicy =
        p.intakeCutoff()
            .map(c -> CountingPolicy.of(p.countingRule(), c))
            .orElse(CountingPolicy.of(p.countingRule()));
    this.firstStepWorkingTime =
        p.intakeCutoff().map(c -> CountingPolicy.of(CountingRule.WORKING_TIME, c)).orElse(WORKING);
    this.firstStepCalendarDays =
        p.intakeCutoff()
            .map(c -> CountingPolicy.of(CountingRule.CALENDAR_DAYS, c))
            .orElse(CALENDAR);
  }

  /** The counting policy of a step's own clock: working time, or calendar days for such budgets. */
  CountingPolicy stepPolicy(Step s, boolean first) {
    boolean calendarDays = s.budget().unit() == TimeLimit.Unit.CALENDAR_DAYS;
    if (first) {
      return calendarDays ? firstStepCalendarDays : firstStepWorkingTime;
    }
    return calendarDays ? CALENDAR : WORKING;
  }

  /** Whether performing the action uses a round of the procedure's supplement policy. */
  boolean requestsSupplement(Action a) {
    return supplementRequests.contains(a.id());
  }

  List<Action> actionsFrom(String stepId) {
    return actionsFrom.getOrDefault(stepId, List.of());
  }

  List<Action> automaticFrom(String stepId) {
    return automaticFrom.getOrDefault(stepId, List.of());
  }

  Step step(String stepId) {
    Step s = steps.get(stepId);
    if (s == null) {
      throw new IllegalStateException(
          "procedure " + procedure + " has no step '" + stepId + "' (the procedure is invalid)");
    }
    return s;
  }
}
