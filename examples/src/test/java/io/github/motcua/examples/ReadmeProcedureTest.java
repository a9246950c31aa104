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
package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The small procedure the README shows whole is a valid procedure. */
class ReadmeProcedureTest {
  private static final String SECTION = "## Procedures by example\n";

  @Test
  void theReadmesWholeProcedureIsValid() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README section %s", SECTION.trim()).isNotNegative();
    int from = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(from, readme.indexOf("```\n", from));

    Procedure p = ProcedureFormat.yaml().read(yaml, "README.md");

    assertThat(p.code()).isEqualTo("0.000001");
    assertThat(p.steps()).hasSize(3);
    assertThat(p.actionsFrom("sign"))
        .singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo("approve"));
  }
}
