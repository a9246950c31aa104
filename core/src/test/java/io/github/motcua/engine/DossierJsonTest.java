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

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.MotcuaException;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.testing.SettableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierJsonTest {
  @Test
  void snapshotsAndEventsOfRealDossiersSurviveARoundTrip() {
    SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
    DossierEngine engine =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock)
            .build();
    List<Dossier> snapshots = new ArrayList<>();
    Dossier d =
        engine
            .submit(
                landSubmission("app-json")
                    .attribute("since", "2020-01-02")
                    .attribute("urban", true)
                    .build())
            .dossier();
    snapshots.add(d);
    d = perform(engine, d, "forward", OFFICER, null); // undoable: carries an undo point
    snapshots.add(d);
    clock.set(at(3, 3, 10, 0));
    d = perform(engine, d, "request-supplement", SPECIALIST, "map \"missing\" — bản đồ");
    snapshots.add(d);
    clock.set(at(3, 5, 10, 0));
    d = perform(engine, d, "supplied", OFFICER, null);
    d = perform(engine, d, "consult", SPECIALIST, null);
    snapshots.add(d);
    d = perform(engine, d, "tax-ok", TAX_SPECIALIST, null);
    snapshots.add(d);
    d = perform(engine, d, "ward-ok", WARD_SPECIALIST, null);
    clock.set(at(3, 30, 10, 0));
    engine.fireDueTimers(clock.instant());
    d = engine.get(d.id());
    d =
        engine
            .perform(
                PerformCommand.builder(d.id(), "extend", LEADER, d.version())
                    .comment("apology")
                    .extension(TimeLimit.workingDays("1.5"))
                    .build())
            .dossier();
    snapshots.add(d);
    d = perform(engine, d, "reject", LEADER, "not eligible");
    snapshots.add(d);

    for (Dossier s : snapshots) {
      assertThat(DossierJson.readDossier(DossierJson.write(s))).isEqualTo(s);
    }
    for (DossierEvent e : engine.history(d.id())) {
      assertThat(DossierJson.readEvent(DossierJson.write(e))).isEqualTo(e);
    }
    assertThat(snapshots.get(1).undo()).isPresent();
  }

  @Test
  void malformedJsonIsATypedError() {
    assertThatThrownBy(() -> DossierJson.readDossier("{\"id\": 3}"))
        .isInstanceOf(MotcuaException.class)
        .hasMessageContaining("dossier JSON could not be read");
    assertThatThrownBy(() -> DossierJson.readEvent("[")).isInstanceOf(MotcuaException.class);
  }

  @Test
  void documentsCarryTheirFormatVersionAndOnesWithoutItReadAsVersionOne() {
    Dossier d =
        io.github.motcua.spi.contract.StoreFixtures.dossier(
            "fv-1",
            io.github.motcua.spi.contract.StoreFixtures.step("s1", "desk", "officer", null));
    String json = DossierJson.write(d);
    assertThat(json).startsWith("{\"formatVersion\":" + DossierJson.FORMAT_VERSION + ",");
    String unversioned = json.replaceFirst("\"formatVersion\":1,", "");
    assertThat(unversioned).doesNotContain("formatVersion");
    assertThat(DossierJson.readDossier(unversioned)).isEqualTo(d);
    DossierEvent e = io.github.motcua.spi.contract.StoreFixtures.events("fv-1", 0, 1).get(0);
    String ev = DossierJson.write(e);
    assertThat(ev).startsWith("{\"formatVersion\":1,");
    assertThat(DossierJson.readEvent(ev.replaceFirst("\"formatVersion\":1,", ""))).isEqualTo(e);
  }

  @Test
  void aNewerFormatVersionIsRefusedNamingBothVersions() {
    Dossier d =
        io.github.motcua.spi.contract.StoreFixtures.dossier(
            "fv-2",
            io.github.motcua.spi.contract.StoreFixtures.step("s1", "desk", "officer", null));
    String newer =
        DossierJson.write(d).replaceFirst("\"formatVersion\":1,", "\"formatVersion\":2,");
    assertThatThrownBy(() -> DossierJson.readDossier(newer))
        .isInstanceOf(MotcuaException.class)
        .hasMessageContaining("format version 2")
        .hasMessageContaining("reads format version 1");
  }

  private static Dossier perform(
      DossierEngine engine,
      Dossier d,
      String action,
      io.github.motcua.agency.Actor who,
      String comment) {
    PerformCommand.Builder b = PerformCommand.builder(d.id(), action, who, d.version());
    if (comment != null) {
      b.comment(comment);
    }
    return engine.perform(b.build()).dossier();
  }
}
