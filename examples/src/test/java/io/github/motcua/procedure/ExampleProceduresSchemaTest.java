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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every example procedure file validates against the JSON Schema published in core's jar. */
class ExampleProceduresSchemaTest {
  @Test
  void everyExampleFileValidatesAgainstThePublishedSchema() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(ProcedureFormat.jsonSchema());
    MiniSchemaValidator validator = new MiniSchemaValidator(schema);
    int files = 0;
    try (DirectoryStream<Path> dir =
        Files.newDirectoryStream(Path.of("src/main/resources/procedures"), "*.{yaml,yml,json}")) {
      for (Path file : dir) {
        JsonNode doc = new YAMLMapper().readTree(file.toFile());
        assertThat(validator.validate(doc)).as(file.toString()).isEmpty();
        files++;
      }
    }
    assertThat(files).isGreaterThanOrEqualTo(4);
  }
}
