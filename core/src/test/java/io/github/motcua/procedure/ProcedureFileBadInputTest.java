package io.github.motcua.procedure;

import io.github.motcua.fuzz.BadInput;
import io.github.motcua.fuzz.HostileDocuments;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-picked hostile procedure files (issue 10 §5), YAML and JSON ({@link HostileDocuments}): each
 * is read or refused with {@link ProcedureDefinitionException} within {@link BadInput#TIME_LIMIT},
 * and the personal data planted in the procedure's name and in unknown or duplicate keys appears in
 * no message or log line.
 */
class ProcedureFileBadInputTest {
  private static final String YAML =
      ProcedureFormat.yaml().write(Fixtures.linear().name(BadInput.APPLICANT).build());
  private static final String JSON =
      ProcedureFormat.json().write(Fixtures.linear().name(BadInput.APPLICANT).build());

  @TestFactory
  Stream<DynamicTest> hostileYaml() {
    return HostileDocuments.readOrRefuse(
        "procedure YAML",
        HostileDocuments.variants(YAML, true),
        t -> ProcedureFormat.yaml().read(t, "fuzz.yaml"),
        ProcedureDefinitionException.class);
  }

  @TestFactory
  Stream<DynamicTest> hostileJson() {
    return HostileDocuments.readOrRefuse(
        "procedure JSON",
        HostileDocuments.variants(JSON, false),
        t -> ProcedureFormat.json().read(t, "fuzz.json"),
        ProcedureDefinitionException.class);
  }

  @TestFactory
  Stream<DynamicTest> bytesThatAreNotUtf8() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "procedure bytes that are not UTF-8",
            () ->
                BadInput.refused(
                    ProcedureDefinitionException.class,
                    () ->
                        ProcedureFormat.yaml()
                            .read(
                                new ByteArrayInputStream(HostileDocuments.notUtf8(YAML)),
                                "fuzz.yaml"))));
  }
}
