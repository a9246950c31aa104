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
