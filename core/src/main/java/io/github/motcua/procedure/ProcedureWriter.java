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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Maps a procedure to the tree of the file format, keys in the order an author reads them, leaving
 * out what equals its default (a name equal to the id, no clock effect, false flags).
 */
final class ProcedureWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ProcedureWriter() {}

  static ObjectNode write(Procedure p) {
    ObjectNode root = F.objectNode();
    root.put("code", p.code());
    root.put("version", p.version());
    root.put("effectiveFrom", p.effectiveFrom().toString());
    root.put("name", p.name());
    root.put("timeLimit", p.timeLimit().toString());
    root.put("counting", Names.of(p.countingRule()));
    p.intakeCutoff().ifPresent(t -> root.put("intakeCutoff", t.toString()));
    SupplementPolicy s = p.supplementPolicy();
    if (!s.equals(SupplementPolicy.DEFAULT)) {
      ObjectNode sn = root.putObject("supplement");
      sn.put("mode", Names.of(s.mode()));
      sn.put("maxRounds", s.maxRounds());
      s.applicantTimeLimit().ifPresent(t -> sn.put("applicantTimeLimit", t.toString()));
    }
    if (!p.extensionPolicy().equals(ExtensionPolicy.DEFAULT)) {
      root.put("maxExtensions", p.extensionPolicy().maxExtensions());
    }
    if (!p.attributes().isEmpty()) {
      ArrayNode attrs = root.putArray("attributes");
      for (AttributeDeclaration a : p.attributes()) {
        ObjectNode an = attrs.addObject();
        an.put("name", a.name());
        an.put("type", Names.of(a.type()));
        if (a.required()) {
          an.put("required", true);
        }
      }
    }
    ArrayNode roles = root.putArray("agencyRoles");
    for (AgencyRole r : p.agencyRoles()) {
      ObjectNode rn = roles.addObject();
      rn.put("id", r.id());
      rn.put("name", r.name());
      r.derivedFrom().ifPresent(d -> rn.put("derivedFrom", d));
      r.ancestorKind().ifPresent(k -> rn.put("ancestorKind", k));
    }
    p.competentAgencyRole().ifPresent(r -> root.put("competentAgencyRole", r));
    if (!p.steps().isEmpty() && !p.startStep().equals(p.steps().get(0).id())) {
      root.put("startStep", p.startStep());
    }
    ArrayNode steps = root.putArray("steps");
    for (Step st : p.steps()) {
      ObjectNode sn = steps.addObject();
      sn.put("id", st.id());
      if (!st.name().equals(st.id())) {
        sn.put("name", st.name());
      }
      sn.put("agencyRole", st.agencyRole());
      sn.put("staffRole", st.staffRole());
      sn.put("budget", st.budget().toString());
      sn.put("status", Names.of(st.status()));
    }
    if (!p.parallelBlocks().isEmpty()) {
      ArrayNode blocks = root.putArray("parallelBlocks");
      for (ParallelBlock b : p.parallelBlocks()) {
        ObjectNode bn = blocks.addObject();
        bn.put("id", b.id());
        if (!b.name().equals(b.id())) {
          bn.put("name", b.name());
        }
        bn.put("join", Names.of(b.join()));
        bn.put("next", b.next());
        ArrayNode branches = bn.putArray("branches");
        for (ParallelBlock.Branch br : b.branches()) {
          ObjectNode brn = branches.addObject();
          brn.put("id", br.id());
          strings(brn.putArray("steps"), br.steps());
        }
      }
    }
    ArrayNode actions = root.putArray("actions");
    for (Action a : p.actions()) {
      ObjectNode an = actions.addObject();
      an.put("id", a.id());
      if (!a.name().equals(a.id())) {
        an.put("name", a.name());
      }
      if (a.from().size() == 1) {
        an.put("from", a.from().get(0));
      } else {
        strings(an.putArray("from"), a.from());
      }
      a.to().ifPresent(t -> an.put("to", t));
      if (!a.allowedRoles().isEmpty()) {
        strings(an.putArray("allowedRoles"), a.allowedRoles());
      }
      a.guard().ifPresent(g -> an.set("guard", guard(g)));
      if (a.clockEffect() != ClockEffect.NONE) {
        an.put("clockEffect", Names.of(a.clockEffect()));
      }
      a.outcome().ifPresent(o -> an.put("outcome", Names.of(o)));
      if (a.reasonRequired()) {
        an.put("reasonRequired", true);
      }
      if (a.undoable()) {
        an.put("undoable", true);
      }
      a.maxRounds().ifPresent(r -> an.put("maxRounds", r));
      a.automaticAfter().ifPresent(t -> an.put("automaticAfter", t.toString()));
    }
    return root;
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  static JsonNode guard(Guard g) {
    ObjectNode n = F.objectNode();
    if (g instanceof Guard.All all) {
      ArrayNode list = n.putArray("all");
      all.guards().forEach(x -> list.add(guard(x)));
    } else if (g instanceof Guard.Any any) {
      ArrayNode list = n.putArray("any");
      any.guards().forEach(x -> list.add(guard(x)));
    } else if (g instanceof Guard.Not not) {
      n.set("not", guard(not.guard()));
    } else if (g instanceof Guard.Exists e) {
      n.put("attr", e.attribute());
      n.put("exists", true);
    } else if (g instanceof Guard.Equals e) {
      n.put("attr", e.attribute());
      n.set("eq", value(e.value()));
    } else if (g instanceof Guard.In in) {
      n.put("attr", in.attribute());
      ArrayNode list = n.putArray("in");
      in.values().forEach(v -> list.add(value(v)));
    } else if (g instanceof Guard.Compare c) {
      n.put("attr", c.attribute());
      n.set(c.op().name().toLowerCase(java.util.Locale.ROOT), value(c.value()));
    }
    return n;
  }

  private static JsonNode value(Object v) {
    if (v instanceof BigDecimal d) {
      return F.numberNode(d);
    }
    if (v instanceof Boolean b) {
      return F.booleanNode(b);
    }
    if (v instanceof LocalDate d) {
      return F.textNode(d.toString());
    }
    return F.textNode(String.valueOf(v));
  }
}
