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

import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.internal.text.DefinitionText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a procedure definition and reports every problem at once, each with the path of the
 * element it concerns. The paths are those of the YAML/JSON format, which lists elements in the
 * same order as the builder.
 *
 * <p>Order: the fields of the procedure, then each list (attributes, agency roles, steps, parallel
 * blocks, actions) with its references, then the routing graph (reachability, ways out, joins,
 * loops), and last, when nothing else is wrong, the budget check against the legal time limit.
 */
final class ProcedureValidator {
  /** Ids: a letter, digit or underscore, then also dots and dashes; at most 100 characters. */
  static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{0,99}");

  /** The most rounds an action may declare: legal rounds are a handful. */
  static final int MAX_ROUNDS = 100;

  private final Procedure p;
  private final ValidationOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> stepIndex = new HashMap<>();
  private final Map<String, Integer> blockIndex = new HashMap<>();
  private final Map<String, String> branchOfStep = new HashMap<>();
  private final Map<String, AttributeDeclaration> attributes = new HashMap<>();
  private final Set<String> roles = new HashSet<>();

  private ProcedureValidator(Procedure p, ValidationOptions options) {
    this.p = p;
    this.options = options;
  }

  static List<Problem> validate(Procedure p, ValidationOptions options) {
    ProcedureValidator v = new ProcedureValidator(p, options);
    v.run();
    return v.problems;
  }

  private void error(String path, String message) {
    problems.add(Problem.error(path, message));
  }

  private void warning(String path, String message) {
    problems.add(Problem.warning(path, message));
  }

  private boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  private void run() {
    header();
    attributes();
    agencyRoles();
    steps();
    blocks();
    actions();
    startStep();
    ProcedureGraph graph = new ProcedureGraph(p);
    graphChecks(graph);
    if (!hasErrors()) {
      budgets(graph);
    }
  }

  private void id(String path, String id, String what) {
    if (id.isBlank()) {
      error(path, "the " + what + " has an empty id");
    } else if (!ID.matcher(id).matches()) {
      error(
          path,
          "the "
              + what
              + " id '"
              + abbreviate(id)
              + "' is not allowed: use letters, digits, '_', '.' and '-', at most 100"
              + " characters, starting with a letter, digit or '_'");
    }
  }

  /** Shortens a value from the file for a message, with its control characters escaped. */
  static String abbreviate(String s) {
    return DefinitionText.printable(s.length() <= 60 ? s : s.substring(0, 57) + "...");
  }

  private void header() {
    if (p.code() == null || p.code().isBlank()) {
      error("code", "the procedure has no code (mã thủ tục), such as 1.004227");
    }
    if (p.version() < 1) {
      error("version", "the version must be 1 or more; got " + p.version());
    }
    if (p.effectiveFrom() == null) {
      error("effectiveFrom", "the procedure has no effective date (the date it is in force from)");
    }
    if (p.name() == null || p.name().isBlank()) {
      error("name", "the procedure has no name");
    }
    TimeLimit limit = p.timeLimit();
    if (limit == null) {
      error(
          "timeLimit",
          "the procedure has no legal time limit (thời hạn giải quyết), such as '15 working days'");
    } else {
      CountingRule rule = p.countingRule();
      boolean calendar = limit.unit() == TimeLimit.Unit.CALENDAR_DAYS;
      if (rule == CountingRule.CALENDAR_DAYS && !calendar) {
        error(
            "counting",
            "counting in calendar days needs a time limit in calendar days; the time limit is "
                + limit);
      } else if (rule != CountingRule.CALENDAR_DAYS && calendar) {
        error(
            "counting",
            "a time limit in calendar days ("
                + limit
                + ") is counted with 'calendar-days'; the counting rule is "
                + Names.of(rule));
      } else if (rule == CountingRule.END_OF_DAY && limit.unit() == TimeLimit.Unit.WORKING_HOURS) {
        error(
            "counting",
            "counting to the end of the day needs a time limit in working days; the time limit is "
                + limit);
      } else if (rule == CountingRule.END_OF_DAY && limit.amount().scale() > 0) {
        error(
            "timeLimit",
            "counting to the end of the day needs whole working days; the time limit is " + limit);
      }
    }
    if (p.steps().isEmpty()) {
      error("steps", "the procedure has no steps; it needs at least one");
    }
  }

