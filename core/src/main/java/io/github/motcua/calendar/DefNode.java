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
package io.github.motcua.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.motcua.internal.text.DefinitionText;
import io.github.motcua.internal.text.TextProblem;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A node of a parsed JSON or YAML document with its path, reading typed values and failing with
 * {@link CalendarDefinitionException} naming that path. Documents are read into a tree first, so
 * every mistake (syntax, types, unknown keys, bad values) comes out as that one exception.
 *
 * <p>The text goes through the same checks as a procedure definition ({@link DefinitionText}):
 * UTF-8 with or without a byte-order mark, an invalid byte or a raw control character located by
 * line and column, YAML lines and text values bounded before and after parsing, nesting bounded, at
 * most {@value #MAX_LENGTH} characters.
 */
final class DefNode {
  /** Document formats. */
  enum Format {
    JSON,
    YAML;

    /** The format a file name ends in ({@code .json}, {@code .yaml}, {@code .yml}), or null. */
    static Format ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return JSON;
      }
      return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : null;
    }
  }

  /** The longest definition or schedule read, in characters (2 MiB, as for procedures). */
  static final int MAX_LENGTH = 2 * 1024 * 1024;

  /** The most bytes read for {@link #MAX_LENGTH} characters of UTF-8. */
  static final int MAX_BYTES = 4 * MAX_LENGTH;

  static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(DefinitionText.readConstraints(MAX_LENGTH))
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .loaderOptions(loaderOptions())
                  .streamReadConstraints(DefinitionText.readConstraints(MAX_LENGTH))
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // YAML 1.1 would read "off", "on", "yes" and "no" as booleans: "kind: off" must stay
          // text.
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .build();

  final String source;
  final String path;
  final JsonNode node;

  private DefNode(String source, String path, JsonNode node) {
    this.source = source;
    this.path = path;
    this.node = node;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    o.setCodePointLimit(MAX_LENGTH);
    o.setNestingDepthLimit(DefinitionText.MAX_NESTING);
    return o;
  }

  /**
   * Reads the text of a definition or schedule file the way every definition file is read ({@link
   * DefinitionText}): bounded, decoded from UTF-8 with or without a byte-order mark, checked for
   * control characters and, for YAML, overlong lines.
   *
   * @param yaml whether the text is YAML; CSV and JSON are checked alike
   */
  static String readText(InputStream in, boolean yaml, String source) throws IOException {
    try {
      String text = DefinitionText.decode(DefinitionText.readBytes(in, MAX_BYTES));
      if (text.length() > MAX_LENGTH) {
        throw new TextProblem(
            "", "the file has " + text.length() + " characters; at most " + MAX_LENGTH);
      }
      return DefinitionText.prepare(text, yaml);
    } catch (TextProblem e) {
      throw refused(source, e);
    }
  }

  /** A problem found by the shared text checks, as this package's exception. */
  static CalendarDefinitionException refused(String source, TextProblem e) {
    return new CalendarDefinitionException(source, e.where(), e.getMessage());
  }

  static DefNode parse(InputStream in, Format format, String source) {
    JsonNode tree;
    try {
      ObjectMapper mapper = format == Format.JSON ? JSON : YAML;
      String text = readText(in, format == Format.YAML, source);
      try (JsonParser p = mapper.createParser(text)) {
        tree = mapper.readTree(p);
        if (format == Format.JSON && tree != null && p.nextToken() != null) {
          throw new CalendarDefinitionException(
              source, "", "unexpected content after the end of the JSON document");
        }
      }
      if (tree != null) {
        DefinitionText.checkStrings(tree);
      }
    } catch (TextProblem e) {
      throw refused(source, e);
    } catch (StreamConstraintsException e) {
      JsonLocation loc = e.getLocation();
      throw new CalendarDefinitionException(
          source,
          loc == null || loc.getLineNr() < 1
              ? ""
              : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(),
          DefinitionText.limitExceeded(e));
    } catch (JsonProcessingException e) {
      // no cause: a Jackson message quotes the document
      throw new CalendarDefinitionException(source, "", syntaxProblem(format, e));
    } catch (IOException e) {
      throw unreadable(source, e);
    } catch (CalendarDefinitionException e) {
      throw e;
    } catch (RuntimeException e) {
      // Some YAML failures (from the underlying SnakeYAML) escape as runtime exceptions.
      // no cause and the first line only: a SnakeYAML message quotes the document
      throw new CalendarDefinitionException(
          source, "", "is not valid " + format + ": " + DefinitionText.firstLine(e.getMessage()));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new CalendarDefinitionException(source, "", "the document is empty");
    }
    return new DefNode(source, "", tree);
  }

  /** The failure of reading a source at all. */
  static CalendarDefinitionException unreadable(String source, IOException e) {
    return new CalendarDefinitionException(
        source, "", "could not be read: " + e.getClass().getSimpleName(), e);
  }

  /** A tree written as JSON (pretty-printed) or YAML. */
  static String write(JsonNode tree, Format format) {
    try {
      return format == Format.JSON
          ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
          : YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a " + format + " tree cannot fail", e);
    }
  }

  private static String syntaxProblem(Format format, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    String where =
        loc == null || loc.getLineNr() < 0
            ? ""
            : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    return "is not valid "
        + format
        + where
        + ": "
        + DefinitionText.firstLine(e.getOriginalMessage());
  }

  CalendarDefinitionException fail(String problem) {
    return new CalendarDefinitionException(source, path, problem);
  }

  CalendarDefinitionException fail(String problem, Throwable cause) {
    return new CalendarDefinitionException(source, path, problem, cause);
  }

  boolean isMissing() {
    return node.isMissingNode() || node.isNull();
  }

  /** The field {@code name} of this object node (missing if absent). */
  DefNode field(String name) {
    JsonNode child = node.isObject() ? node.get(name) : null;
    return new DefNode(
        source,
        path.isEmpty() ? name : path + "." + name,
        child == null ? MissingNode.getInstance() : child);
  }

  /** Requires an object whose keys are all among {@code allowed}; returns its field names. */
  List<String> object(Set<String> allowed) {
    if (!node.isObject()) {
      throw fail("must be an object with the keys " + new TreeSet<>(allowed) + "; got " + type());
    }
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw field(name)
            .fail("unknown key '" + name + "'; allowed here: " + new TreeSet<>(allowed));
      }
      names.add(name);
    }
    return names;
  }

  /** Requires an array; returns its elements. */
  List<DefNode> elements() {
    if (!node.isArray()) {
      throw fail("must be a list; got " + type());
    }
    List<DefNode> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new DefNode(source, path + "[" + i + "]", node.get(i)));
    }
    return out;
  }

  DefNode required() {
    if (isMissing()) {
      throw fail("is required");
    }
    return this;
  }

  String text() {
    required();
    if (!node.isTextual()) {
      throw fail("must be text; got " + type());
    }
    return node.textValue();
  }

  String nonBlankText() {
    String t = text();
    if (t.isBlank()) {
      throw fail("must not be blank");
    }
    return t;
  }

  int intValue() {
    required();
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw fail("must be a whole number; got " + type());
    }
    return node.intValue();
  }

  boolean bool() {
    required();
    if (!node.isBoolean()) {
      throw fail("must be true or false; got " + type());
    }
    return node.booleanValue();
  }

  LocalDate date() {
    String t = text();
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw fail(
          DefinitionText.shapeOf(t) + " is not a date; expected YYYY-MM-DD such as 2027-01-01");
    }
  }

  Duration duration() {
    String t = text();
    try {
      return Duration.parse(t);
    } catch (DateTimeParseException e) {
      throw fail(
          DefinitionText.shapeOf(t)
              + " is not a duration; expected ISO-8601 such as PT8H or PT7H30M");
    }
  }

  WorkingPeriod period() {
    String t = text();
    try {
      return WorkingPeriod.parse(t);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage() + " (times as HH:mm, the end after the start)", e);
    }
  }

  /** Reads a text value naming a constant of {@code type}, written in lower case with dashes. */
  <E extends Enum<E>> E enumValue(Class<E> type) {
    String t = text();
    for (E e : type.getEnumConstants()) {
      if (enumName(e).equals(t.toLowerCase(Locale.ROOT).replace('_', '-'))) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(enumName(e));
    }
    throw fail(DefinitionText.shapeOf(t) + " is not allowed; expected one of " + allowed);
  }

  static String enumName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String type() {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> DefinitionText.shapeOf(node.textValue());
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      case NULL, MISSING -> "nothing";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }
}
