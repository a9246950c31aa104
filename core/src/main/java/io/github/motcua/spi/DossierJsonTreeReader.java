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
package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The tree-based reader {@link DossierJson} had before its streaming one: kept, unchanged, as the
 * judge of every document the streaming reader does not take at once (a field of an unexpected
 * type, a missing one, an unreadable text, a format version other than this library's), so that
 * such a document reads to the same value or fails with the same message as it always did.
 */
final class DossierJsonTreeReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int FORMAT_VERSION = DossierJson.FORMAT_VERSION;
  private static final String FORMAT_FIELD = "formatVersion";

  private DossierJsonTreeReader() {}

  /**
   * Reads a snapshot as the tree-based reader did.
   *
   * @param json the JSON text
   * @return the snapshot
   * @throws MotcuaException if the text is not such a snapshot
   */
  static Dossier readDossier(String json) {
    return read(json, "dossier", DossierJsonTreeReader::dossier);
  }

  /**
   * Reads an event as the tree-based reader did.
   *
   * @param json the JSON text
   * @return the event
   * @throws MotcuaException if the text is not such an event
   */
  static DossierEvent readEvent(String json) {
    return read(json, "event", DossierJsonTreeReader::event);
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
