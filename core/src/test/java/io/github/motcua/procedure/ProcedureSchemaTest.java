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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcedureSchemaTest {
  static JsonNode schema() throws Exception {
    try (InputStream in =
        ProcedureFormat.class.getResourceAsStream(ProcedureFormat.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema in the jar").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void theSchemaIsReadByItsMethodAsFromItsResource() throws Exception {
    assertThat(new ObjectMapper().readTree(ProcedureFormat.jsonSchema())).isEqualTo(schema());
  }

  private static List<String> names(JsonNode properties) {
    List<String> out = new ArrayList<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSchemaIsDraft2020AndNamesExactlyTheKeysTheReaderAccepts() throws Exception {
    JsonNode s = schema();
    assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    JsonNode p = s.get("properties");
    assertThat(names(p)).containsExactlyInAnyOrderElementsOf(ProcedureReader.TOP_KEYS);
    assertThat(names(p.at("/supplement/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.SUPPLEMENT_KEYS);
    assertThat(names(p.at("/attributes/items/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.ATTRIBUTE_KEYS);
    assertThat(names(p.at("/agencyRoles/items/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.ROLE_KEYS);
    assertThat(names(p.at("/steps/items/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.STEP_KEYS);
    assertThat(names(p.at("/parallelBlocks/items/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.BLOCK_KEYS);
    assertThat(names(p.at("/parallelBlocks/items/properties/branches/items/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.BRANCH_KEYS);
    assertThat(names(p.at("/actions/items/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.ACTION_KEYS);
    assertThat(names(s.at("/$defs/timeLimit/anyOf/2/properties")))
        .containsExactlyInAnyOrderElementsOf(ProcedureReader.TIME_LIMIT_KEYS);
    List<String> ops = names(s.at("/$defs/guard/anyOf/3/properties"));
    ops.remove("attr");
    assertThat(ops).containsExactlyInAnyOrderElementsOf(ProcedureReader.GUARD_OPERATORS);
  }

  @Test
  void theSchemasEnumsAreTheFormatsNames() throws Exception {
    JsonNode s = schema();
    assertEnum(s.at("/properties/counting/enum"), io.github.motcua.deadline.CountingRule.class);
    assertEnum(s.at("/properties/supplement/properties/mode/enum"), SupplementPolicy.Mode.class);
    assertEnum(s.at("/properties/attributes/items/properties/type/enum"), AttributeType.class);
    assertEnum(s.at("/properties/steps/items/properties/status/anyOf/0/enum"), DossierStatus.class);
    assertEnum(
        s.at("/properties/parallelBlocks/items/properties/join/enum"), ParallelBlock.Join.class);
    assertEnum(s.at("/properties/actions/items/properties/clockEffect/enum"), ClockEffect.class);
    assertEnum(s.at("/properties/actions/items/properties/outcome/enum"), Outcome.class);
  }

  private static <E extends Enum<E>> void assertEnum(JsonNode values, Class<E> type) {
    List<String> expected = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      expected.add(Names.of(e));
    }
    List<String> actual = new ArrayList<>();
    values.forEach(v -> actual.add(v.asText()));
    assertThat(actual).as(type.getSimpleName()).containsExactlyElementsOf(expected);
  }

  @Test
  void writtenProceduresValidateAgainstTheSchema() throws Exception {
    MiniSchemaValidator v = new MiniSchemaValidator(schema());
    for (Procedure p : List.of(Fixtures.linear().build(), Fixtures.parallel().build())) {
      JsonNode doc = new ObjectMapper().readTree(ProcedureFormat.json().write(p));
      assertThat(v.validate(doc)).as(p.code()).isEmpty();
      JsonNode yamlDoc = new YAMLMapper().readTree(ProcedureFormat.yaml().write(p));
      assertThat(v.validate(yamlDoc)).as(p.code()).isEmpty();
    }
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
    MiniSchemaValidator v = new MiniSchemaValidator(schema());
    ObjectNode doc =
        (ObjectNode)
            new ObjectMapper().readTree(ProcedureFormat.json().write(Fixtures.linear().build()));
    for (String mutation : Set.of("unknownKey", "badLimit", "badOutcome", "badGuard")) {
      ObjectNode copy = doc.deepCopy();
      switch (mutation) {
        case "unknownKey" -> copy.put("colour", "blue");
        case "badLimit" -> copy.put("timeLimit", "15 days");
        case "badOutcome" -> ((ObjectNode) copy.get("actions").get(3)).put("outcome", "finished");
        default -> ((ObjectNode) copy.get("actions").get(6)).putObject("guard").put("attr", "area");
      }
      assertThat(v.validate(copy)).as(mutation).isNotEmpty();
    }
  }

  @Test
  void theSchemaIsAsStrictAsTheReaderWhereTheReaderRefuses() throws Exception {
    MiniSchemaValidator v = new MiniSchemaValidator(schema());
    ObjectNode doc =
        (ObjectNode)
            new ObjectMapper().readTree(ProcedureFormat.json().write(Fixtures.linear().build()));
    assertThat(v.validate(doc)).isEmpty();
    java.util.Map<String, java.util.function.Consumer<ObjectNode>> mutations =
        new java.util.LinkedHashMap<>();
    mutations.put("id -x", d -> ((ObjectNode) d.get("steps").get(0)).put("id", "-x"));
    mutations.put("id a/b", d -> ((ObjectNode) d.get("steps").get(0)).put("id", "a/b"));
    mutations.put("date 2025-02-30", d -> d.put("effectiveFrom", "2025-02-30"));
    mutations.put("date 2025-02-29", d -> d.put("effectiveFrom", "2025-02-29"));
    mutations.put(
        "ancestorKind without derivedFrom",
        d ->
            ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("agencyRoles"))
                .addObject()
                .put("id", "up")
                .put("ancestorKind", "district"));
    mutations.put(
        "ancestorKind galaxy",
        d ->
            ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("agencyRoles"))
                .addObject()
                .put("id", "up")
                .put("derivedFrom", "desk")
                .put("ancestorKind", "galaxy"));
    mutations.put(
        "to and outcome", d -> ((ObjectNode) d.get("actions").get(0)).put("outcome", "rejected"));
    mutations.put("blank name", d -> d.put("name", "  "));
    mutations.put("long name", d -> d.put("name", "x".repeat(10_001)));
    for (var m : mutations.entrySet()) {
      ObjectNode copy = doc.deepCopy();
      m.getValue().accept(copy);
      assertThat(v.validate(copy)).as(m.getKey()).isNotEmpty();
      assertThatThrownBy(() -> ProcedureFormat.json().read(copy.toString(), "m.json"))
          .as(m.getKey())
          .isInstanceOf(ProcedureDefinitionException.class);
    }
    ObjectNode ok = doc.deepCopy();
    ok.put("effectiveFrom", "2024-02-29");
    ((ObjectNode) ok.get("steps").get(0)).put("name", "Thẩm định hồ sơ");
    assertThat(v.validate(ok)).isEmpty();
  }

  @Test
  void everyPropertyIsDescribedInVietnameseAndEnglish() throws Exception {
    List<String> missing = new ArrayList<>();
    int[] count = {0};
    describe(schema(), "", missing, count);
    assertThat(missing).isEmpty();
    assertThat(count[0]).isGreaterThan(60);
  }

  private static void describe(JsonNode node, String path, List<String> missing, int[] count) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        props
            .properties()
            .forEach(
                e -> {
                  count[0]++;
                  String d = e.getValue().path("description").asText("");
                  // English, then " — ", then Vietnamese (with its diacritics).
                  if (!d.contains(" — ")
                      || !d.matches("(?s).* — .*[\\u00C0-\\u024F\\u1E00-\\u1EFF].*")) {
                    missing.add(path + "/properties/" + e.getKey());
                  }
                });
      }
      node.properties()
          .forEach(e -> describe(e.getValue(), path + "/" + e.getKey(), missing, count));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        describe(node.get(i), path + "/" + i, missing, count);
      }
    }
  }

  @Test
  void theSchemaIsIdentifiedByItsOwnFileNameNotAnUnpublishedAddress() throws Exception {
    assertThat(schema().get("$id").asText()).isEqualTo("procedure.schema.json");
    assertThat(ProcedureFormat.SCHEMA_RESOURCE).endsWith("/" + schema().get("$id").asText());
  }
}