  private void attributes() {
    for (int i = 0; i < p.attributes().size(); i++) {
      AttributeDeclaration a = p.attributes().get(i);
      String path = "attributes[" + i + "].name";
      id(path, a.name(), "attribute");
      if (attributes.putIfAbsent(a.name(), a) != null) {
        error(path, "attribute '" + a.name() + "' is declared twice");
      }
    }
  }

  private void agencyRoles() {
    Map<String, AgencyRole> byId = new HashMap<>();
    for (AgencyRole r : p.agencyRoles()) {
      byId.putIfAbsent(r.id(), r);
    }
    if (p.competentAgencyRole().isPresent() && !byId.containsKey(p.competentAgencyRole().get())) {
      error(
          "competentAgencyRole",
          "the competent agency role '"
              + abbreviate(p.competentAgencyRole().get())
              + "' is not declared; declared roles: "
              + list(byId.keySet()));
    }
    byId.clear();
    for (int i = 0; i < p.agencyRoles().size(); i++) {
      AgencyRole r = p.agencyRoles().get(i);
      String path = "agencyRoles[" + i + "]";
      id(path + ".id", r.id(), "agency role");
      if (byId.putIfAbsent(r.id(), r) != null) {
        error(path + ".id", "agency role '" + r.id() + "' is declared twice");
      }
      if (r.name().isBlank()) {
        error(path + ".name", "agency role '" + r.id() + "' has an empty name");
      }
      roles.add(r.id());
    }
    for (int i = 0; i < p.agencyRoles().size(); i++) {
      AgencyRole r = p.agencyRoles().get(i);
      String path = "agencyRoles[" + i + "]";
      if (r.derivedFrom().isPresent()) {
        String from = r.derivedFrom().get();
        if (!byId.containsKey(from)) {
          error(
              path + ".derivedFrom",
              "agency role '"
                  + r.id()
                  + "' is derived from '"
                  + abbreviate(from)
                  + "', which is not declared; declared roles: "
                  + list(byId.keySet()));
        } else {
          // Follow the chain; a role reached twice is a cycle.
          Set<String> seen = new LinkedHashSet<>();
          Optional<String> cur = Optional.of(r.id());
          while (cur.isPresent() && seen.add(cur.get())) {
            AgencyRole c = byId.get(cur.get());
            cur = c == null ? Optional.empty() : c.derivedFrom();
          }
          if (cur.isPresent() && cur.get().equals(r.id())) {
            error(
                path + ".derivedFrom",
                "agency role '"
                    + r.id()
                    + "' is derived from itself through "
                    + String.join(" → ", seen)
                    + "; a chain of derived roles must start at a role bound per dossier");
          }
        }
        if (r.ancestorKind().isPresent() && r.ancestorKind().get().isBlank()) {
          error(path + ".ancestorKind", "the ancestor kind of role '" + r.id() + "' is empty");
        } else if (r.ancestorKind().isPresent()
            && !AgencyRole.ANCESTOR_KINDS.contains(r.ancestorKind().get())) {
          error(
              path + ".ancestorKind",
              "agency role '"
                  + r.id()
                  + "' looks for an ancestor of kind '"
                  + abbreviate(r.ancestorKind().get())
                  + "', which is not an agency kind; allowed: "
                  + String.join(", ", AgencyRole.ANCESTOR_KINDS));
        }
      } else if (r.ancestorKind().isPresent()) {
        error(
            path + ".ancestorKind",
            "agency role '"
                + r.id()
                + "' names an ancestor kind but no role it is derived from; add derivedFrom");
      }
    }
  }

