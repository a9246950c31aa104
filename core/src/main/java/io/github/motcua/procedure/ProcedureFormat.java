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

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.motcua.internal.text.DefinitionText;
import io.github.motcua.internal.text.TextProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads and writes procedure definitions in YAML or JSON. Immutable and thread-safe.
 *
 * <p>The format, in YAML (every key is listed in the JSON Schema published in the jar at {@value
 * #SCHEMA_RESOURCE}):
 *
 * <pre>{@code
 * code: "1.001193"              # national code, in quotes
 * version: 1
 * effectiveFrom: 2025-07-01
 * name: Đăng ký khai sinh
 * timeLimit: 0 working days     # or '4 working hours', '30 calendar days', {workingDays: 15}
 * counting: end-of-day          # working-time (default), end-of-day, calendar-days
 * intakeCutoff: "15:00"
 * supplement: {mode: continue, maxRounds: 1, applicantTimeLimit: 30 calendar days}
 * maxExtensions: 1
 * attributes:
 *   - {name: area, type: number, required: true}
 * agencyRoles:
 *   - {id: ward, name: Ward People's Committee}
 *   - {id: district, name: District People's Committee, derivedFrom: ward, ancestorKind: district}
 * steps:
 *   - {id: receive, agencyRole: ward, staffRole: one-stop-officer, budget: 2 working hours, status: received}
 * parallelBlocks:
 *   - {id: consult, join: all, next: decide, branches: [{id: fire, steps: [fire-review]}, ...]}
 * actions:
 *   - id: forward
 *     from: receive             # or a list
 *     to: appraise              # a step, a block, or join; none for an ending action
 *     allowedRoles: [one-stop-officer]
 *     guard: {all: [{attr: area, gt: 100}, {not: {attr: exempt, exists: true}}]}
 *     clockEffect: pause        # none (default), pause, resume, restart, extend
 *     outcome: result-ready     # ending actions only
 *     reasonRequired: true
 *     maxRounds: 2
 *     automaticAfter: 30 calendar days
 * }</pre>
 *
 * <p>Reading never fails with anything but {@link ProcedureDefinitionException} for bad content:
 * syntax errors (with line and column), wrong types, missing fields and unknown keys (each with its
 * path), and the model's validation. Hostile input is bounded before it is parsed: at most {@value
 * #DEFAULT_MAX_SIZE} characters by default, nesting at most {@value #MAX_NESTING} levels, text
 * values and keys of at most 10,000 characters (YAML lines of at most 20,000), no YAML aliases (the
 * tree reader would not expand them), no duplicate keys. Files are UTF-8, with or without a
 * byte-order mark, in YAML and JSON alike; an invalid byte or a raw control character (such as NUL
 * or ESC) is reported with its line and column. Reading a file that cannot be read at all (missing,
 * unreadable) raises {@link UncheckedIOException}; its cause is the {@link IOException} ({@link
 * java.nio.file.NoSuchFileException} for a file that does not exist).
 */
public final class ProcedureFormat {
  /**
   * Where the JSON Schema (draft 2020-12) of the format is in the jar. On the module path the
   * resource's package is not open to other modules, so read the schema with {@link #jsonSchema()}.
   */
  public static final String SCHEMA_RESOURCE = "/io/github/motcua/procedure/procedure.schema.json";

  /** The default largest input read, in characters (2 MiB). */
  public static final int DEFAULT_MAX_SIZE = 2 * 1024 * 1024;

  /**
   * Returns the JSON Schema (draft 2020-12) of the format: the text of {@link #SCHEMA_RESOURCE},
   * for an editor or a validator of the host's own. Works on the class path and on the module path
   * alike.
   *
   * @return the schema, as JSON text
   */
  public static String jsonSchema() {
    try (InputStream in = ProcedureFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has lost its JSON Schema " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /** The deepest nesting of maps and lists read. */
  public static final int MAX_NESTING = DefinitionText.MAX_NESTING;

  /** SnakeYAML's own bound on aliases, a second line of defence: aliases are refused anyway. */
  private static final int MAX_ALIASES = 50;

  /** The syntax of a definition. */
  public enum Syntax {
    /** YAML 1.1, as SnakeYAML reads it. */
    YAML,
    /** JSON. */
    JSON
  }

  private final Syntax syntax;
  private final int maxSize;
  private final ValidationOptions options;
  private final ObjectMapper mapper;

  private ProcedureFormat(Syntax syntax, int maxSize, ValidationOptions options) {
    this.syntax = syntax;
    this.maxSize = maxSize;
    this.options = options;
    this.mapper = mapper(syntax, maxSize);
  }

  private static ObjectMapper mapper(Syntax syntax, int maxSize) {
    StreamReadConstraints read = DefinitionText.readConstraints(maxSize);
    StreamWriteConstraints write = StreamWriteConstraints.builder().maxNestingDepth(200).build();
    JsonFactory factory;
    if (syntax == Syntax.YAML) {
      LoaderOptions loader = new LoaderOptions();
      loader.setCodePointLimit(maxSize);
      loader.setNestingDepthLimit(MAX_NESTING);
      loader.setMaxAliasesForCollections(MAX_ALIASES);
      loader.setAllowDuplicateKeys(false);
      loader.setAllowRecursiveKeys(false);
      factory =
          YAMLFactory.builder()
              .loaderOptions(loader)
              .streamReadConstraints(read)
              .streamWriteConstraints(write)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build();
    } else {
      factory =
          JsonFactory.builder()
              .streamReadConstraints(read)
              .streamWriteConstraints(write)
              .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build();
    }
    ObjectMapper m = new ObjectMapper(factory);
    m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.enable(SerializationFeature.INDENT_OUTPUT);
    m.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return m;
  }

  private static final ProcedureFormat YAML =
      new ProcedureFormat(Syntax.YAML, DEFAULT_MAX_SIZE, ValidationOptions.DEFAULT);
  private static final ProcedureFormat JSON =
      new ProcedureFormat(Syntax.JSON, DEFAULT_MAX_SIZE, ValidationOptions.DEFAULT);

  /**
   * Returns the YAML format with default limits and validation.
   *
   * @return the format
   */
  public static ProcedureFormat yaml() {
    return YAML;
  }

  /**
   * Returns the JSON format with default limits and validation.
   *
   * @return the format
   */
  public static ProcedureFormat json() {
    return JSON;
  }

  /**
   * Returns the format of a file by its name: JSON for {@code .json}, YAML otherwise.
   *
   * @param file the file
   * @return the format
   */
  public static ProcedureFormat forFile(Path file) {
    String name = String.valueOf(requireNonNull(file, "file").getFileName());
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }

  /**
   * Reads a procedure file in the format its name says ({@link #forFile}).
   *
   * @param file the file
   * @return the validated procedure
   * @throws ProcedureDefinitionException if the content is malformed or invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Procedure load(Path file) {
    return forFile(file).read(file);
  }

  /**
   * Returns this format with other validation options.
   *
   * @param validationOptions the options
   * @return the format
   */
  public ProcedureFormat withValidationOptions(ValidationOptions validationOptions) {
    return new ProcedureFormat(
        syntax, maxSize, requireNonNull(validationOptions, "validationOptions"));
  }

  /**
   * Returns this format with another size limit.
   *
   * @param maxChars the most characters read, at least 1
   * @return the format
   * @throws IllegalArgumentException if the limit is below 1
   */
  public ProcedureFormat withMaxSize(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("size limit must be at least 1; got " + maxChars);
    }
    return new ProcedureFormat(syntax, maxChars, options);
  }

  /**
   * Returns the syntax.
   *
   * @return YAML or JSON
   */
  public Syntax syntax() {
    return syntax;
  }

  /**
   * Reads a procedure file.
   *
   * @param file the file, UTF-8
   * @return the validated procedure
   * @throws ProcedureDefinitionException if the content is malformed or invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public Procedure read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > (long) maxSize * 4) {
        throw tooLarge(source, size + " bytes");
      }
      return read(Files.readAllBytes(file), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read procedure file " + source, e);
    }
  }

  /**
   * Reads a procedure from a stream, which is read to its end (up to the size limit) and not
   * closed.
   *
   * @param in the stream, UTF-8
   * @param source a name for messages, such as a file name
   * @return the validated procedure
   * @throws ProcedureDefinitionException if the content is malformed or invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Procedure read(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    try {
      byte[] bytes = in.readNBytes(maxSize * 4 + 1);
      if (bytes.length > maxSize * 4) {
        throw tooLarge(source, "more than " + maxSize * 4 + " bytes");
      }
      return read(bytes, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read procedure from " + source, e);
    }
  }

  private Procedure read(byte[] bytes, String source) {
    String text;
    try {
      text = DefinitionText.decode(bytes);
    } catch (TextProblem e) {
      throw refused(source, e);
    }
    return read(text, source);
  }

  private static ProcedureDefinitionException refused(String source, TextProblem e) {
    return new ProcedureDefinitionException(
        source, List.of(Problem.error(e.where(), e.getMessage())));
  }

  /**
   * Reads a procedure from text.
   *
   * @param text the definition
   * @param source a name for messages, such as a file name
   * @return the validated procedure
   * @throws ProcedureDefinitionException if the content is malformed or invalid
   */
  public Procedure read(String text, String source) {
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    if (text.length() > maxSize) {
      throw tooLarge(source, text.length() + " characters");
    }
    JsonNode root;
    try {
      String checked = DefinitionText.prepare(text, syntax == Syntax.YAML);
      root = parse(checked, source);
      DefinitionText.checkStrings(root);
    } catch (TextProblem e) {
      throw refused(source, e);
    }
    List<Problem> problems = new ArrayList<>();
    Procedure.Builder builder = ProcedureReader.read(root, problems);
    builder.validationOptions(options);
    if (problems.isEmpty()) {
      return builder.build(source);
    }
    // Report the format problems, and what validation finds elsewhere in what could be read.
    try {
      builder.build(source);
    } catch (ProcedureDefinitionException e) {
      for (Problem p : e.problems()) {
        if (p.isError() && !covered(p, problems)) {
          problems.add(p);
        }
      }
    } catch (RuntimeException e) {
      // The partial model could not be validated; the format problems say why.
    }
    throw new ProcedureDefinitionException(source, problems);
  }

  private static boolean covered(Problem p, List<Problem> formatProblems) {
    for (Problem f : formatProblems) {
      if (p.path().isEmpty()
          || f.path().isEmpty()
          || p.path().equals(f.path())
          || p.path().startsWith(f.path() + ".")
          || p.path().startsWith(f.path() + "[")
          || f.path().startsWith(p.path() + ".")
          || f.path().startsWith(p.path() + "[")) {
        return true;
      }
    }
    return false;
  }

  private ProcedureDefinitionException tooLarge(String source, String size) {
    return new ProcedureDefinitionException(
        source,
        List.of(
            Problem.error(
                "",
                "the definition is too large ("
                    + size
                    + "); at most "
                    + maxSize
                    + " characters are read")));
  }

  /**
   * Refuses YAML aliases: the tree reader would not expand them (an alias would read as its
   * anchor's name), so a definition using them would not mean what its author wrote.
   */
  private void refuseAliases(String text, String source) {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(maxSize);
    loader.setNestingDepthLimit(MAX_NESTING);
    for (Event e : new Yaml(loader).parse(new StringReader(text))) {
      if (e instanceof AliasEvent alias) {
        Mark mark = alias.getStartMark();
        throw new ProcedureDefinitionException(
            source,
            List.of(
                Problem.error(
                    "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1),
                    "YAML aliases (*"
                        + ProcedureValidator.abbreviate(String.valueOf(alias.getAnchor()))
                        + ") are not supported; write the value out")));
      }
    }
  }

  private JsonNode parse(String text, String source) {
    try {
      if (syntax == Syntax.YAML) {
        refuseAliases(text, source);
      }
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new ProcedureDefinitionException(
            source, List.of(Problem.error("", "the definition is empty")));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new ProcedureDefinitionException(
          source, List.of(Problem.error(where(e.getLocation()), DefinitionText.limitExceeded(e))));
    } catch (JacksonException e) {
      JsonLocation loc = e.getLocation();
      String where =
          loc == null || loc.getLineNr() < 1
              ? ""
              : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new ProcedureDefinitionException(
          source,
          List.of(
              Problem.error(
                  where,
                  "the file is not valid "
                      + syntax
                      + ": "
                      + DefinitionText.firstLine(e.getOriginalMessage()))));
    } catch (ProcedureDefinitionException e) {
      throw e;
    } catch (ReaderException e) {
      throw new ProcedureDefinitionException(
          source,
          List.of(
              Problem.error(
                  where(text, e.getPosition()),
                  "the file contains the character "
                      + String.format(Locale.ROOT, "U+%04X", e.getCodePoint())
                      + ", which YAML does not allow; remove it or write it escaped in a"
                      + " double-quoted string")));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where =
          mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw new ProcedureDefinitionException(
          source,
          List.of(
              Problem.error(
                  where, "the file is not valid YAML: " + DefinitionText.firstLine(what))));
    } catch (RuntimeException | StackOverflowError e) {
      // SnakeYAML limits (aliases, code points, depth) surface as its own exceptions.
      throw new ProcedureDefinitionException(
          source,
          List.of(
              Problem.error(
                  "",
                  "the file is not valid "
                      + syntax
                      + " or exceeds a limit: "
                      + DefinitionText.firstLine(String.valueOf(e.getMessage())))));
    }
  }

  private static String where(JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1
        ? ""
        : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static String where(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return "line " + line + ", column " + col;
  }

  /**
   * Writes a procedure as text in this format. Reading the text back gives an equal procedure.
   *
   * @param procedure the procedure
   * @return the text
   */
  public String write(Procedure procedure) {
    requireNonNull(procedure, "procedure");
    try {
      return mapper.writeValueAsString(ProcedureWriter.write(procedure));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write procedure " + procedure.code(), e);
    }
  }

  /**
   * Writes a procedure to a file in this format, UTF-8.
   *
   * @param procedure the procedure
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Procedure procedure, Path file) {
    requireNonNull(file, "file");
    String text = write(procedure);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write procedure file " + file, e);
    }
  }
}
