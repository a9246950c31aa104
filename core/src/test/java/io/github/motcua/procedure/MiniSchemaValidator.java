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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON tree against the subset of JSON Schema 2020-12 the procedure schema uses: type,
 * properties, required, additionalProperties false, enum, pattern, items, min/maxItems, anyOf,
 * local $ref, minimum, maximum, minLength, maxLength, min/maxProperties, allOf, not,
 * dependentRequired, uniqueItems, format (an annotation only). Any other keyword in the schema
 * fails the check, so the subset cannot silently grow.
 */
final class MiniSchemaValidator {
  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(
          "$schema",
          "$id",
          "title",
          "description",
          "default",
          "$defs",
          "type",
          "properties",
          "required",
          "additionalProperties",
          "enum",
          "pattern",
          "items",
          "minItems",
          "anyOf",
          "$ref",
          "minimum",
          "maximum",
          "minLength",
          "minProperties",
          "maxProperties",
          "maxLength",
          "allOf",
          "not",
          "dependentRequired",
          "uniqueItems",
          "format");

  private final JsonNode root;

  MiniSchemaValidator(JsonNode root) {
    this.root = root;
  }

  List<String> validate(JsonNode doc) {
    List<String> errors = new ArrayList<>();
    check(root, doc, "$", errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode doc, String path, List<String> errors) {
    Iterator<String> keys = schema.fieldNames();
    while (keys.hasNext()) {
      String k = keys.next();
      if (!KNOWN.contains(k)) {
        throw new IllegalStateException("schema keyword not supported by the test: " + k);
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw new IllegalStateException("unresolved $ref " + ref);
      }
      check(target, doc, path, errors);
    }
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode alt : schema.get("anyOf")) {
        if (new MiniSchemaValidator(root).sub(alt, doc, path).isEmpty()) {
          any = true;
          break;
        }
      }
      if (!any) {
        errors.add(path + ": matches none of the alternatives");
      }
    }
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        check(part, doc, path, errors);
      }
    }
    if (schema.has("not") && sub(schema.get("not"), doc, path).isEmpty()) {
      errors.add(path + ": matches what is not allowed: " + schema.get("not"));
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), doc)) {
      errors.add(path + ": expected " + schema.get("type") + ", got " + doc.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(doc);
      }
      if (!found) {
        errors.add(path + ": " + doc + " not in " + schema.get("enum"));
      }
    }
    if (schema.has("pattern")
        && doc.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(doc.asText()).find()) {
      errors.add(path + ": '" + doc.asText() + "' does not match " + schema.get("pattern"));
    }
    if (schema.has("minLength")
        && doc.isTextual()
        && doc.asText().codePointCount(0, doc.asText().length())
            < schema.get("minLength").asInt()) {
      errors.add(path + ": too short");
    }
    if (schema.has("maxLength")
        && doc.isTextual()
        && doc.asText().codePointCount(0, doc.asText().length())
            > schema.get("maxLength").asInt()) {
      errors.add(path + ": too long");
    }
    if (doc.isNumber()) {
      if (schema.has("minimum")
          && doc.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        errors.add(path + ": below minimum");
      }
      if (schema.has("maximum")
          && doc.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        errors.add(path + ": above maximum");
      }
    }
    if (doc.isObject()) {
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!doc.has(r.asText())) {
            errors.add(path + ": missing " + r.asText());
          }
        }
      }
      if (schema.has("dependentRequired")) {
        Iterator<String> present = schema.get("dependentRequired").fieldNames();
        while (present.hasNext()) {
          String k = present.next();
          if (doc.has(k)) {
            for (JsonNode r : schema.get("dependentRequired").get(k)) {
              if (!doc.has(r.asText())) {
                errors.add(path + ": " + k + " needs " + r.asText());
              }
            }
          }
        }
      }
      if (schema.has("minProperties") && doc.size() < schema.get("minProperties").asInt()) {
        errors.add(path + ": too few properties");
      }
      if (schema.has("maxProperties") && doc.size() > schema.get("maxProperties").asInt()) {
        errors.add(path + ": too many properties");
      }
      JsonNode props = schema.get("properties");
      Iterator<String> names = doc.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (props != null && props.has(n)) {
          check(props.get(n), doc.get(n), path + "." + n, errors);
        } else if (schema.has("additionalProperties")
            && !schema.get("additionalProperties").asBoolean(true)) {
          errors.add(path + ": unknown property " + n);
        }
      }
    }
    if (doc.isArray()) {
      if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
        errors.add(path + ": too few items");
      }
      if (schema.path("uniqueItems").asBoolean(false)) {
        java.util.Set<JsonNode> seen = new java.util.HashSet<>();
        doc.forEach(
            e -> {
              if (!seen.add(e)) {
                errors.add(path + ": duplicate item " + e);
              }
            });
      }
      if (schema.has("items")) {
        for (int i = 0; i < doc.size(); i++) {
          check(schema.get("items"), doc.get(i), path + "[" + i + "]", errors);
        }
      }
    }
  }

  private List<String> sub(JsonNode schema, JsonNode doc, String path) {
    List<String> errors = new ArrayList<>();
    check(schema, doc, path, errors);
    return errors;
  }

  private static boolean typeMatches(JsonNode type, JsonNode doc) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, doc)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> doc.isObject();
      case "array" -> doc.isArray();
      case "string" -> doc.isTextual();
      case "integer" ->
          doc.isIntegralNumber()
              || (doc.isNumber() && doc.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number" -> doc.isNumber();
      case "boolean" -> doc.isBoolean();
      case "null" -> doc.isNull();
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }
}
