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
package io.github.motcua.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.MotcuaException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Hostile variants of a valid definition document (YAML or JSON), by name, for the readers of
 * procedure and calendar files (issue 10 §5): truncated, wrong types, huge numbers, deep nesting, a
 * billion-laughs alias bomb, 10-million-character strings and lines, unknown and duplicate keys
 * carrying the marker personal data, NUL bytes, a YAML tag naming a Java class.
 */
public final class HostileDocuments {
  private HostileDocuments() {}

  /**
   * A YAML document whose aliases expand to 10^9 nodes when resolved.
   *
   * @return the document
   */
  public static String billionLaughsYaml() {
    StringBuilder sb =
        new StringBuilder(
            "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    return sb.append("name: *a9\n").toString();
  }

  /**
   * Hostile variants of a valid document.
   *
   * @param valid the document
   * @param yaml whether it is YAML (else JSON)
   * @return the variants by name
   */
  public static Map<String, String> variants(String valid, boolean yaml) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("empty", "");
    out.put("only a byte-order mark", "\uFEFF");
    out.put(
        "NUL bytes",
        valid.substring(0, valid.length() / 3)
            + "\u0000\u0000"
            + valid.substring(valid.length() / 3));
    out.put("truncated at a third", valid.substring(0, valid.length() / 3));
    out.put("truncated at two thirds", valid.substring(0, 2 * valid.length() / 3));
    out.put(
        "a 10-million-character string",
        (yaml ? "name: " : "{\"name\": \"") + "x".repeat(10_000_000) + (yaml ? "\n" : "\"}"));
    out.put(
        "a 1.5-million-character string under the size limit",
        (yaml ? "name: " : "{\"name\": \"") + "x".repeat(1_500_000) + (yaml ? "\n" : "\"}"));
    out.put("deep nesting", "[".repeat(100_000) + "]".repeat(100_000));
    out.put("deep nesting of objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
    out.put(
        "a huge number",
        yaml ? "version: 1" + "9".repeat(5000) + "\n" : "{\"version\": 1" + "9".repeat(5000) + "}");
    out.put("a huge exponent", yaml ? "version: 1e999999999\n" : "{\"version\": 1e999999999}");
    out.put("wrong type at the root", yaml ? "- 1\n- 2\n" : "[1, 2]");
    out.put("a scalar at the root", yaml ? "42\n" : "42");
    out.put(
        "personal data in an unknown key's value",
        (yaml
            ? valid + "\nunknownKey: " + BadInput.APPLICANT + "\n"
            : valid.replaceFirst("\\{", "{\"unknownKey\": \"" + BadInput.APPLICANT + "\",")));
    if (yaml) {
      out.put("billion laughs", billionLaughsYaml());
      out.put("deep YAML block nesting", deepYaml(5000));
      out.put(
          "a YAML tag naming a Java class",
          "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
      out.put("duplicate keys", "name: a\nname: " + BadInput.APPLICANT + "\n" + valid);
      out.put("a 10-million-character line", "# " + "y".repeat(10_000_000) + "\n" + valid);
      out.put("a tab-indented document", valid.replace("  ", "\t"));
      out.put("a merge key bomb", "a: &a {x: 1}\nb: {<<: [*a, *a, *a]}\n");
    } else {
      out.put(
          "duplicate keys",
          valid.replaceFirst("\\{", "{\"name\": \"" + BadInput.APPLICANT + "\","));
      out.put("a comment", "// " + BadInput.APPLICANT + "\n" + valid);
      out.put("trailing garbage", valid + " }}}");
      out.put("a lone surrogate", valid.replaceFirst("\\{", "{\"x\": \"\\uD800\","));
    }
    return out;
  }

  private static String deepYaml(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(Math.min(i, 200))).append("a").append(i).append(":\n");
    }
    return sb.toString();
  }

  /**
   * One dynamic test per input: the reader reads it or refuses it with the given type, within the
   * time limit, with no personal data in the message or the logs ({@link BadInput#run}).
   *
   * @param reader the reader's name
   * @param inputs the inputs by name
   * @param read the reader
   * @param refusal the reader's exception type
   * @return the tests
   */
  public static Stream<DynamicTest> readOrRefuse(
      String reader,
      Map<String, String> inputs,
      Function<String, Object> read,
      Class<? extends MotcuaException> refusal) {
    List<DynamicTest> tests = new ArrayList<>();
    inputs.forEach(
        (name, text) ->
            tests.add(
                DynamicTest.dynamicTest(
                    reader + ": " + name,
                    () -> {
                      var outcome = BadInput.run(() -> read.apply(text));
                      // a few variants may be valid documents (a tolerated unknown key); what
                      // matters is that nothing but the reader's refusal can happen
                      outcome.ifPresent(e -> assertThat(e).isInstanceOf(refusal));
                    })));
    return tests.stream();
  }

  /**
   * The document's UTF-8 bytes with an invalid sequence in the middle.
   *
   * @param valid the document
   * @return the bytes
   */
  public static byte[] notUtf8(String valid) {
    byte[] b = valid.getBytes(StandardCharsets.UTF_8);
    b[b.length / 2] = (byte) 0xC3;
    b[b.length / 2 + 1] = (byte) 0x28;
    return b;
  }
}
