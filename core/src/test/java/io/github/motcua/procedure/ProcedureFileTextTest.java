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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text level of a procedure file: encodings, control characters, bounds, parser limits. */
class ProcedureFileTextTest {
  private static final String YAML = ProcedureFormatTest.MINIMAL;

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static final String JSON = ProcedureFormat.json().write(read(YAML.getBytes(UTF8), false));

  private static Procedure read(byte[] bytes, boolean json) {
    ProcedureFormat f = json ? ProcedureFormat.json() : ProcedureFormat.yaml();
    return f.read(new ByteArrayInputStream(bytes), json ? "p.json" : "p.yaml");
  }

  private static List<Problem> problems(byte[] bytes, boolean json) {
    try {
      read(bytes, json);
    } catch (ProcedureDefinitionException e) {
      return e.problems();
    }
    throw new AssertionError("expected the definition to be refused");
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(UTF8);
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  @Test
  void aByteOrderMarkIsAcceptedInJsonAsInYaml() {
    assertThat(read(withBom(YAML), false).code()).isEqualTo("1.000003");
    assertThat(read(withBom(JSON), true).code()).isEqualTo("1.000003");
    assertThat(ProcedureFormat.json().read("\uFEFF" + JSON, "p.json").code()).isEqualTo("1.000003");
  }

  @Test
  void invalidUtf8IsLocatedByLineAndColumn() {
    byte[] bytes = YAML.replace("name: Minimal", "name: Mi@imal").getBytes(UTF8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '@') {
        bytes[i] = (byte) 0xC3; // a lead byte followed by 'i', not a continuation byte
      }
    }
    assertThat(problems(bytes, false))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("line 3, column 9");
              assertThat(p.message()).contains("not UTF-8").contains("0xC3");
            });
  }

  @Test
  void aNulByteIsLocatedByLineAndColumnInYamlAndJson() {
    assertThat(problems(YAML.replace("name: Minimal", "name: Mi\0nimal").getBytes(UTF8), false))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("line 3, column 9");
              assertThat(p.message()).contains("U+0000").contains("NUL");
            });
    String json = JSON.replace("\"Minimal\"", "\"Mi\0nimal\"");
    assertThat(problems(json.getBytes(UTF8), true))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).startsWith("line ");
              assertThat(p.message()).contains("U+0000");
            });
  }

  @Test
  void anEscapeSequenceInAKeyIsReportedEscaped() {
    String yaml = YAML + "\"\\e[31mred\\e[0m\": 1\n";
    Problem p = problems(yaml.getBytes(UTF8), false).get(0);
    assertThat(p.path() + p.message()).doesNotContain("\u001b").contains("\\u001B[31mred");
    assertThat(p.toString()).doesNotContain("\u001b");
  }

  @Test
  void theNestingLimitMessageKeepsItsNumber() {
    String deep = YAML + "x: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertThat(problems(deep.getBytes(UTF8), false))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("nesting limit of " + ProcedureFormat.MAX_NESTING + " levels");
    String deepJson = JSON.substring(0, JSON.lastIndexOf('}')) + ", \"x\": " + "[".repeat(100);
    assertThat(problems(deepJson.getBytes(UTF8), true))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("nesting limit of " + ProcedureFormat.MAX_NESTING + " levels");
  }

  @Test
  void aLongNameIsRefusedQuicklyInYamlAndJsonAlike() {
    String name = "x".repeat(1_500_000);
    List<Problem> yaml =
        problems(YAML.replace("name: Minimal", "name: " + name).getBytes(UTF8), false);
    List<Problem> quoted =
        problems(YAML.replace("name: Minimal", "name: \"" + name + "\"").getBytes(UTF8), false);
    List<Problem> json =
        problems(JSON.replace("\"Minimal\"", "\"" + name + "\"").getBytes(UTF8), true);
    assertThat(yaml).singleElement().extracting(Problem::message).asString().contains("10000");
    assertThat(quoted).singleElement().extracting(Problem::message).asString().contains("10000");
    assertThat(json)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("name");
              assertThat(p.message()).contains("1500000 characters").contains("10000");
            });
  }

  @Test
  void aLongValueSplitOverLinesIsRefusedByItsPath() {
    String folded = ("x".repeat(79) + "\n  ").repeat(200);
    assertThat(problems(YAML.replace("name: Minimal", "name: " + folded).getBytes(UTF8), false))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("name");
              assertThat(p.message()).contains("at most 10000 characters");
            });
  }
}
