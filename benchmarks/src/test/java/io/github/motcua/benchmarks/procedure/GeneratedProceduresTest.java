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
package io.github.motcua.benchmarks.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.procedure.ProcedureVerifier;
import io.github.motcua.procedure.Verification;
import org.junit.jupiter.api.Test;

class GeneratedProceduresTest {
  @Test
  void theGeneratedChainIsAValid200StepProcedure() {
    Procedure p = ProcedureFormat.yaml().read(GeneratedProcedures.chainYaml(200), "generated.yaml");
    assertThat(p.steps()).hasSize(206);
    assertThat(p.warnings()).isEmpty();
    Verification v = ProcedureVerifier.create().verify(p);
    assertThat(v.fitsLegalTimeLimit()).isTrue();
    assertThat(v.paths().size()).isGreaterThan(100);
  }

  @Test
  void tenLoopsMultiplyThePaths() {
    assertThat(ProcedureVerifier.create().verify(GeneratedProcedures.tenLoops(1)).paths())
        .hasSize(1024);
    assertThat(ProcedureVerifier.create().verify(GeneratedProcedures.tenLoops(2)).paths())
        .hasSize(59049);
  }
}
