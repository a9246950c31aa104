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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.MotcuaException;
import io.github.motcua.deadline.ClockEntry;
import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.CompetenceChange;
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree-based {@code DossierJson} as it was before the streaming writer and reader: the
 * reference the new one must match byte for byte when writing, and value for value (or message for
 * message) when reading. Test code only; never change it to follow the format, as it records what
 * stores already hold.
 */
final class LegacyDossierJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The format version this library writes, and the newest it reads. */
  static final int FORMAT_VERSION = 1;

  private static final String FORMAT_FIELD = "formatVersion";

  private LegacyDossierJson() {}

  /**
   * Writes a snapshot.
   *
   * @param dossier the snapshot
   * @return its JSON text
   */
  static String write(Dossier dossier) {
    return text(versioned(dossierNode(requireNonNull(dossier, "dossier"))));
  }

  /**
   * Reads a snapshot written by {@link #write(Dossier)}.
   *
   * @param json the JSON text
   * @return the snapshot
   * @throws MotcuaException if the text is not such a snapshot
   */
  static Dossier readDossier(String json) {
    return read(json, "dossier", LegacyDossierJson::dossier);
  }

  /**
   * Writes an event.
   *
   * @param event the event
   * @return its JSON text
   */
  static String write(DossierEvent event) {
    return text(versioned(eventNode(requireNonNull(event, "event"))));
  }

  /**
   * Reads an event written by {@link #write(DossierEvent)}.
   *
   * @param json the JSON text
   * @return the event
   * @throws MotcuaException if the text is not such an event
   */
  static DossierEvent readEvent(String json) {
    return read(json, "event", LegacyDossierJson::event);
  }

  private interface Reader<T> {
    T read(JsonNode n);
  }

  private static <T> T read(String json, String what, Reader<T> reader) {
    requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new MotcuaException("stored " + what + " JSON could not be read: " + e.getMessage(), e);
    }
    JsonNode version = tree == null ? null : tree.get(FORMAT_FIELD);
    if (version != null && !version.isNull() && version.asInt(-1) != FORMAT_VERSION) {
      throw new MotcuaException(
          "stored "
              + what
              + " JSON has format version "
              + version
              + "; this library reads format version "
              + FORMAT_VERSION
              + " (and documents without a version, read as 1); upgrade motcua to read it");
    }
    try {
      return reader.read(tree);
    } catch (RuntimeException e) {
      throw new MotcuaException("stored " + what + " JSON could not be read: " + e.getMessage(), e);
    }
  }

  private static ObjectNode versioned(ObjectNode document) {
    ObjectNode o = F.objectNode();
    o.put(FORMAT_FIELD, FORMAT_VERSION);
    o.setAll(document);
    return o;
  }

  private static String text(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  // ------------------------------------------------------------------ writing

  private static ObjectNode dossierNode(Dossier d) {
    ObjectNode o = F.objectNode();
    o.put("id", d.id());
    o.put("number", d.number());
    o.put("procedureCode", d.procedureCode());
    o.put("procedureVersion", d.procedureVersion());
    o.put("channel", d.channel().name());
    o.put("applicantRef", d.applicantRef());
    o.put("receivingAgencyId", d.receivingAgencyId());
    o.put("competentAgencyId", d.competentAgencyId());
    if (!d.competenceChanges().isEmpty()) {
      ArrayNode changes = o.putArray("competenceChanges");
      for (CompetenceChange c : d.competenceChanges()) {
        changes
            .addObject()
            .put("at", c.at().toString())
            .put("from", c.fromAgencyId())
            .put("to", c.toAgencyId())
            .put("reorganisationId", c.reorganisationId());
      }
    }
    d.externalRef().ifPresent(r -> o.put("externalRef", r));
    if (!d.documents().isEmpty()) {
      ArrayNode docs = o.putArray("documents");
      for (DocumentRef x : d.documents()) {
        ObjectNode n = docs.addObject().put("id", x.id()).put("kind", x.kind());
        n.put("digest", x.digest());
        x.event().ifPresent(e -> n.put("event", e));
      }
    }
    ObjectNode attrs = o.putObject("attributes");
    d.attributes().forEach((k, v) -> attrs.set(k, value(v)));
    ObjectNode bindings = o.putObject("bindings");
    d.bindings().forEach(bindings::put);
    o.put("receivedAt", d.receivedAt().toString());
    o.put("status", d.status().name());
    o.put("version", d.version());
    o.set("clock", clockNode(d.clock()));
    opt(o, "dueAt", d.dueAt());
    ArrayNode steps = o.putArray("activeSteps");
    d.activeSteps().forEach(s -> steps.add(stepNode(s)));
    ObjectNode joined = o.putObject("joinedBranches");
    d.joinedBranches().forEach((k, v) -> v.forEach(joined.putArray(k)::add));
    ObjectNode rounds = o.putObject("actionRounds");
    d.actionRounds().forEach(rounds::put);
    o.put("supplementRounds", d.supplementRounds());
    o.put("extensions", d.extensions());
    o.put("stepCounter", d.stepCounter());
    opt(o, "nextTimerAt", d.nextTimerAt());
    o.put("dueSoonMarked", d.dueSoonMarked());
    o.put("overdueMarked", d.overdueMarked());
    opt(o, "finishedAt", d.finishedAt());
    d.outcome().ifPresent(x -> o.put("outcome", x.name()));
    d.timeliness().ifPresent(x -> o.put("timeliness", x.name()));
    d.undo()
        .ifPresent(
            u -> {
              ObjectNode un = o.putObject("undo");
              un.put("actionId", u.actionId());
              un.put("userId", u.userId());
              un.put("performedVersion", u.performedVersion());
              un.set("before", dossierNode(u.before()));
            });
    return o;
  }

  private static ObjectNode value(Object v) {
    ObjectNode n = F.objectNode();
    if (v instanceof String s) {
      n.put("type", "STRING").put("value", s);
    } else if (v instanceof BigDecimal b) {
      n.put("type", "NUMBER").put("value", b.toString());
    } else if (v instanceof Boolean b) {
      n.put("type", "BOOLEAN").put("value", b);
    } else if (v instanceof LocalDate d) {
      n.put("type", "DATE").put("value", d.toString());
    } else {
      throw new IllegalArgumentException(
          "attribute values are String, BigDecimal, Boolean or LocalDate; got "
              + v.getClass().getName());
    }
    return n;
  }

  private static ObjectNode stepNode(StepInstance s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("stepId", s.stepId());
    s.blockId().ifPresent(x -> o.put("blockId", x));
    s.branchId().ifPresent(x -> o.put("branchId", x));
    o.put("agencyId", s.agencyId());
    o.put("staffRole", s.staffRole());
    s.assignee().ifPresent(x -> o.put("assignee", x));
    o.put("enteredAt", s.enteredAt().toString());
    o.set("clock", clockNode(s.clock()));
    opt(o, "dueAt", s.dueAt());
    opt(o, "dueSoonAt", s.dueSoonAt());
    o.put("dueSoonMarked", s.dueSoonMarked());
    o.put("overdueMarked", s.overdueMarked());
    return o;
  }

  private static ObjectNode clockNode(DeadlineClock c) {
    ObjectNode o = F.objectNode();
    o.set("limit", limitNode(c.limit()));
    o.put("rule", c.policy().rule().name());
    c.policy().intakeCutoff().ifPresent(t -> o.put("intakeCutoff", t.toString()));
    ArrayNode entries = o.putArray("entries");
    for (ClockEntry e : c.entries()) {
      ObjectNode en = entries.addObject();
      en.put("kind", e.kind().name());
      en.put("at", e.at().toString());
      en.put("reason", e.reason());
      en.put("actor", e.actor());
      e.extension().ifPresent(x -> en.set("extension", limitNode(x)));
    }
    return o;
  }

  private static ObjectNode limitNode(TimeLimit t) {
    return F.objectNode().put("amount", t.amount().toString()).put("unit", t.unit().name());
  }

  private static void opt(ObjectNode o, String field, Optional<Instant> v) {
    v.ifPresent(x -> o.put(field, x.toString()));
  }

  private static ObjectNode eventNode(DossierEvent e) {
    ObjectNode o = F.objectNode();
    o.put("dossierId", e.dossierId());
    o.put("sequence", e.sequence());
    o.put("type", e.type().name());
    o.put("at", e.at().toString());
    e.userId().ifPresent(x -> o.put("userId", x));
    e.agencyId().ifPresent(x -> o.put("agencyId", x));
    e.stepInstanceId().ifPresent(x -> o.put("stepInstanceId", x));
    e.stepId().ifPresent(x -> o.put("stepId", x));
    e.actionId().ifPresent(x -> o.put("actionId", x));
    e.comment().ifPresent(x -> o.put("comment", x));
    opt(o, "previousDue", e.previousDue());
    opt(o, "newDue", e.newDue());
    ObjectNode details = o.putObject("details");
    e.details().forEach(details::put);
    return o;
  }

  // ------------------------------------------------------------------ reading

  private static Dossier dossier(JsonNode n) {
    Map<String, Object> attrs = new LinkedHashMap<>();
    fields(n.get("attributes")).forEach((k, v) -> attrs.put(k, attribute(k, v)));
    Map<String, String> bindings = new LinkedHashMap<>();
    fields(n.get("bindings")).forEach((k, v) -> bindings.put(k, v.textValue()));
    List<StepInstance> steps = new ArrayList<>();
    n.get("activeSteps").forEach(s -> steps.add(step(s)));
    Map<String, List<String>> joined = new LinkedHashMap<>();
    fields(n.get("joinedBranches"))
        .forEach(
            (k, v) -> {
              List<String> l = new ArrayList<>();
              v.forEach(x -> l.add(x.textValue()));
              joined.put(k, List.copyOf(l));
            });
    Map<String, Integer> rounds = new LinkedHashMap<>();
    fields(n.get("actionRounds")).forEach((k, v) -> rounds.put(k, v.intValue()));
    Dossier.Builder b =
        Dossier.builder()
            .id(text(n, "id"))
            .number(text(n, "number"))
            .procedure(text(n, "procedureCode"), n.get("procedureVersion").intValue())
            .channel(Channel.valueOf(text(n, "channel")))
            .applicantRef(text(n, "applicantRef"))
            .receivingAgencyId(text(n, "receivingAgencyId"))
            .externalRef(optText(n, "externalRef"))
            .attributes(attrs)
            .bindings(bindings)
            .receivedAt(Instant.parse(text(n, "receivedAt")))
            .status(DossierStatus.valueOf(text(n, "status")))
            .version(n.get("version").longValue())
            .clock(clock(n.get("clock")))
            .dueAt(instant(n, "dueAt"))
            .activeSteps(steps)
            .joinedBranches(joined)
            .actionRounds(rounds)
            .supplementRounds(n.get("supplementRounds").intValue())
            .extensions(n.get("extensions").intValue())
            .stepCounter(n.get("stepCounter").intValue())
            .nextTimerAt(instant(n, "nextTimerAt"))
            .dueSoonMarked(n.get("dueSoonMarked").booleanValue())
            .overdueMarked(n.get("overdueMarked").booleanValue())
            .finished(instant(n, "finishedAt"), optText(n, "outcome").map(Outcome::valueOf))
            .timeliness(optText(n, "timeliness").map(Timeliness::valueOf));
    // documents before the competent agency existed: the receiving agency was competent
    optText(n, "competentAgencyId").ifPresent(b::competentAgencyId);
    JsonNode docs = n.get("documents");
    if (docs != null && !docs.isNull()) {
      List<DocumentRef> list = new ArrayList<>();
      for (JsonNode x : docs) {
        JsonNode ev = x.get("event");
        list.add(
            new DocumentRef(
                text(x, "id"),
                text(x, "kind"),
                text(x, "digest"),
                ev == null || ev.isNull() ? Optional.empty() : Optional.of(ev.longValue())));
      }
      b.documents(list);
    }
    JsonNode changes = n.get("competenceChanges");
    if (changes != null && !changes.isNull()) {
      List<CompetenceChange> list = new ArrayList<>();
      for (JsonNode c : changes) {
        list.add(
            new CompetenceChange(
                Instant.parse(text(c, "at")),
                text(c, "from"),
                text(c, "to"),
                text(c, "reorganisationId")));
      }
      b.competenceChanges(list);
    }
    JsonNode u = n.get("undo");
    if (u != null && !u.isNull()) {
      b.undo(
          Optional.of(
              new UndoPoint(
                  text(u, "actionId"),
                  text(u, "userId"),
                  u.get("performedVersion").longValue(),
                  dossier(u.get("before")))));
    }
    return b.build();
  }

  private static Object attribute(String name, JsonNode v) {
    String type = text(v, "type");
    JsonNode value = v.get("value");
    return switch (type) {
      case "STRING" -> value.textValue();
      case "NUMBER" -> new BigDecimal(value.textValue());
      case "BOOLEAN" -> value.booleanValue();
      case "DATE" -> LocalDate.parse(value.textValue());
      default ->
          throw new IllegalArgumentException(
              "attribute '" + name + "' has unknown type '" + type + "'");
    };
  }

  private static StepInstance step(JsonNode n) {
    return new StepInstance(
        text(n, "id"),
        text(n, "stepId"),
        optText(n, "blockId"),
        optText(n, "branchId"),
        text(n, "agencyId"),
        text(n, "staffRole"),
        optText(n, "assignee"),
        Instant.parse(text(n, "enteredAt")),
        clock(n.get("clock")),
        instant(n, "dueAt"),
        instant(n, "dueSoonAt"),
        n.get("dueSoonMarked").booleanValue(),
        n.get("overdueMarked").booleanValue());
  }

  private static DeadlineClock clock(JsonNode n) {
    CountingRule rule = CountingRule.valueOf(text(n, "rule"));
    CountingPolicy policy =
        optText(n, "intakeCutoff")
            .map(t -> CountingPolicy.of(rule, LocalTime.parse(t)))
            .orElse(CountingPolicy.of(rule));
    List<ClockEntry> entries = new ArrayList<>();
    for (JsonNode e : n.get("entries")) {
      JsonNode ext = e.get("extension");
      entries.add(
          new ClockEntry(
              ClockEntry.Kind.valueOf(text(e, "kind")),
              Instant.parse(text(e, "at")),
              text(e, "reason"),
              text(e, "actor"),
              ext == null || ext.isNull() ? Optional.empty() : Optional.of(limit(ext))));
    }
    return DeadlineClock.replay(limit(n.get("limit")), policy, entries);
  }

  private static TimeLimit limit(JsonNode n) {
    return new TimeLimit(
        new BigDecimal(text(n, "amount")), TimeLimit.Unit.valueOf(text(n, "unit")));
  }

  private static DossierEvent event(JsonNode n) {
    Map<String, String> details = new LinkedHashMap<>();
    fields(n.get("details")).forEach((k, v) -> details.put(k, v.textValue()));
    return new DossierEvent(
        text(n, "dossierId"),
        n.get("sequence").longValue(),
        EventType.valueOf(text(n, "type")),
        Instant.parse(text(n, "at")),
        optText(n, "userId"),
        optText(n, "agencyId"),
        optText(n, "stepInstanceId"),
        optText(n, "stepId"),
        optText(n, "actionId"),
        optText(n, "comment"),
        instant(n, "previousDue"),
        instant(n, "newDue"),
        details);
  }

  private static Map<String, JsonNode> fields(JsonNode n) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (n != null) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' is missing or not text");
    }
    return v.textValue();
  }

  private static Optional<String> optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.textValue());
  }

  private static Optional<Instant> instant(JsonNode n, String field) {
    return optText(n, field).map(Instant::parse);
  }
}
