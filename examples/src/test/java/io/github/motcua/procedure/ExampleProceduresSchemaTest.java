package io.github.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every example procedure file validates against the JSON Schema published in core's jar. */
class ExampleProceduresSchemaTest {
  @Test
  void everyExampleFileValidatesAgainstThePublishedSchema() throws Exception {
    JsonNode schema;
    try (InputStream in =
        ProcedureFormat.class.getResourceAsStream(ProcedureFormat.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
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
