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

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.spi.JsonVariants;
import io.github.motcua.spi.RandomDossiers;
import io.github.motcua.spi.contract.StoreFixtures;
import io.github.motcua.testing.SettableClock;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@link DossierJson} against the tree-based one it replaced ({@link
 * LegacyDossierJson}): the same text for every snapshot and event, the same value or the same error
 * for every document, whole or damaged, and values read back whatever the order of the keys (a
 * store such as PostgreSQL's {@code jsonb} reorders them).
 */
class DossierJsonFormatProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Property(tries = 2000)
  void theTextIsTheTreeWritersByteForByte(@ForAll long seed) {
    RandomDossiers g = new RandomDossiers(seed);
    Dossier d = g.dossier();
    assertThat(DossierJson.write(d)).isEqualTo(LegacyDossierJson.write(d));
    DossierEvent e = g.event();
    assertThat(DossierJson.write(e)).isEqualTo(LegacyDossierJson.write(e));
  }

  @Property(tries = 1000)
  void valuesSurviveARoundTripWhateverTheKeyOrder(@ForAll long seed) {
    RandomDossiers g = new RandomDossiers(seed);
    Random r = new Random(seed);
    Dossier d = g.dossier();
    for (String json : JsonVariants.of(DossierJson.write(d), r)) {
      assertThat(DossierJson.readDossier(json)).as(json).isEqualTo(d);
    }
    DossierEvent e = g.event();
    for (String json : JsonVariants.of(DossierJson.write(e), r)) {
      assertThat(DossierJson.readEvent(json)).as(json).isEqualTo(e);
    }
  }

  @Property(tries = 4000)
  void aDamagedDocumentReadsAsTheTreeReaderReadIt(@ForAll long seed) {
    RandomDossiers g = new RandomDossiers(seed);
    Random r = new Random(seed);
    if (r.nextInt(4) == 0) {
      String damaged = damage(DossierJson.write(g.event()), r);
      assertThat(outcome(() -> DossierJson.readEvent(damaged)))
          .as(damaged)
          .isEqualTo(outcome(() -> LegacyDossierJson.readEvent(damaged)));
    } else {
      String damaged = damage(DossierJson.write(g.dossier()), r);
      assertThat(outcome(() -> DossierJson.readDossier(damaged)))
          .as(damaged)
          .isEqualTo(outcome(() -> LegacyDossierJson.readDossier(damaged)));
    }
  }

  @Test
  void engineSnapshotsAndEventsAreWrittenAsBeforeAndReadBackInAnyKeyOrder() {
    List<Dossier> snapshots = new ArrayList<>();
    List<DossierEvent> events = new ArrayList<>();
    scenario(snapshots, events);
    FuzzWorld world = new FuzzWorld();
    snapshots.addAll(world.dossiers());
    for (Dossier d : world.dossiers()) {
      snapshots.add(world.engine.get(d.id()));
      events.addAll(world.engine.history(d.id()));
    }
    snapshots.add(StoreFixtures.dossier("fx", StoreFixtures.step("s1", "desk", "officer", null)));
    events.addAll(StoreFixtures.events("fx", 0, 3));
    assertThat(snapshots).anyMatch(d -> d.undo().isPresent());
    assertThat(snapshots).anyMatch(d -> d.activeSteps().size() > 1);

    Random r = new Random(42);
    for (Dossier d : snapshots) {
      String json = DossierJson.write(d);
      assertThat(json).isEqualTo(LegacyDossierJson.write(d));
      for (String variant : JsonVariants.of(json, r)) {
        assertThat(DossierJson.readDossier(variant)).isEqualTo(d);
      }
    }
    for (DossierEvent e : events) {
      String json = DossierJson.write(e);
      assertThat(json).isEqualTo(LegacyDossierJson.write(e));
      for (String variant : JsonVariants.of(json, r)) {
        assertThat(DossierJson.readEvent(variant)).isEqualTo(e);
      }
    }
  }

  @Test
  void unreadableTextsFailAsBefore() {
    String valid = DossierJson.write(new RandomDossiers(7).dossier());
    String validEvent = DossierJson.write(new RandomDossiers(7).event());
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "[",
                "{",
                "}",
                "null",
                "1",
                "\"x\"",
                "[]",
                "{}",
                "{\"id\": 3}",
                "{\"formatVersion\":2}",
                "{\"formatVersion\":\"2\"}",
                "{\"formatVersion\":\"1\"}",
                "{\"formatVersion\":1.5}",
                "{\"formatVersion\":true}",
                "{\"formatVersion\":{\"a\":[1]}}",
                "{\"formatVersion\":null}",
                "{\"formatVersion\":1}",
                "{\"formatVersion\":99999999999999999999}",
                "{\"a\":1}garbage",
                "{'id':'x'}",
                "{\"id\":\"x\",}",
                "\uFEFF{}"));
    for (String doc : List.of(valid, validEvent)) {
      texts.add(doc + "garbage");
      texts.add("\uFEFF" + doc);
      texts.add(" \n" + doc);
      texts.add(doc.replaceFirst("\"id\":\"", "\"id\":\"\uD800"));
      texts.add(doc.replaceFirst("\"id\":\"", "\"id\":\"\uDC00\uD800\uDC00"));
      texts.add(doc + "{}");
      texts.add(doc.replace("\"formatVersion\":1,", "") + " ");
      texts.add(doc.replace("\"formatVersion\":1,", "\"formatVersion\":2,"));
      texts.add(
          JsonVariants.jsonbOrder(doc.replace("\"formatVersion\":1,", "\"formatVersion\":2,")));
      texts.add(doc.replace("\"formatVersion\":1,", "\"formatVersion\":0,"));
      texts.add(doc.replace("\"formatVersion\":1,", "\"formatVersion\":\"1\","));
      for (int cut = 0; cut < doc.length(); cut += 7) {
        texts.add(doc.substring(0, cut));
      }
    }
    for (String text : texts) {
      assertThat(outcome(() -> DossierJson.readDossier(text)))
          .as(text)
          .isEqualTo(outcome(() -> LegacyDossierJson.readDossier(text)));
      assertThat(outcome(() -> DossierJson.readEvent(text)))
          .as(text)
          .isEqualTo(outcome(() -> LegacyDossierJson.readEvent(text)));
    }
  }

  @Test
  void anAttributeOfAnotherTypeIsRefusedAsBefore() {
    Dossier d =
        StoreFixtures.dossier("fx", StoreFixtures.step("s1", "desk", "officer", null)).toBuilder()
            .attributes(Map.of("count", 3))
            .build();
    assertThat(outcome(() -> DossierJson.write(d)))
        .isEqualTo(outcome(() -> LegacyDossierJson.write(d)))
        .asString()
        .contains("got java.lang.Integer");
  }

  // ------------------------------------------------------------------ helpers

  /** The real dossiers of {@link DossierJsonTest}: undo points, a supplement, an extension. */
  private static void scenario(List<Dossier> snapshots, List<DossierEvent> events) {
    SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
    DossierEngine engine =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock)
            .build();
    Dossier d =
        engine
            .submit(
                landSubmission("app-json")
                    .attribute("since", "2020-01-02")
                    .attribute("urban", true)
                    .build())
            .dossier();
    snapshots.add(d);
    d = perform(engine, d, "forward", OFFICER, null);
    snapshots.add(d);
    clock.set(at(3, 3, 10, 0));
    d = perform(engine, d, "request-supplement", SPECIALIST, "map \"missing\" — bản đồ");
    snapshots.add(d);
    clock.set(at(3, 5, 10, 0));
    d = perform(engine, d, "supplied", OFFICER, null);
    snapshots.add(d);
    d = perform(engine, d, "consult", SPECIALIST, null);
    snapshots.add(d);
    d = perform(engine, d, "tax-ok", TAX_SPECIALIST, null);
    snapshots.add(d);
    d = perform(engine, d, "ward-ok", WARD_SPECIALIST, null);
    snapshots.add(d);
    clock.set(at(3, 30, 10, 0));
    engine.fireDueTimers(clock.instant());
    d = engine.get(d.id());
    snapshots.add(d);
    d =
        engine
            .perform(
                PerformCommand.builder(d.id(), "extend", LEADER, d.version())
                    .comment("apology")
                    .extension(TimeLimit.workingDays("1.5"))
                    .build())
            .dossier();
    snapshots.add(d);
    d = perform(engine, d, "reject", LEADER, "not eligible");
    snapshots.add(d);
    events.addAll(engine.history(d.id()));
  }

  private static Dossier perform(
      DossierEngine engine,
      Dossier d,
      String action,
      io.github.motcua.agency.Actor who,
      String comment) {
    PerformCommand.Builder b = PerformCommand.builder(d.id(), action, who, d.version());
    if (comment != null) {
      b.comment(comment);
    }
    return engine.perform(b.build()).dossier();
  }

  /**
   * The value read, or the class and message of what was thrown. A null pointer met in a document
   * counts as one whatever its message: the JVM drops the message of one thrown often from compiled
   * code (OmitStackTraceInFastThrow), so the tree reader's own messages for it vary from run to
   * run.
   */
  private static Object outcome(Supplier<?> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof NullPointerException) {
        return e.getClass().getName() + ": a null pointer";
      }
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** A document with one to three random faults: a field gone, of another type, or repeated. */
  private static String damage(String json, Random r) {
    JsonNode tree = tree(json);
    int faults = 1 + r.nextInt(3);
    for (int i = 0; i < faults; i++) {
      List<Map.Entry<ContainerNode<?>, Object>> places = new ArrayList<>();
      places(tree, places);
      Map.Entry<ContainerNode<?>, Object> place = places.get(r.nextInt(places.size()));
      JsonNode replacement = replacement(r, place);
      if (place.getKey() instanceof ObjectNode o) {
        if (replacement == null) {
          o.remove((String) place.getValue());
        } else {
          o.set((String) place.getValue(), replacement);
        }
      } else if (place.getKey() instanceof ArrayNode a) {
        if (replacement == null) {
          a.remove((Integer) place.getValue());
        } else {
          a.set((Integer) place.getValue(), replacement);
        }
      }
    }
    String out = text(tree);
    if (r.nextInt(4) == 0) {
      // a repeated or unknown key in a random object
      List<Integer> opens = new ArrayList<>();
      for (int i = out.indexOf('{'); i >= 0; i = out.indexOf('{', i + 1)) {
        opens.add(i);
      }
      int at = opens.get(r.nextInt(opens.size())) + 1;
      String[] inserts = {
        "\"id\":\"dup\",",
        "\"formatVersion\":2,",
        "\"formatVersion\":1,",
        "\"zzz\":{\"a\":[1,{\"b\":null}]},",
        "\"value\":true,",
        "\"type\":\"NUMBER\",",
        "\"version\":3,",
        "\"undo\":null,",
        "\"activeSteps\":null,",
        "\"entries\":[],",
      };
      String insert = inserts[r.nextInt(inserts.length)];
      if (out.charAt(at) == '}') {
        insert = insert.substring(0, insert.length() - 1);
      }
      out = out.substring(0, at) + insert + out.substring(at);
    }
    return out;
  }

  private static void places(JsonNode n, List<Map.Entry<ContainerNode<?>, Object>> out) {
    if (n instanceof ObjectNode o) {
      o.fieldNames()
          .forEachRemaining(
              k -> {
                out.add(Map.entry(o, k));
                places(o.get(k), out);
              });
    } else if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(Map.entry(a, i));
        places(a.get(i), out);
      }
    }
  }

  private static JsonNode replacement(Random r, Map.Entry<ContainerNode<?>, Object> place) {
    JsonNode old =
        place.getKey() instanceof ObjectNode o
            ? o.get((String) place.getValue())
            : ((ArrayNode) place.getKey()).get((Integer) place.getValue());
    return switch (r.nextInt(17)) {
      case 0, 1, 2 -> null;
      case 3 -> NullNode.instance;
      case 4 -> IntNode.valueOf(0);
      case 5 -> IntNode.valueOf(-1);
      case 6 -> LongNode.valueOf(1L << 40);
      case 7 -> BigIntegerNode.valueOf(BigInteger.TEN.pow(20));
      case 8 -> DoubleNode.valueOf(1.5);
      case 9 -> TextNode.valueOf("x");
      case 10 -> TextNode.valueOf(old.isTextual() ? old.textValue().toLowerCase() : "2");
      case 11 -> BooleanNode.TRUE;
      case 12 -> F.arrayNode();
      case 13 -> F.objectNode();
      case 14 -> TextNode.valueOf(old.isTextual() ? old.textValue() + "0" : "1");
      case 15 -> F.arrayNode().add(old.deepCopy());
      default -> old.isArray() ? F.objectNode().set("k", old.deepCopy()) : TextNode.valueOf("");
    };
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