  private void steps() {
    Set<String> usedRoles = new HashSet<>();
    for (int i = 0; i < p.steps().size(); i++) {
      Step s = p.steps().get(i);
      String path = "steps[" + i + "]";
      id(path + ".id", s.id(), "step");
      if (s.id().equals(Action.JOIN)) {
        error(path + ".id", "'join' is reserved for actions that complete a parallel branch");
      }
      if (stepIndex.putIfAbsent(s.id(), i) != null) {
        error(path + ".id", "step '" + s.id() + "' is declared twice");
      }
      if (s.name().isBlank()) {
        error(path + ".name", "step '" + s.id() + "' has an empty name");
      }
      if (!roles.contains(s.agencyRole())) {
        error(
            path + ".agencyRole",
            "step '"
                + s.id()
                + "' is bound to agency role '"
                + abbreviate(s.agencyRole())
                + "', which is not declared; declared roles: "
                + list(roles));
      }
      usedRoles.add(s.agencyRole());
      if (s.staffRole().isBlank()) {
        error(path + ".staffRole", "step '" + s.id() + "' names no staff role");
      } else if (!ID.matcher(s.staffRole()).matches()) {
        error(
            path + ".staffRole",
            "the staff role '"
                + abbreviate(s.staffRole())
                + "' of step '"
                + s.id()
                + "' is not allowed: use letters, digits, '_', '.' and '-'");
      }
    }
    for (AgencyRole r : p.agencyRoles()) {
      for (AgencyRole other : p.agencyRoles()) {
        if (other.derivedFrom().isPresent() && other.derivedFrom().get().equals(r.id())) {
          usedRoles.add(r.id());
        }
      }
    }
    for (int i = 0; i < p.agencyRoles().size(); i++) {
      AgencyRole r = p.agencyRoles().get(i);
      if (!usedRoles.contains(r.id())) {
        warning(
            "agencyRoles[" + i + "].id",
            "agency role '" + r.id() + "' is declared but no step is bound to it");
      }
    }
  }

  private void blocks() {
    for (int i = 0; i < p.parallelBlocks().size(); i++) {
      ParallelBlock b = p.parallelBlocks().get(i);
      String path = "parallelBlocks[" + i + "]";
      id(path + ".id", b.id(), "parallel block");
      if (b.id().equals(Action.JOIN)) {
        error(path + ".id", "'join' is reserved for actions that complete a parallel branch");
      }
      if (stepIndex.containsKey(b.id())) {
        error(
            path + ".id",
            "parallel block '" + b.id() + "' has the id of a step; steps and blocks share ids");
      } else if (blockIndex.putIfAbsent(b.id(), i) != null) {
        error(path + ".id", "parallel block '" + b.id() + "' is declared twice");
      }
      if (b.name().isBlank()) {
        error(path + ".name", "parallel block '" + b.id() + "' has an empty name");
      }
      if (b.branches().size() < 2) {
        error(
            path + ".branches",
            "parallel block '"
                + b.id()
                + "' has "
                + b.branches().size()
                + (b.branches().size() == 1 ? " branch" : " branches")
                + "; a parallel block needs at least two");
      }
      Set<String> branchIds = new HashSet<>();
      for (int j = 0; j < b.branches().size(); j++) {
        ParallelBlock.Branch br = b.branches().get(j);
        String bpath = path + ".branches[" + j + "]";
        id(bpath + ".id", br.id(), "branch");
        if (!branchIds.add(br.id())) {
          error(bpath + ".id", "branch '" + br.id() + "' appears twice in block '" + b.id() + "'");
        }
        if (br.steps().isEmpty()) {
          error(
              bpath + ".steps", "branch '" + br.id() + "' of block '" + b.id() + "' has no steps");
        }
        for (int k = 0; k < br.steps().size(); k++) {
          String stepId = br.steps().get(k);
          String spath = bpath + ".steps[" + k + "]";
          if (!stepIndex.containsKey(stepId)) {
            error(
                spath,
                "branch '"
                    + br.id()
                    + "' of block '"
                    + b.id()
                    + "' lists step '"
                    + abbreviate(stepId)
                    + "', which is not declared");
            continue;
          }
          String where = b.id() + "/" + br.id();
          String before = branchOfStep.putIfAbsent(stepId, where);
          if (before != null) {
            error(
                spath,
                "step '"
                    + stepId
                    + "' is in branch "
                    + where
                    + " and already in branch "
                    + before
                    + "; a step belongs to one branch at most");
          }
        }
      }
      if (b.next().equals(Action.JOIN)) {
        error(path + ".next", "a block cannot be followed by 'join'; name a step or a block");
      } else if (!stepIndex.containsKey(b.next()) && !isBlockId(b.next())) {
        error(
            path + ".next",
            "parallel block '"
                + b.id()
                + "' continues to '"
                + abbreviate(b.next())
                + "', which is neither a step nor a parallel block");
      }
    }
    for (int i = 0; i < p.parallelBlocks().size(); i++) {
      ParallelBlock b = p.parallelBlocks().get(i);
      if (branchOfStep.containsKey(b.next())) {
        error(
            "parallelBlocks[" + i + "].next",
            "parallel block '"
                + b.id()
                + "' continues to step '"
                + b.next()
                + "', which is inside branch "
                + branchOfStep.get(b.next())
                + "; a block continues to a step outside every block");
      }
    }
  }

