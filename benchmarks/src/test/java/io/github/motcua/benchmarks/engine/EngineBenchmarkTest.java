package io.github.motcua.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.PerformResult;
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

  private EngineBenchmark.Flow flow() {
    EngineBenchmark.Flow f = new EngineBenchmark.Flow();
    f.draw();
    f.fresh();
    return f;
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
    assertThat(history).hasSize((int) d.version());
    assertThat(history).filteredOn(x -> x.type() == EventType.ACTION_PERFORMED).hasSize(5);
    assertThat(history).filteredOn(x -> x.type() == EventType.STEP_ENTERED).hasSize(5);
    assertThat(history.get(history.size() - 1).type()).isEqualTo(EventType.COMPLETED);
  }

  @Test
  void eachTransitionMovesTheDossierOneStepAndTheSixthStartsANewDossier() {
    EngineBenchmark.Flow f = flow();
    String first = null;
    for (int i = 0; i < 5; i++) {
      f.prepare();
      if (first == null) {
        first = f.current.id();
      }
      assertThat(f.current.id()).isEqualTo(first);
      long before = f.current.version();
      PerformResult r = benchmark.transition(f);
      assertThat(r.dossier().version()).isGreaterThan(before);
      assertThat(r.events().get(0).type()).isEqualTo(EventType.ACTION_PERFORMED);
      assertThat(r.events().get(0).actionId()).contains(FiveStepWorkload.ACTIONS.get(i));
    }
    assertThat(f.current.outcome()).contains(Outcome.RETURNED);
    f.prepare();
    assertThat(f.current.id()).isNotEqualTo(first);
    assertThat(f.done).isZero();
  }

  @Test
  void aSubmissionIsNumberedAndDue() {
    EngineBenchmark.Engine e = engine();
    Receipt r = benchmark.submit(e);
    assertThat(r.number()).startsWith(FiveStepWorkload.DISTRICT + "-2026-");
    assertThat(r.dueAt()).isAfter(r.receivedAt());
  }
}
