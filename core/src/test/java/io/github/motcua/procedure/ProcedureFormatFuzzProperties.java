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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Malformed input of every kind gives a procedure or {@link ProcedureDefinitionException}, never
 * another exception: the reader and the validator are total.
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(io.github.motcua.fuzz.FuzzTries.class)
class ProcedureFormatFuzzProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> SEEDS_YAML =
      List.of(
          ProcedureFormat.yaml().write(Fixtures.linear().build()),
          ProcedureFormat.yaml().write(Fixtures.parallel().build()));

  /** Reads text; success and a definition exception are the only allowed results. */
  private static void readsOrRefuses(ProcedureFormat format, String text) {
    try {
      Procedure p = format.read(text, "fuzz");
      // A definition that reads must also survive writing, re-reading and verification.
      format.read(format.write(p), "fuzz-again");
      try {
        ProcedureVerifier.create().withPathLimit(10_000).verify(p);
      } catch (PathLimitExceededException e) {
        // allowed: a typed refusal
      }
    } catch (ProcedureDefinitionException e) {
      if (e.problems().isEmpty() || e.errors().isEmpty()) {
        throw new AssertionError("refused without an error", e);
      }
    }
  }

  @Property(tries = 250)
  void characterMutationsOfValidYamlAreReadOrRefused(
      @ForAll @IntRange(min = 0, max = 1) int seed,
      @ForAll @IntRange(min = 1, max = 8) int edits,
      @ForAll long randomSeed) {
    Random r = new Random(randomSeed);
    StringBuilder sb = new StringBuilder(SEEDS_YAML.get(seed));
    String alphabet = " :-[]{}\n\t\"'#&*!|>%@,?0123456789abcxyzđ";
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
        default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    readsOrRefuses(ProcedureFormat.yaml(), sb.toString());
  }

  @Property(tries = 300)
  void treeMutationsOfValidJsonAreReadOrRefused(
      @ForAll @IntRange(min = 0, max = 1) int seed,
      @ForAll @IntRange(min = 1, max = 4) int edits,
      @ForAll long randomSeed)
      throws Exception {
    Random r = new Random(randomSeed);
    Procedure base = seed == 0 ? Fixtures.linear().build() : Fixtures.parallel().build();
    JsonNode root = JSON.readTree(ProcedureFormat.json().write(base));
    for (int i = 0; i < edits; i++) {
      mutate(root, r);
    }
    readsOrRefuses(ProcedureFormat.json(), JSON.writeValueAsString(root));
  }

  @Property(tries = 150)
  void arbitraryTextIsReadOrRefused(@ForAll("junk") String text) {
    readsOrRefuses(ProcedureFormat.yaml(), text);
    readsOrRefuses(ProcedureFormat.json(), text);
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]:,\"'- \n&*!0123456789abc").ofMaxLength(200));
  }

  /** Replaces, removes or adds one node somewhere in the tree. */
  private static void mutate(JsonNode root, Random r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(r.nextInt(containers.size()));
    if (target instanceof ObjectNode obj) {
      List<String> keys = new ArrayList<>();
      Iterator<String> it = obj.fieldNames();
      it.forEachRemaining(keys::add);
      int choice = r.nextInt(3);
      if (choice == 0 || keys.isEmpty()) {
        String key =
            keys.isEmpty() || r.nextBoolean()
                ? "k" + r.nextInt(5)
                : keys.get(r.nextInt(keys.size()));
        obj.set(key, randomNode(r));
      } else if (choice == 1) {
        obj.remove(keys.get(r.nextInt(keys.size())));
      } else {
        obj.set(keys.get(r.nextInt(keys.size())), randomNode(r));
      }
    } else if (target instanceof ArrayNode arr) {
      if (arr.isEmpty() || r.nextBoolean()) {
        arr.add(randomNode(r));
      } else if (r.nextBoolean()) {
        arr.remove(r.nextInt(arr.size()));
      } else {
        arr.set(r.nextInt(arr.size()), randomNode(r));
      }
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      n.forEach(c -> collect(c, out));
    }
  }

  private static JsonNode randomNode(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> F.nullNode();
      case 1 -> F.booleanNode(r.nextBoolean());
      case 2 -> F.numberNode(r.nextInt(21) - 10);
      case 3 -> F.numberNode(r.nextDouble() * 1e6);
      case 4 -> F.textNode("receive");
      case 5 -> F.textNode("join");
      case 6 -> F.textNode(r.nextInt(100) + " working days");
      case 7 -> F.textNode("");
      case 8 -> F.arrayNode().add("appraise").add("approve");
      case 9 -> F.objectNode().put("attr", "area").put("gt", r.nextInt(100));
      case 10 -> F.objectNode();
      default -> F.textNode("x" + r.nextInt(1000));
    };
  }
}