  private boolean isBlockId(String id) {
    for (ParallelBlock b : p.parallelBlocks()) {
      if (b.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private void actions() {
    Set<String> ids = new HashSet<>();
    boolean anyPause = false;
    for (Action a : p.actions()) {
      anyPause |= a.clockEffect() == ClockEffect.PAUSE;
    }
    for (int i = 0; i < p.actions().size(); i++) {
      Action a = p.actions().get(i);
      String path = "actions[" + i + "]";
      id(path + ".id", a.id(), "action");
      if (!ids.add(a.id())) {
        error(path + ".id", "action '" + a.id() + "' is declared twice");
      }
      if (a.name().isBlank()) {
        error(path + ".name", "action '" + a.id() + "' has an empty name");
      }
      if (a.from().isEmpty()) {
        error(path + ".from", "action '" + a.id() + "' names no step it is performed at");
      }
      Set<String> seenFrom = new HashSet<>();
      for (int k = 0; k < a.from().size(); k++) {
        String f = a.from().get(k);
        String fpath = path + ".from[" + k + "]";
        if (!seenFrom.add(f)) {
          error(fpath, "action '" + a.id() + "' lists step '" + abbreviate(f) + "' twice");
          continue;
        }
        if (!stepIndex.containsKey(f)) {
          error(
              fpath,
              "action '"
                  + a.id()
                  + "' is performed at '"
                  + abbreviate(f)
                  + "', which is not a step"
                  + (isBlockId(f) ? " but a parallel block (actions start at steps)" : ""));
          continue;
        }
        target(a, path, f);
        performers(a, fpath, p.steps().get(stepIndex.get(f)));
      }
      if (a.to().isEmpty() && a.outcome().isEmpty()) {
        error(
            path + ".to",
            "action '"
                + a.id()
                + "' has neither a target nor an outcome: give 'to' (a step, a block or join)"
                + " or, if it ends the dossier, an 'outcome'");
      } else if (a.to().isPresent() && a.outcome().isPresent()) {
        error(
            path + ".outcome",
            "action '"
                + a.id()
                + "' leads to '"
                + abbreviate(a.to().get())
                + "' and also has outcome "
                + Names.of(a.outcome().get())
                + "; only an action that ends the dossier (no 'to') has an outcome");
      }
      if (a.allowedRoles().isEmpty() && a.automaticAfter().isEmpty()) {
        error(
            path + ".allowedRoles",
            "nobody may perform action '"
                + a.id()
                + "': it allows no staff role and is not automatic (automaticAfter)");
      }
      int r = 0;
      for (String role : a.allowedRoles()) {
        if (!ID.matcher(role).matches()) {
          error(
              path + ".allowedRoles[" + r + "]",
              "staff role '"
                  + abbreviate(role)
                  + "' is not allowed: use letters, digits, '_', '.' and '-'");
        }
        r++;
      }
      if (a.maxRounds().isPresent()) {
        int rounds = a.maxRounds().getAsInt();
        if (rounds < 1 || rounds > MAX_ROUNDS) {
          error(
              path + ".maxRounds",
              "maxRounds of action '"
                  + a.id()
                  + "' must be 1 to "
                  + MAX_ROUNDS
                  + "; got "
                  + rounds);
        }
      }
      if (a.guard().isPresent()) {
        guard(a.guard().get(), path + ".guard", a.id(), 0);
      }
      if (a.clockEffect() == ClockEffect.RESUME && !anyPause) {
        warning(
            path + ".clockEffect",
            "action '" + a.id() + "' resumes the clock, but no action of the procedure pauses it");
      }
      if (a.clockEffect() == ClockEffect.PAUSE) {
        pauseTarget(a, path);
      }
    }
  }

  /**
   * A pause waits for the applicant: for a supplement (the step entered shows supplement-requested;
   * the pause is one round of the supplement policy, see {@link Procedure#requestsSupplement}) or
   * for a payment (financial-obligation-requested; no round). Any other pause is suspicious.
   */
  private void pauseTarget(Action a, String path) {
    String waits =
        "; a pause waits for the applicant at a step showing "
            + Names.of(DossierStatus.SUPPLEMENT_REQUESTED)
            + " (a supplement request, one round of the supplement policy) or "
            + Names.of(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED)
            + " (a payment notice, no round)";
    if (a.to().isEmpty() || a.to().get().equals(Action.JOIN)) {
      warning(
          path + ".clockEffect",
          "action '"
              + a.id()
              + "' pauses the clock but "
              + (a.to().isEmpty() ? "ends the dossier" : "joins")
              + waits);
      return;
    }
    List<Step> entered = p.entered(a.to().get());
    if (entered.isEmpty()) {
      return; // an unknown target is reported by the target check
    }
    for (Step st : entered) {
      if (st.status() == DossierStatus.SUPPLEMENT_REQUESTED
          || st.status() == DossierStatus.FINANCIAL_OBLIGATION_REQUESTED) {
        return;
      }
    }
    Step first = entered.get(0);
    warning(
        path + ".clockEffect",
        "action '"
            + a.id()
            + "' pauses the clock and leads to step '"
            + first.id()
            + "', which shows "
            + Names.of(first.status())
            + waits
            + "; give the step one of these statuses, or do not pause");
  }

  /** Checks an action's target as seen from one of its steps. */
  private void target(Action a, String path, String from) {
    if (a.to().isEmpty()) {
      return;
    }
    String to = a.to().get();
    String fromBranch = branchOfStep.get(from);
    String tpath = path + ".to";
    if (to.equals(Action.JOIN)) {
      if (fromBranch == null) {
        error(
            tpath,
            "action '"
                + a.id()
                + "' joins, but step '"
                + from
                + "' is not in a branch of a parallel block");
      }
      return;
    }
    boolean isStep = stepIndex.containsKey(to);
    boolean isBlock = isBlockId(to);
    if (!isStep && !isBlock) {
      error(
          tpath,
          "action '"
              + a.id()
              + "' leads to '"
              + abbreviate(to)
              + "', which is neither a step nor a parallel block"
              + suggestion(to));
      return;
    }
    if (fromBranch != null) {
      String toBranch = isStep ? branchOfStep.get(to) : null;
      if (!fromBranch.equals(toBranch)) {
        error(
            tpath,
            "action '"
                + a.id()
                + "' at step '"
                + from
                + "' in branch "
                + fromBranch
                + " leads out of the branch to '"
                + to
                + "'; a branch is left by 'join' or by an action that ends the dossier");
      }
    } else if (isStep && branchOfStep.containsKey(to)) {
      error(
          tpath,
          "action '"
              + a.id()
              + "' leads into step '"
              + to
              + "' of branch "
              + branchOfStep.get(to)
              + "; enter the parallel block by its id instead");
    }
  }

  private String suggestion(String unknown) {
    Set<String> known = new TreeSet<>(stepIndex.keySet());
    p.parallelBlocks().forEach(b -> known.add(b.id()));
    return "; known steps and blocks: " + list(known);
  }

  /** Whether someone at the step may perform the action: the step's staff role must be allowed. */
  private void performers(Action a, String path, Step s) {
    if (a.allowedRoles().isEmpty() || a.allowedRoles().contains(s.staffRole())) {
      return;
    }
    error(
        path,
        "nobody at step '"
            + s.id()
            + "' may perform action '"
            + a.id()
            + "': the step is worked by staff role '"
            + s.staffRole()
            + "' and the action allows only "
            + list(a.allowedRoles())
            + "; add '"
            + s.staffRole()
            + "' to allowedRoles or perform it at another step");
  }

  private void guard(Guard g, String path, String action, int depth) {
    if (depth > 50) {
      error(path, "guard of action '" + action + "' is nested more than 50 levels deep");
      return;
    }
    if (g instanceof Guard.All all) {
      if (all.guards().isEmpty()) {
        error(path + ".all", "an 'all' guard needs at least one condition");
      }
      for (int i = 0; i < all.guards().size(); i++) {
        guard(all.guards().get(i), path + ".all[" + i + "]", action, depth + 1);
      }
    } else if (g instanceof Guard.Any any) {
      if (any.guards().isEmpty()) {
        error(path + ".any", "an 'any' guard needs at least one condition");
      }
      for (int i = 0; i < any.guards().size(); i++) {
        guard(any.guards().get(i), path + ".any[" + i + "]", action, depth + 1);
      }
    } else if (g instanceof Guard.Not not) {
      guard(not.guard(), path + ".not", action, depth + 1);
    } else if (g instanceof Guard.Exists e) {
      declared(e.attribute(), path, action);
    } else if (g instanceof Guard.Equals e) {
      AttributeDeclaration d = declared(e.attribute(), path, action);
      if (d != null) {
        value(d, e.value(), path + ".eq", "eq");
      }
    } else if (g instanceof Guard.In in) {
      AttributeDeclaration d = declared(in.attribute(), path, action);
      if (in.values().isEmpty()) {
        error(path + ".in", "an 'in' guard needs at least one value");
      }
      if (d != null) {
        for (int i = 0; i < in.values().size(); i++) {
          value(d, in.values().get(i), path + ".in[" + i + "]", "in");
        }
      }
    } else if (g instanceof Guard.Compare c) {
      AttributeDeclaration d = declared(c.attribute(), path, action);
      String op = c.op().name().toLowerCase(java.util.Locale.ROOT);
      if (d != null) {
        if (d.type() != AttributeType.NUMBER && d.type() != AttributeType.DATE) {
          error(
              path + "." + op,
              "guard '"
                  + op
                  + "' compares attribute '"
                  + d.name()
                  + "', which is "
                  + Names.describe(d.type())
                  + "; only numbers and dates can be compared");
        } else {
          value(d, c.value(), path + "." + op, op);
        }
      }
    }
  }

  private AttributeDeclaration declared(String name, String path, String action) {
    AttributeDeclaration d = attributes.get(name);
    if (d == null) {
      error(
          path + ".attr",
          "the guard of action '"
              + action
              + "' reads attribute '"
              + abbreviate(name)
              + "', which the procedure does not declare; declared: "
              + list(attributes.keySet()));
    }
    return d;
  }

  private void value(AttributeDeclaration d, Object value, String path, String op) {
    AttributeType actual = GuardValues.typeOf(value);
    if (actual == d.type()) {
      return;
    }
    if (d.type() == AttributeType.DATE && value instanceof String s) {
      try {
        LocalDate.parse(s);
        return;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    error(
        path,
        "guard '"
            + op
            + "' compares attribute '"
            + d.name()
            + "', which is "
            + Names.describe(d.type())
            + ", with "
            + Names.describe(actual)
            + " ("
            + abbreviate(render(value))
            + "); give "
            + Names.describe(d.type())
            + Names.example(d.type()));
  }

  private static String render(Object value) {
    return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
  }

  private void startStep() {
    if (p.steps().isEmpty()) {
      return;
    }
    String start = p.startStep();
    if (!stepIndex.containsKey(start)) {
      error(
          "startStep",
          "the start step '"
              + abbreviate(start)
              + "' is not a step"
              + (isBlockId(start) ? " but a parallel block; start at a step" : ""));
    } else if (branchOfStep.containsKey(start)) {
      error(
          "startStep",
          "the start step '"
              + start
              + "' is inside branch "
              + branchOfStep.get(start)
              + "; a dossier starts at a step outside every block");
    }
  }

  private void graphChecks(ProcedureGraph g) {
    BitSet reachable = g.reachable();
    BitSet finish = g.canFinish();
    Set<Integer> inUnboundedDeadLoop = new HashSet<>();
    for (int k = 0; k < g.unboundedLoops.size(); k++) {
      int[] loop = g.unboundedLoops.get(k);
      boolean exit = g.unboundedLoopHasExit.get(k);
      List<String> nodes = new ArrayList<>();
      for (int v : loop) {
        nodes.add(g.nodeId(v));
      }
      Set<String> acts = new LinkedHashSet<>();
      Set<Integer> members = new HashSet<>();
      for (int v : loop) {
        members.add(v);
      }
      for (int v : loop) {
        for (ProcedureGraph.Edge e : g.out.get(v)) {
          if (e.action() >= 0 && e.target() >= 0 && members.contains(e.target())) {
            Action a = g.actions.get(e.action());
            if (a.maxRounds().isEmpty()) {
              acts.add(a.id());
            }
          }
        }
      }
      String path = loopPath(g, loop);
      String where = String.join(", ", nodes);
      if (!exit) {
        members.forEach(inUnboundedDeadLoop::add);
        error(
            path,
            acts.isEmpty()
                ? "parallel blocks " + where + " follow one another in a circle with no way out"
                : "the loop through "
                    + where
                    + " has no bound and no way out: a dossier entering it can never end; give"
                    + " one of its actions ("
                    + String.join(", ", acts)
                    + ") maxRounds and add an action that leaves the loop");
      } else {
        warning(
            path,
            "the loop through "
                + where
                + " has no bound: a dossier may go round it forever; give one of its actions ("
                + String.join(", ", acts)
                + ") maxRounds (the verifier goes round it once and cannot bound its worst case)");
      }
    }
    for (int i = 0; i < p.steps().size(); i++) {
      Step s = p.steps().get(i);
      Integer node = g.stepIndex.get(s.id());
      if (node == null || node != i) {
        continue; // a duplicate, reported already
      }
      String path = "steps[" + i + "].id";
      boolean hasActions = !p.actionsFrom(s.id()).isEmpty();
      if (!reachable.get(node)) {
        error(
            path,
            "step '"
                + s.id()
                + "' is unreachable: no action leads to it from the start step '"
                + p.startStep()
                + "'");
      }
      if (!hasActions) {
        error(path, "step '" + s.id() + "' has no way out: no action is performed at it");
      } else if (!finish.get(node) && !inUnboundedDeadLoop.contains(node)) {
        String branch = branchOfStep.get(s.id());
        error(
            path,
            branch == null
                ? "from step '" + s.id() + "' no sequence of actions ends the dossier"
                : "from step '"
                    + s.id()
                    + "' in branch "
                    + branch
                    + " no sequence of actions completes the branch (join) or ends the dossier");
      }
    }
    for (int i = 0; i < p.parallelBlocks().size(); i++) {
      ParallelBlock b = p.parallelBlocks().get(i);
      Integer node = g.blockIndex.get(b.id());
      if (node == null || g.blocks.get(node - g.steps.size()) != b) {
        continue;
      }
      String path = "parallelBlocks[" + i + "]";
      if (!reachable.get(node)) {
        error(path + ".id", "parallel block '" + b.id() + "' is unreachable: no action enters it");
      }
      boolean[] can = g.branchCanJoin(node);
      List<String> cannot = new ArrayList<>();
      for (int j = 0; j < can.length; j++) {
        if (!can[j]) {
          cannot.add(b.branches().get(j).id());
        }
      }
      boolean never =
          b.join() == ParallelBlock.Join.ALL ? !cannot.isEmpty() : cannot.size() == can.length;
      if (never && can.length > 0) {
        error(
            path + ".join",
            "parallel block '"
                + b.id()
                + "' can never join"
                + (b.join() == ParallelBlock.Join.ALL ? " (it waits for all branches)" : "")
                + ": no action with to: join is reachable in branch"
                + (cannot.size() == 1 ? " " : "es ")
                + String.join(", ", cannot));
      }
    }
  }

  private String loopPath(ProcedureGraph g, int[] loop) {
    int first = Integer.MAX_VALUE;
    for (int v : loop) {
      first = Math.min(first, v);
    }
    if (g.isBlock(first)) {
      return "parallelBlocks[" + p.parallelBlocks().indexOf(g.block(first)) + "]";
    }
    return "steps[" + stepIndex.getOrDefault(g.steps.get(first).id(), first) + "]";
  }

  private void budgets(ProcedureGraph g) {
    Verification v;
    try {
      v =
          ProcedureVerifier.create()
              .withWorkingWeek(options.workingWeek())
              .withPathLimit(options.pathLimit())
              .verify(g);
    } catch (PathLimitExceededException e) {
      warning(
          "timeLimit",
          "the step budgets were not checked against the legal time limit: " + e.getMessage());
      return;
    }
    List<ProcedurePath> over =
        v.paths().stream()
            .filter(x -> !x.extended() && x.worst().compareTo(v.legalTimeLimit()) > 0)
            .sorted((a, b) -> b.worst().compareTo(a.worst()))
            .collect(Collectors.toList());
    if (over.isEmpty()) {
      return;
    }
    ProcedurePath worst = over.get(0);
    Duration day = options.workingWeek().standardDay();
    problems.add(
        new Problem(
            "timeLimit",
            "the step budgets on path "
                + worst.describe()
                + " add up to "
                + WorkingTimes.format(worst.worst(), day)
                + " in the worst case, more than the legal time limit of "
                + p.timeLimit()
                + " ("
                + WorkingTimes.format(v.legalTimeLimit(), day)
                + ")"
                + (over.size() > 1
                    ? "; " + (over.size() - 1) + " other paths do not fit either"
                    : "")
                + "; shorten the step budgets or bound the loops more tightly",
            options.budgetOverrun()));
  }

  private static String list(Set<String> items) {
    if (items.isEmpty()) {
      return "(none)";
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(items));
    if (sorted.size() > 20) {
      return String.join(", ", sorted.subList(0, 20)) + ", ... (" + sorted.size() + " in all)";
    }
    return String.join(", ", sorted);
  }
}
