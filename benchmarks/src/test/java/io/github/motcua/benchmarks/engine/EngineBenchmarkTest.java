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
package io.github.motcua.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.Receipt;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ProcedureVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine benchmark measures what it says: its methods run the real workload to the end. */
class EngineBenchmarkTest {
  private final EngineBenchmark benchmark = new EngineBenchmark();

  private EngineBenchmark.Engine engine() {
    EngineBenchmark.Engine e = new EngineBenchmark.Engine();
    e.draw();
    e.fresh();
    return e;
  }

  @Test
  void theWorkloadIsAValidFiveStepProcedureThatFitsItsLimit() {
    var v = ProcedureVerifier.create().verify(FiveStepWorkload.procedure());
    assertThat(v.paths()).singleElement().satisfies(p -> assertThat(p.steps()).hasSize(5));
    assertThat(v.fitsLegalTimeLimit()).isTrue();
    assertThat(FiveStepWorkload.ACTORS)
        .extracting(a -> a.roles().iterator().next())
        .containsExactly(
            "one-stop-officer", "specialist", "specialist", "leader", "one-stop-officer");
  }

  @Test
  void aWholeDossierIsReturnedWithItsAuditTrailKept() {
    EngineBenchmark.Engine e = engine();
    Dossier d = benchmark.dossier(e);
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    List<DossierEvent> history = e.bench.engine.history(d.id());
    assertThat(history).hasSize((int) d.version()).hasSize(12);
    assertThat(history).filteredOn(x -> x.type() == EventType.ACTION_PERFORMED).hasSize(5);
    assertThat(history).filteredOn(x -> x.type() == EventType.STEP_ENTERED).hasSize(5);
    assertThat(history.get(history.size() - 1).type()).isEqualTo(EventType.COMPLETED);
  }

  @Test
  void aTransitionCallMovesItsWholeBatchThroughTheFiveStepsOnANewStore() {
    EngineBenchmark.Batch b = new EngineBenchmark.Batch();
    b.draw();
    b.prepare();
    assertThat(b.dossiers).hasSize(EngineBenchmark.BATCH).allMatch(d -> d.version() == 2);
    String firstId = b.dossiers[0].id();
    Dossier last = benchmark.transition(b);
    assertThat(last).isSameAs(b.dossiers[EngineBenchmark.BATCH - 1]);
    assertThat(b.dossiers)
        .allMatch(d -> d.outcome().equals(java.util.Optional.of(Outcome.RETURNED)));
    List<DossierEvent> history = b.bench.engine.history(firstId);
    assertThat(history)
        .filteredOn(x -> x.type() == EventType.ACTION_PERFORMED)
        .extracting(x -> x.actionId().orElseThrow())
        .containsExactlyElementsOf(FiveStepWorkload.ACTIONS);
    b.prepare();
    assertThat(b.bench.engine.find(firstId)).isEmpty();
    assertThat(b.dossiers).allMatch(d -> d.version() == 2);
  }

  @Test
  void aSubmissionIsNumberedAndDue() {
    EngineBenchmark.Engine e = engine();
    Receipt r = benchmark.submit(e);
    assertThat(r.number()).startsWith(FiveStepWorkload.DISTRICT + "-2026-");
    assertThat(r.dueAt()).isAfter(r.receivedAt());
  }
}
