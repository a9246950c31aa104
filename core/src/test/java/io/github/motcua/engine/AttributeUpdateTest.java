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

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Correcting a dossier's attributes, with the old and new values in the audit trail. */
class AttributeUpdateTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land()))
          .agencies(directory())
          .clock(clock)
          .build();

  private Dossier act(Dossier d, String action, io.github.motcua.agency.Actor a, String why) {
    PerformCommand.Builder b = PerformCommand.builder(d.id(), action, a, d.version());
    if (why != null) {
      b.comment(why);
    }
    return engine.perform(b.build()).dossier();
  }

  @Test
  void duringASupplementRoundTheDeskCorrectsAndTheGuardSeesTheNewValue() {
    Dossier d = engine.submit(landSubmission("app-1").build()).dossier(); // area 120
    d = act(d, "forward", OFFICER, null);
    Dossier atAppraise = d;
    // not in a supplement round: the desk officer has no step here and is a stranger
    assertThatThrownBy(
            () ->
                engine.updateAttributes(
                    atAppraise.id(), OFFICER, atAppraise.version(), Map.of("area", 80), "x"))
        .isInstanceOf(ActionNotAllowedException.class);
    d = act(d, "request-supplement", SPECIALIST, "the measured area is wrong");
    Dossier waiting = d;
    assertThatThrownBy(
            () ->
                engine.updateAttributes(
                    waiting.id(), OFFICER, waiting.version(), Map.of("area", "lots"), "new map"))
        .isInstanceOf(InvalidAttributeException.class);
    assertThatThrownBy(
            () ->
                engine.updateAttributes(
                    waiting.id(), OFFICER, waiting.version(), Map.of("colour", 1), "new map"))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("not declared");
    PerformResult r =
        engine.updateAttributes(d.id(), OFFICER, d.version(), Map.of("area", 80), "new map");
    assertThat(r.dossier().attributes()).containsEntry("area", new BigDecimal("80"));
    DossierEvent ev = r.events().get(0);
    assertThat(ev.type()).isEqualTo(EventType.ATTRIBUTES_CHANGED);
    assertThat(ev.details()).containsEntry(DossierEvent.DETAIL_ATTRIBUTE_CHANGES, "area: 120 → 80");
    d = act(r.dossier(), "supplied", OFFICER, null);
    // the fast track's guard (area below 100) now holds
    d = act(d, "fast-track", SPECIALIST, null);
    assertThat(d.activeSteps().get(0).stepId()).isEqualTo("approve");
  }

  @Test
  void aLeaderOfTheCompetentAgencyCorrectsAtAnyTime() {
    Dossier d = engine.submit(landSubmission("app-2").build()).dossier();
    io.github.motcua.agency.Actor deskLeader =
        io.github.motcua.agency.Actor.of("u-dl", DESK, "leader");
    Dossier c =
        engine
            .updateAttributes(d.id(), deskLeader, d.version(), Map.of("urban", true), "typo")
            .dossier();
    assertThat(c.attributes()).containsEntry("urban", true);
    assertThat(engine.history(d.id()).get((int) c.version() - 1).details())
        .containsEntry(DossierEvent.DETAIL_ATTRIBUTE_CHANGES, "urban: (none) → true");
    assertThatThrownBy(
            () -> engine.updateAttributes(d.id(), deskLeader, c.version(), Map.of("area", 1), " "))
        .isInstanceOf(ReasonRequiredException.class);
  }
}
