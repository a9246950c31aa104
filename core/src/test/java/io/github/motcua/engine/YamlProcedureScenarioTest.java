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
package io.github.motcua.engine;

import static io.github.motcua.engine.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.testing.SettableClock;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * A procedure read from YAML (household business registration at a district: 3 working days counted
 * to the close of the day, corrections restart the count, a dossier left uncorrected for 30
 * calendar days is stopped automatically).
 */
class YamlProcedureScenarioTest {
  private static final Actor OFFICER = Actor.of("u-o", "hc", "one-stop-officer");
  private static final Actor SPECIALIST = Actor.of("u-s", "hc", "specialist");

  private final SettableClock clock = SettableClock.at(at(3, 2, 16, 0));
  private final DossierEngine engine;

  YamlProcedureScenarioTest() throws Exception {
    Procedure p;
    try (InputStream in = getClass().getResourceAsStream("household-business.yaml")) {
      p = ProcedureFormat.yaml().read(in, "household-business.yaml");
    }
    engine =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(p))
            .agencies(Fixtures.directory())
            .clock(clock)
            .build();
  }

  private Dossier submit() {
    return engine
        .submit(
            SubmitCommand.builder("2.000720", "hb-" + System.nanoTime())
                .receivedBy(OFFICER)
                .attribute("capital", 50_000_000)
                .bind("ward", "tp")
                .build())
        .dossier();
  }

  private Dossier act(Dossier d, String action, Actor who, String comment) {
    PerformCommand.Builder b = PerformCommand.builder(d.id(), action, who, d.version());
    if (comment != null) {
      b.comment(comment);
    }
    return engine.perform(b.build()).dossier();
  }

  @Test
  void endOfDayCountingRestartsAfterTheCorrection() {
    Dossier d = submit();
    assertThat(d.receivingAgencyId()).isEqualTo("hc");
    // received Monday 16:00; counting starts Tuesday; due at the close of Thursday
    assertThat(d.dueAt()).contains(at(3, 5, 17, 0));
    d = act(d, "forward", OFFICER, null);
    clock.set(at(3, 3, 9, 0));
    d = act(d, "ask-correction", SPECIALIST, "capital certificate missing");
    assertThat(d.dueAt()).isEmpty();
    clock.set(at(3, 10, 10, 0));
    d = act(d, "resubmitted", OFFICER, null);
    // restart: three whole working days counted from Tuesday 10 March, due Friday 13 March 17:00
    assertThat(d.dueAt()).contains(at(3, 13, 17, 0));
    DossierEvent resumed =
        engine.history(d.id()).stream()
            .filter(e -> e.type() == EventType.RESUMED)
            .findFirst()
            .orElseThrow();
    assertThat(resumed.previousDue()).contains(at(3, 5, 17, 0));
    assertThat(resumed.newDue()).contains(at(3, 13, 17, 0));
  }

  @Test
  void aDossierLeftUncorrectedForThirtyCalendarDaysIsStopped() {
    Dossier d = submit();
    d = act(d, "forward", OFFICER, null);
    clock.set(at(3, 3, 9, 0));
    d = act(d, "ask-correction", SPECIALIST, "capital certificate missing");
    clock.set(at(4, 2, 8, 59));
    engine.fireDueTimers(clock.instant());
    assertThat(engine.get(d.id()).isFinished()).isFalse();
    clock.set(at(4, 2, 9, 0));
    engine.fireDueTimers(clock.instant());
    d = engine.get(d.id());
    assertThat(d.outcome()).contains(Outcome.STOPPED);
    assertThat(engine.history(d.id()))
        .filteredOn(e -> e.type() == EventType.ACTION_PERFORMED)
        .last()
        .satisfies(e -> assertThat(e.actionId()).contains("stop"));
  }
}
