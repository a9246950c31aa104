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

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The same JSON document as a store may give it back: its keys shuffled at every level, sorted as
 * PostgreSQL's {@code jsonb} keeps them, reversed, indented, or without its format version.
 */
public final class JsonVariants {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonVariants() {}

  /**
   * Returns the document as written and in other key orders and layouts, all of the same value.
   *
   * @param json the document
   * @param r where the shuffles come from
   * @return the variants, the document itself first
   */
  public static List<String> of(String json, Random r) {
    JsonNode tree = tree(json);
    List<String> out = new ArrayList<>();
    out.add(json);
    out.add(text(reordered(tree, keys -> Collections.shuffle(keys, r))));
    out.add(jsonbOrder(json));
    out.add(text(reordered(tree, Collections::reverse)));
    try {
      out.add(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ObjectNode unversioned = tree.deepCopy();
    unversioned.remove("formatVersion");
    out.add(text(reordered(unversioned, keys -> Collections.shuffle(keys, r))));
    return out;
  }

  /**
   * Returns the document with its keys as PostgreSQL's jsonb keeps them: shorter first, then by
   * their bytes.
   *
   * @param json the document
   * @return the document reordered
   */
  public static String jsonbOrder(String json) {
    return text(
        reordered(
            tree(json),
            keys ->
                keys.sort(
                    Comparator.comparingInt((String k) -> k.getBytes(UTF_8).length)
                        .thenComparing(
                            (a, b) ->
                                Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8))))));
  }

  private static JsonNode reordered(JsonNode n, Consumer<List<String>> order) {
    if (n.isObject()) {
      List<String> keys = new ArrayList<>();
      n.fieldNames().forEachRemaining(keys::add);
      order.accept(keys);
      ObjectNode o = F.objectNode();
      for (String k : keys) {
        o.set(k, reordered(n.get(k), order));
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = F.arrayNode();
      n.forEach(x -> a.add(reordered(x, order)));
      return a;
    }
    return n;
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
