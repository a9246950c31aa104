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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.InvalidTimeLimitException;
import io.github.motcua.deadline.TimeLimit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a parsed YAML/JSON tree to a {@link Procedure.Builder}, collecting every format problem
 * (wrong type, missing field, unknown key, bad value) with its path instead of stopping at the
 * first. An element with a bad field is still added with a neutral placeholder, so that references
 * to it do not cascade into further problems; the problems themselves refuse the definition.
 */
final class ProcedureReader {
  static final Set<String> TOP_KEYS =
      orderedSet(
          "$schema",
          "code",
          "version",
          "effectiveFrom",
          "name",
          "timeLimit",
          "counting",
          "intakeCutoff",
          "supplement",
          "maxExtensions",
          "attributes",
          "agencyRoles",
          "startStep",
          "competentAgencyRole",
          "steps",
          "parallelBlocks",
          "actions");
  static final Set<String> SUPPLEMENT_KEYS = orderedSet("mode", "maxRounds", "applicantTimeLimit");
  static final Set<String> ATTRIBUTE_KEYS = orderedSet("name", "type", "required");
  static final Set<String> ROLE_KEYS = orderedSet("id", "name", "derivedFrom", "ancestorKind");
  static final Set<String> STEP_KEYS =
      orderedSet("id", "name", "agencyRole", "staffRole", "budget", "status");
  static final Set<String> BLOCK_KEYS = orderedSet("id", "name", "join", "next", "branches");
  static final Set<String> BRANCH_KEYS = orderedSet("id", "steps");
  static final Set<String> ACTION_KEYS =
      orderedSet(
          "id",
          "name",
          "from",
          "to",
          "allowedRoles",
          "guard",
          "clockEffect",
          "outcome",
          "reasonRequired",
          "undoable",
          "maxRounds",
          "automaticAfter");
  static final Set<String> TIME_LIMIT_KEYS =
      orderedSet("workingDays", "workingHours", "calendarDays");
  static final Set<String> GUARD_COMBINATORS = orderedSet("all", "any", "not");
  static final Set<String> GUARD_OPERATORS =
      orderedSet("eq", "in", "lt", "le", "gt", "ge", "exists");

  /** The largest amount of a time limit, text or map: the one bound {@link TimeLimit} has. */
  private static final BigDecimal MAX = BigDecimal.valueOf(TimeLimit.MAX_AMOUNT);

  private static final Pattern CUTOFF = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  /** Depth a guard may nest; deeper input is refused before recursion can hurt. */
  private static final int MAX_GUARD_DEPTH = 32;

  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, AttributeType> attributeTypes = new HashMap<>();

  private ProcedureReader() {}

  /** Reads a tree into a builder; problems are added to the list given. */
  static Procedure.Builder read(JsonNode root, List<Problem> problems) {
    ProcedureReader r = new ProcedureReader();
    Procedure.Builder b = r.procedure(root);
    problems.addAll(r.problems);
    return b;
  }

