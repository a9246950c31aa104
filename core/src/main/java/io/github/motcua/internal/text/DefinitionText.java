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
package io.github.motcua.internal.text;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the text of a YAML or JSON definition before a parser sees it, and checks the parsed tree
 * after: one path for every definition file, so a byte-order mark, a bad byte or an endless value
 * is treated the same in YAML and JSON, in procedures and calendars.
 */
public final class DefinitionText {
  /** The longest text value (or key) read, in characters: names are a few hundred at most. */
  public static final int MAX_STRING_LENGTH = 10_000;

  /**
   * The longest YAML line read, in characters: SnakeYAML scans a long scalar in time quadratic in
   * its length (a 1.5 M-character name took 10 s and 1 GB), so a line that could hold a value over
   * {@link #MAX_STRING_LENGTH} is refused before it is scanned. JSON is streamed by Jackson, which
   * bounds each string itself, so a minified JSON file on one line is fine.
   */
  public static final int MAX_YAML_LINE_LENGTH = 2 * MAX_STRING_LENGTH;

  /** The deepest nesting of maps and lists read. */
  public static final int MAX_NESTING = 64;

  private static final char BOM = '\uFEFF';

  /** Control, format, lone surrogate, line and paragraph separator characters. */
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]");

  private DefinitionText() {}

  /**
   * Decodes UTF-8 bytes: a leading byte-order mark is dropped, an invalid byte is located.
   *
   * @param bytes the content of a file
   * @return the text, checked as {@link #check(String)} does
   * @throws TextProblem at the line and column of an invalid byte or a control character
   */
  public static String decode(byte[] bytes) throws TextProblem {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int bad = in.position();
      out.flip();
      String before = out.toString();
      if (!before.isEmpty() && before.charAt(0) == BOM) {
        before = before.substring(1);
      }
      int[] lc = lineAndColumn(before, before.length());
      StringBuilder hex = new StringBuilder();
      for (int i = bad; i < Math.min(bytes.length, bad + r.length()); i++) {
        hex.append(hex.length() == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
      }
      throw new TextProblem(
          at(lc),
          "the file is not UTF-8 text: byte "
              + hex
              + " at byte offset "
              + bad
              + " is not valid UTF-8; save the file as UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return check(out.toString());
  }

  /**
   * Reads the bytes of a definition, at most {@code maxBytes} of them.
   *
   * @param in the stream; not closed
   * @param maxBytes the most bytes allowed
   * @return the bytes
   * @throws IOException if the stream cannot be read
   * @throws TextProblem if the stream holds more than {@code maxBytes}
   */
  public static byte[] readBytes(InputStream in, int maxBytes) throws IOException, TextProblem {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new TextProblem("", "the file is larger than " + maxBytes + " bytes");
    }
    return bytes;
  }

  /**
   * Checks the text of a definition before it is parsed: {@link #check(String)}, and for YAML
   * {@link #checkYamlLines(String)}.
   *
   * @param text the text
   * @param yaml whether it is YAML (else JSON)
   * @return the text without a byte-order mark
   * @throws TextProblem where the text is refused
   */
  public static String prepare(String text, boolean yaml) throws TextProblem {
    String t = check(text);
    if (yaml) {
      checkYamlLines(t);
    }
    return t;
  }

  /**
   * Returns the parser bounds of a definition of at most {@code maxLength} characters: nesting
   * {@link #MAX_NESTING}, numbers of 100 digits. Strings are bounded by the document only, so that
   * {@link #checkStrings(JsonNode)} names the path of a value that is too long.
   *
   * @param maxLength the longest document, in characters
   * @return the constraints for a Jackson factory
   */
  public static StreamReadConstraints readConstraints(int maxLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING)
        .maxDocumentLength(maxLength)
        .maxStringLength(maxLength)
        .maxNumberLength(100)
        .maxNameLength(maxLength)
        .build();
  }

  /**
   * Says which parser bound a definition exceeded, in the format's terms rather than Jackson's.
   *
   * @param e what the parser threw
   * @return what is wrong and what is allowed
   */
  public static String limitExceeded(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return "maps and lists are nested deeper than the nesting limit of "
          + MAX_NESTING
          + " levels; flatten the definition";
    }
    if (m.contains("String value length") || m.contains("Name length")) {
      return "a text value or key is longer than "
          + MAX_STRING_LENGTH
          + " characters; at most "
          + MAX_STRING_LENGTH
          + " are allowed";
    }
    if (m.contains("Number value length")) {
      return "a number has more than 100 digits";
    }
    String line = m.strip().lines().findFirst().orElse("unreadable");
    return "the definition exceeds a limit: "
        + printable(line.length() > 300 ? line.substring(0, 297) + "..." : line);
  }

  /**
   * Checks text: a leading byte-order mark is dropped; control characters other than tab, line feed
   * and carriage return (a NUL byte, an escape sequence) are refused, as neither YAML nor JSON
   * allows them raw.
   *
   * @param text the text
   * @return the text without a byte-order mark
   * @throws TextProblem at the line and column of the first control character
   */
  public static String check(String text) throws TextProblem {
    String t = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
        throw new TextProblem(
            at(lineAndColumn(t, i)),
            "the file contains the control character "
                + codePoint(c)
                + (c == 0 ? " (NUL)" : c == 0x1B ? " (ESC)" : "")
                + ", which YAML and JSON do not allow; write it escaped in a double-quoted"
                + " string, or remove it");
      }
    }
    return t;
  }

  /**
   * Refuses a line too long to be a line of a YAML definition ({@link #MAX_YAML_LINE_LENGTH}).
   *
   * @param text the text
   * @throws TextProblem naming the line
   */
  public static void checkYamlLines(String text) throws TextProblem {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_YAML_LINE_LENGTH) {
          throw new TextProblem(
              "line " + line,
              "the line is "
                  + (i - start)
                  + " characters long; a YAML line has at most "
                  + MAX_YAML_LINE_LENGTH
                  + " characters and a text value at most "
                  + MAX_STRING_LENGTH);
        }
        line++;
        start = i + 1;
      }
    }
  }

  /**
   * Refuses a text value or key longer than {@link #MAX_STRING_LENGTH} anywhere in a parsed tree.
   *
   * @param root the tree
   * @throws TextProblem with the path of the value, such as {@code steps[2].name}
   */
  public static void checkStrings(JsonNode root) throws TextProblem {
    Deque<Map.Entry<String, JsonNode>> stack = new ArrayDeque<>();
    stack.push(Map.entry("", root));
    while (!stack.isEmpty()) {
      Map.Entry<String, JsonNode> e = stack.pop();
      String path = e.getKey();
      JsonNode n = e.getValue();
      if (n.isTextual() && n.asText().length() > MAX_STRING_LENGTH) {
        throw tooLong(path, "the text", n.asText().length());
      }
      if (n.isObject()) {
        for (Map.Entry<String, JsonNode> f : n.properties()) {
          if (f.getKey().length() > MAX_STRING_LENGTH) {
            throw tooLong(path, "a key", f.getKey().length());
          }
          stack.push(
              Map.entry(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue()));
        }
      } else if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          stack.push(Map.entry(path + "[" + i + "]", n.get(i)));
        }
      }
    }
  }

  private static TextProblem tooLong(String path, String what, int length) {
    return new TextProblem(
        path,
        what
            + " is "
            + length
            + " characters long; at most "
            + MAX_STRING_LENGTH
            + " characters are allowed in a text value or key");
  }

  /**
   * Describes a refused text value by its shape, never its content: a definition file is
   * configuration, but a value in the wrong column may be anything (a citizen's identity number
   * pasted into a date), and messages never carry personal data. The line and the column or path
   * the message names lead the author to it.
   *
   * @param value the refused value
   * @return e.g. {@code "a text of 12 characters"}
   */
  public static String shapeOf(String value) {
    return value.isEmpty() ? "an empty text" : "a text of " + value.length() + " characters";
  }

  /**
   * The first line of a parser's message, at most 300 characters, printable: the parser's own
   * message, never its source excerpt (the later lines and the location of a Jackson or SnakeYAML
   * exception quote the document, which may hold anything).
   *
   * @param message the parser's message, possibly null
   * @return the line
   */
  public static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse("unreadable");
    return printable(line.length() > 300 ? line.substring(0, 297) + "..." : line);
  }

  /**
   * Returns text with every control character (C0, DEL, C1, line and paragraph separators,
   * bidirectional and other format characters) written as <code>&#92;u001B</code>, so that printing
   * it cannot move the cursor, change colours or reorder what a terminal shows.
   *
   * @param s the text
   * @return the text, safe to print
   */
  public static String printable(String s) {
    return UNSAFE.matcher(s).replaceAll(m -> escaped(m.group().charAt(0)));
  }

  /**
   * Returns whether a code point must not reach a terminal or a diagram as it is.
   *
   * @param cp the code point
   * @return true for a control, format, surrogate or separator character
   */
  public static boolean unsafe(int cp) {
    return UNSAFE.matcher(Character.toString(cp)).matches();
  }

  private static String escaped(char c) {
    return java.util.regex.Matcher.quoteReplacement(String.format(Locale.ROOT, "\\u%04X", (int) c));
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  private static String at(int[] lc) {
    return "line " + lc[0] + ", column " + lc[1];
  }

  /** The 1-based line and column of a character offset; CR LF and lone CR end lines too. */
  private static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        col = 1;
      } else if (c != '\r') {
        col++;
      }
    }
    return new int[] {line, col};
  }
}