  private static Set<String> orderedSet(String... keys) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
  }

  private void error(String path, String message) {
    problems.add(Problem.error(path, message));
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "an empty value";
    }
    if (n.isObject()) {
      return "a map";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isBoolean()) {
      return "true/false";
    }
    if (n.isNumber()) {
      return "a number (" + n.asText() + ")";
    }
    return "text ('" + ProcedureValidator.abbreviate(n.asText()) + "')";
  }

  private boolean object(JsonNode n, String path, String what, Set<String> allowed) {
    if (n == null || !n.isObject()) {
      error(path, what + " must be a map of keys and values; got " + kind(n));
      return false;
    }
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        error(
            child(path, ProcedureValidator.abbreviate(key)),
            "unknown key '"
                + ProcedureValidator.abbreviate(key)
                + "' in "
                + what
                + "; allowed: "
                + String.join(", ", allowed));
      }
    }
    return true;
  }

  private JsonNode field(JsonNode obj, String key) {
    JsonNode n = obj.get(key);
    return n == null || n.isNull() ? null : n;
  }

  private String text(JsonNode obj, String key, String path, boolean required) {
    JsonNode n = field(obj, key);
    String p = child(path, key);
    if (n == null) {
      if (required) {
        error(p, "'" + key + "' is missing");
      }
      return null;
    }
    if (!n.isTextual()) {
      error(
          p,
          "'"
              + key
              + "' must be text; got "
              + kind(n)
              + (n.isNumber() ? "; write it in quotes" : ""));
      return null;
    }
    return n.asText();
  }

  private Integer integer(JsonNode obj, String key, String path, int min, int max) {
    JsonNode n = field(obj, key);
    if (n == null) {
      return null;
    }
    String p = child(path, key);
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
      error(
          p,
          "'" + key + "' must be a whole number from " + min + " to " + max + "; got " + kind(n));
      return null;
    }
    return n.asInt();
  }

  private Boolean bool(JsonNode obj, String key, String path) {
    JsonNode n = field(obj, key);
    if (n == null) {
      return null;
    }
    if (!n.isBoolean()) {
      error(child(path, key), "'" + key + "' must be true or false; got " + kind(n));
      return null;
    }
    return n.asBoolean();
  }

  private <E extends Enum<E>> E enumValue(
      JsonNode obj, String key, String path, Class<E> type, String what) {
    String t = text(obj, key, path, false);
    if (t == null) {
      return null;
    }
    E e = Names.parse(type, t);
    if (e == null) {
      error(
          child(path, key),
          "'"
              + ProcedureValidator.abbreviate(t)
              + "' is not a "
              + what
              + "; allowed: "
              + Names.allowed(type));
    }
    return e;
  }

  private List<JsonNode> list(JsonNode obj, String key, String path) {
    JsonNode n = field(obj, key);
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      error(child(path, key), "'" + key + "' must be a list; got " + kind(n));
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /** A list of ids, or a single id standing for a list of one. */
  private List<String> ids(JsonNode obj, String key, String path) {
    JsonNode n = field(obj, key);
    if (n == null) {
      return List.of();
    }
    if (n.isTextual()) {
      return List.of(n.asText());
    }
    if (!n.isArray()) {
      error(child(path, key), "'" + key + "' must be a list of ids, or one id; got " + kind(n));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (e.isTextual()) {
        out.add(e.asText());
      } else {
        error(child(path, key) + "[" + i + "]", "an id must be text; got " + kind(e));
      }
    }
    return out;
  }

  TimeLimit timeLimit(JsonNode obj, String key, String path, boolean required) {
    JsonNode n = field(obj, key);
    String p = child(path, key);
    if (n == null) {
      if (required) {
        error(
            p,
            "'"
                + key
                + "' is missing; write it as '15 working days', '4 working hours' or '30 calendar days'");
      }
      return null;
    }
    return timeLimit(n, p);
  }

  private TimeLimit timeLimit(JsonNode n, String p) {
    if (n.isTextual()) {
      TimeLimit t;
      try {
        t = TimeLimit.parse(n.asText());
      } catch (InvalidTimeLimitException e) {
        error(p, e.getMessage());
        return null;
      }
      return t; // TimeLimit bounds the amount
    }
    if (n.isObject()) {
      if (!object(n, p, "a time limit", TIME_LIMIT_KEYS)) {
        return null;
      }
      if (n.size() != 1) {
        error(p, "a time limit has exactly one of " + String.join(", ", TIME_LIMIT_KEYS));
        return null;
      }
      String key = n.fieldNames().next();
      JsonNode v = n.get(key);
      if (!v.isNumber() || v.decimalValue().signum() < 0 || v.decimalValue().compareTo(MAX) > 0) {
        error(
            child(p, key),
            "the amount must be a number from 0 to " + TimeLimit.MAX_AMOUNT + "; got " + kind(v));
        return null;
      }
      TimeLimit.Unit unit =
          switch (key) {
            case "workingDays" -> TimeLimit.Unit.WORKING_DAYS;
            case "workingHours" -> TimeLimit.Unit.WORKING_HOURS;
            default -> TimeLimit.Unit.CALENDAR_DAYS;
          };
      try {
        return new TimeLimit(v.decimalValue(), unit);
      } catch (InvalidTimeLimitException e) {
        error(child(p, key), e.getMessage());
        return null;
      }
    }
    error(
        p,
        "a time limit is text such as '15 working days', '4 working hours' or '30 calendar days', or a"
            + " map such as {workingDays: 15}; got "
            + kind(n));
    return null;
  }

  private Procedure.Builder procedure(JsonNode root) {
    Procedure.Builder b = Procedure.builder();
    if (!object(root, "", "a procedure", TOP_KEYS)) {
      return b;
    }
    String code = text(root, "code", "", true);
    if (code != null) {
      b.code(code);
    }
    Integer version = integer(root, "version", "", 1, 1_000_000);
    if (version != null) {
      b.version(version);
    }
    String eff = text(root, "effectiveFrom", "", true);
    if (eff != null) {
      try {
        b.effectiveFrom(LocalDate.parse(eff.trim()));
      } catch (DateTimeParseException e) {
        error(
            "effectiveFrom",
            "'" + ProcedureValidator.abbreviate(eff) + "' is not a date; write it as 2025-07-01");
      }
    }
    String name = text(root, "name", "", true);
    if (name != null) {
      b.name(name);
    }
    TimeLimit limit = timeLimit(root, "timeLimit", "", true);
    CountingRule rule = enumValue(root, "counting", "", CountingRule.class, "counting rule");
    if (limit != null) {
      b.timeLimit(limit, rule == null ? CountingRule.WORKING_TIME : rule);
    }
    JsonNode cut = field(root, "intakeCutoff");
    if (cut != null) {
      Matcher m = cut.isTextual() ? CUTOFF.matcher(cut.asText().trim()) : null;
      if (m == null || !m.matches()) {
        error(
            "intakeCutoff",
            "the intake cut-off is a time of day in quotes, such as '15:00'; got " + kind(cut));
      } else {
        b.intakeCutoff(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    }
    supplement(root, b);
    Integer ext = integer(root, "maxExtensions", "", 0, 100);
    if (ext != null) {
      b.extensionPolicy(new ExtensionPolicy(ext));
    }
    List<JsonNode> attrs = list(root, "attributes", "");
    for (int i = 0; i < attrs.size(); i++) {
      attribute(attrs.get(i), "attributes[" + i + "]", b);
    }
    List<JsonNode> roles = list(root, "agencyRoles", "");
    for (int i = 0; i < roles.size(); i++) {
      role(roles.get(i), "agencyRoles[" + i + "]", b);
    }
    String competent = text(root, "competentAgencyRole", "", false);
    if (competent != null) {
      b.competentAgencyRole(competent);
    }
    String start = text(root, "startStep", "", false);
    if (start != null) {
      b.startStep(start);
    }
    if (field(root, "steps") == null) {
      error("steps", "'steps' is missing; a procedure needs at least one step");
    }
    List<JsonNode> steps = list(root, "steps", "");
    for (int i = 0; i < steps.size(); i++) {
      step(steps.get(i), "steps[" + i + "]", b);
    }
    List<JsonNode> blocks = list(root, "parallelBlocks", "");
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i), "parallelBlocks[" + i + "]", b);
    }
    List<JsonNode> actions = list(root, "actions", "");
    for (int i = 0; i < actions.size(); i++) {
      action(actions.get(i), "actions[" + i + "]", b);
    }
    return b;
  }

  private void supplement(JsonNode root, Procedure.Builder b) {
    JsonNode n = field(root, "supplement");
    if (n == null || !object(n, "supplement", "the supplement policy", SUPPLEMENT_KEYS)) {
      return;
    }
    SupplementPolicy.Mode mode =
        enumValue(n, "mode", "supplement", SupplementPolicy.Mode.class, "supplement mode");
    Integer rounds = integer(n, "maxRounds", "supplement", 0, 100);
    TimeLimit applicant = timeLimit(n, "applicantTimeLimit", "supplement", false);
    b.supplementPolicy(
        new SupplementPolicy(
            mode == null ? SupplementPolicy.DEFAULT.mode() : mode,
            rounds == null ? SupplementPolicy.DEFAULT.maxRounds() : rounds,
            Optional.ofNullable(applicant)));
  }

  private void attribute(JsonNode n, String path, Procedure.Builder b) {
    if (!object(n, path, "an attribute", ATTRIBUTE_KEYS)) {
      return;
    }
    String name = text(n, "name", path, true);
    AttributeType type = enumValue(n, "type", path, AttributeType.class, "attribute type");
    if (field(n, "type") == null) {
      error(
          child(path, "type"), "'type' is missing; allowed: " + Names.allowed(AttributeType.class));
    }
    Boolean required = bool(n, "required", path);
    if (name != null) {
      AttributeType t = type == null ? AttributeType.STRING : type;
      attributeTypes.putIfAbsent(name, t);
      b.attribute(new AttributeDeclaration(name, t, required != null && required));
    }
  }

  private void role(JsonNode n, String path, Procedure.Builder b) {
    if (!object(n, path, "an agency role", ROLE_KEYS)) {
      return;
    }
    String id = text(n, "id", path, true);
    String name = text(n, "name", path, false);
    String from = text(n, "derivedFrom", path, false);
    String kind = text(n, "ancestorKind", path, false);
    if (id != null) {
      b.agencyRole(
          new AgencyRole(
              id, name == null ? id : name, Optional.ofNullable(from), Optional.ofNullable(kind)));
    }
  }

  private void step(JsonNode n, String path, Procedure.Builder b) {
    if (!object(n, path, "a step", STEP_KEYS)) {
      return;
    }
    String id = text(n, "id", path, true);
    String name = text(n, "name", path, false);
    String agency = text(n, "agencyRole", path, true);
    String staff = text(n, "staffRole", path, true);
    TimeLimit budget = timeLimit(n, "budget", path, true);
    DossierStatus status = DossierStatus.PROCESSING;
    JsonNode st = field(n, "status");
    if (st != null) {
      if (st.isIntegralNumber()) {
        int code = st.canConvertToInt() ? st.asInt() : -1;
        if (code < 1 || code > 10) {
          error(child(path, "status"), "a national portal status code is 1 to 10; got " + kind(st));
        } else {
          status = DossierStatus.ofPortalCode(code);
        }
      } else {
        DossierStatus s = enumValue(n, "status", path, DossierStatus.class, "dossier status");
        if (s != null) {
          status = s;
        }
      }
    }
    if (id != null) {
      b.step(
          new Step(
              id,
              name == null ? id : name,
              agency == null ? "" : agency,
              staff == null ? "" : staff,
              budget == null ? TimeLimit.workingDays(0) : budget,
              status));
    }
  }

  private void block(JsonNode n, String path, Procedure.Builder b) {
    if (!object(n, path, "a parallel block", BLOCK_KEYS)) {
      return;
    }
    String id = text(n, "id", path, true);
    String name = text(n, "name", path, false);
    ParallelBlock.Join join = enumValue(n, "join", path, ParallelBlock.Join.class, "join mode");
    String next = text(n, "next", path, true);
    if (field(n, "branches") == null) {
      error(child(path, "branches"), "'branches' is missing; a parallel block needs at least two");
    }
    List<JsonNode> branchNodes = list(n, "branches", path);
    List<ParallelBlock.Branch> branches = new ArrayList<>();
    for (int i = 0; i < branchNodes.size(); i++) {
      String bp = path + ".branches[" + i + "]";
      JsonNode bn = branchNodes.get(i);
      if (!object(bn, bp, "a branch", BRANCH_KEYS)) {
        continue;
      }
      String bid = text(bn, "id", bp, true);
      if (field(bn, "steps") == null) {
        error(child(bp, "steps"), "'steps' is missing; a branch lists its steps in order");
      }
      List<String> steps = ids(bn, "steps", bp);
      branches.add(new ParallelBlock.Branch(bid == null ? "" : bid, steps));
    }
    if (id != null) {
      b.parallelBlock(
          new ParallelBlock(
              id,
              name == null ? id : name,
              branches,
              join == null ? ParallelBlock.Join.ALL : join,
              next == null ? "" : next));
    }
  }

  private void action(JsonNode n, String path, Procedure.Builder b) {
    if (!object(n, path, "an action", ACTION_KEYS)) {
      return;
    }
    String id = text(n, "id", path, true);
    Action.Builder a = Action.builder(id == null ? "" : id);
    String name = text(n, "name", path, false);
    if (name != null) {
      a.name(name);
    }
    if (field(n, "from") == null) {
      error(
          child(path, "from"),
          "'from' is missing; name the step (or steps) the action is performed at");
    }
    a.from(ids(n, "from", path));
    String to = text(n, "to", path, false);
    if (to != null) {
      a.to(to);
    }
    a.allowedRoles(ids(n, "allowedRoles", path));
    JsonNode g = field(n, "guard");
    if (g != null) {
      Guard guard = guard(g, child(path, "guard"), 0);
      if (guard != null) {
        a.guard(guard);
      }
    }
    ClockEffect effect = enumValue(n, "clockEffect", path, ClockEffect.class, "clock effect");
    if (effect != null) {
      a.clockEffect(effect);
    }
    Outcome outcome = enumValue(n, "outcome", path, Outcome.class, "outcome");
    if (outcome != null) {
      a.outcome(outcome);
    }
    Boolean reason = bool(n, "reasonRequired", path);
    a.reasonRequired(reason != null && reason);
    Boolean undo = bool(n, "undoable", path);
    a.undoable(undo != null && undo);
    Integer rounds = integer(n, "maxRounds", path, 1, ProcedureValidator.MAX_ROUNDS);
    if (rounds != null) {
      a.maxRounds(rounds);
    }
    TimeLimit auto = timeLimit(n, "automaticAfter", path, false);
    if (auto != null) {
      a.automaticAfter(auto);
    }
    if (id != null) {
      b.action(a.build());
    }
  }

  private Guard guard(JsonNode n, String path, int depth) {
    if (depth > MAX_GUARD_DEPTH) {
      error(path, "the guard is nested more than " + MAX_GUARD_DEPTH + " levels deep");
      return null;
    }
    if (n == null || !n.isObject()) {
      error(
          path,
          "a guard is a map such as {attr: area, gt: 100}, {all: [...]}, {any: [...]} or {not: {...}};"
              + " got "
              + kind(n));
      return null;
    }
    for (String c : GUARD_COMBINATORS) {
      if (n.has(c)) {
        if (n.size() != 1) {
          error(path, "'" + c + "' stands alone in its map; put other conditions inside it");
          return null;
        }
        return combinator(c, n.get(c), child(path, c), depth);
      }
    }
    Set<String> allowed = new LinkedHashSet<>();
    allowed.add("attr");
    allowed.addAll(GUARD_OPERATORS);
    if (!object(n, path, "a guard", allowed)) {
      return null;
    }
    String attr = text(n, "attr", path, true);
    List<String> ops = new ArrayList<>();
    for (String op : GUARD_OPERATORS) {
      if (n.has(op)) {
        ops.add(op);
      }
    }
    if (ops.size() != 1) {
      error(
          path,
          (ops.isEmpty() ? "the guard has no operator" : "the guard has several operators " + ops)
              + "; give exactly one of "
              + String.join(", ", GUARD_OPERATORS)
              + ", or combine guards with all/any");
      return null;
    }
    if (attr == null) {
      return null;
    }
    String op = ops.get(0);
    JsonNode v = n.get(op);
    String vp = child(path, op);
    AttributeType declared = attributeTypes.get(attr);
    switch (op) {
      case "exists" -> {
        if (!v.isBoolean()) {
          error(vp, "'exists' is true or false; got " + kind(v));
          return null;
        }
        return v.asBoolean() ? Guard.exists(attr) : Guard.not(Guard.exists(attr));
      }
      case "in" -> {
        if (!v.isArray()) {
          error(vp, "'in' takes a list of values; got " + kind(v));
          return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
          Object value = value(v.get(i), declared, vp + "[" + i + "]");
          if (value != null) {
            values.add(value);
          }
        }
        return new Guard.In(attr, values);
      }
      default -> {
        Object value = value(v, declared, vp);
        if (value == null) {
          return null;
        }
        return switch (op) {
          case "eq" -> Guard.eq(attr, value);
          case "lt" -> Guard.lt(attr, value);
          case "le" -> Guard.le(attr, value);
          case "gt" -> Guard.gt(attr, value);
          default -> Guard.ge(attr, value);
        };
      }
    }
  }

  private Guard combinator(String c, JsonNode v, String path, int depth) {
    if (c.equals("not")) {
      Guard inner = guard(v, path, depth + 1);
      return inner == null ? null : Guard.not(inner);
    }
    if (v == null || !v.isArray()) {
      error(path, "'" + c + "' takes a list of guards; got " + kind(v));
      return null;
    }
    List<Guard> guards = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Guard g = guard(v.get(i), path + "[" + i + "]", depth + 1);
      ok &= g != null;
      if (g != null) {
        guards.add(g);
      }
    }
    if (!ok) {
      return null;
    }
    return c.equals("all") ? new Guard.All(guards) : new Guard.Any(guards);
  }

  /**
   * Converts a guard value by the attribute's declared type: a date from ISO text, a number from a
   * number. An undeclared attribute keeps the value's own type (validation reports the attribute).
   */
  private Object value(JsonNode v, AttributeType declared, String path) {
    if (v == null || v.isNull() || v.isContainerNode()) {
      error(path, "a guard value is text, a number, true/false or a date; got " + kind(v));
      return null;
    }
    if (declared == AttributeType.DATE && v.isTextual()) {
      try {
        return LocalDate.parse(v.asText().trim());
      } catch (DateTimeParseException e) {
        error(
            path,
            "'"
                + ProcedureValidator.abbreviate(v.asText())
                + "' is not a date; the attribute is a date, write it as 2025-07-01");
        return null;
      }
    }
    if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      if (d.precision() - d.scale() > 18 || d.scale() > 9) {
        error(
            path,
            "the number "
                + ProcedureValidator.abbreviate(v.asText())
                + " is too large or too precise");
        return null;
      }
      return d;
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    return v.asText();
  }
}
