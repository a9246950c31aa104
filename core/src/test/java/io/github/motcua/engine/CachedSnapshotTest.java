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

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commands decided on a store's cached snapshot ({@code DossierStore.cached}): at the version the
 * caller names they read nothing before the update; on a snapshot the dossier has moved on from,
 * the caller gets the refusal a read would have given, and nothing is written.
 */
class CachedSnapshotTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final FailingStore store = new FailingStore(new InMemoryDossierStore());
  private final DossierEngine engine =
      DossierEngine.builder()
          .store(store)
          .catalog(ProcedureCatalog.of(land(), permit()))
          .agencies(directory())
          .clock(clock)
          .build();

  private PerformResult act(Dossier d, String action, Actor actor, long expectedVersion) {
    return engine.perform(PerformCommand.builder(d.id(), action, actor, expectedVersion).build());
  }

  @Test
  void everyCommandAtTheCachedVersionReadsNothingBeforeItsUpdate() {
    Dossier d = engine.submit(landSubmission("app-1").build()).dossier();
    store.remember(d);
    int loads = store.loads();

    Dossier atAppraise = act(d, "forward", OFFICER, d.version()).dossier();
    assertThat(store.loads()).isEqualTo(loads);
    assertThat(engine.get(atAppraise.id())).isEqualTo(atAppraise);
    loads = store.loads();

    store.remember(atAppraise);
    String step = atAppraise.activeSteps().get(0).id();
    Dossier claimed =
        engine
            .assign(AssignmentCommand.claim(d.id(), step, SPECIALIST, atAppraise.version()).build())
            .dossier();
    store.remember(claimed);
    Dossier attached =
        engine
            .attachDocument(
                d.id(), SPECIALIST, claimed.version(), DocumentRef.of("doc-1", "note", "sha256:1"))
            .dossier();
    store.remember(attached);
    Dossier withdrawn =
        engine.withdraw(d.id(), OFFICER, attached.version(), "the applicant asked").dossier();
    assertThat(store.loads()).isEqualTo(loads);
    assertThat(withdrawn.outcome()).isPresent();
    assertThat(engine.get(d.id())).isEqualTo(withdrawn);
  }

  @Test
  void aCachedSnapshotTheDossierMovedOnFromGetsTheStaleVersionAReadGives() {
    Dossier d = engine.submit(landSubmission("app-2").build()).dossier();
    store.remember(d);
    Dossier moved = act(d, "forward", OFFICER, d.version()).dossier();
    int history = engine.history(d.id()).size();
    int loads = store.loads();

    // on the remembered snapshot (still at the desk) the district's specialist is a stranger; on
    // the stored one (at appraise, in the district) the specialist is at home, and only late
    assertThatThrownBy(() -> act(d, "consult", SPECIALIST, d.version()))
        .isInstanceOfSatisfying(
            StaleDossierVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(d.version());
              assertThat(e.actualVersion()).isEqualTo(moved.version());
            });
    assertThat(store.loads()).isEqualTo(loads + 1);
    assertThat(engine.get(d.id())).isEqualTo(moved);
    assertThat(engine.history(d.id())).hasSize(history);
  }

  @Test
  void aChangeDecidedOnAnOutOfDateSnapshotIsNotStoredAndGetsTheRefusalAReadGives() {
    Dossier d = engine.submit(landSubmission("app-3").build()).dossier();
    store.remember(d);
    Dossier moved = act(d, "forward", OFFICER, d.version()).dossier();
    int history = engine.history(d.id()).size();

    // on the remembered snapshot the officer may forward again, and the change is computed; the
    // store's version check refuses it, and on the stored snapshot the officer is a stranger now
    assertThatThrownBy(() -> act(d, "forward", OFFICER, d.version()))
        .isInstanceOf(ActionNotAllowedException.class)
        .hasMessageNotContaining(d.number());
    assertThat(engine.get(d.id())).isEqualTo(moved);
    assertThat(engine.history(d.id())).hasSize(history);
    String refusal =
        org.assertj.core.api.Assertions.catchThrowable(
                () -> act(d, "forward", OFFICER, d.version()))
            .getMessage();
    // the same command when the store holds no snapshot at that version: the same refusal
    store.remember(moved);
    int loads = store.loads();
    assertThatThrownBy(() -> act(d, "forward", OFFICER, d.version()))
        .isInstanceOf(ActionNotAllowedException.class)
        .hasMessage(refusal);
    assertThat(store.loads()).isEqualTo(loads + 1);
  }

  @Test
  void aRefusalAtTheCachedVersionIsTheRefusalAReadGives() {
    Dossier d = engine.submit(landSubmission("app-4").build()).dossier();
    Dossier atAppraise = act(d, "forward", OFFICER, d.version()).dossier();
    store.remember(atAppraise);
    int loads = store.loads();
    assertThatThrownBy(() -> act(atAppraise, "approve", LEADER, atAppraise.version()))
        .isInstanceOf(ActionNotAvailableException.class)
        .hasMessage(
            "action 'approve' is not available at step 'appraise'; available:"
                + " request-supplement, consult, fast-track, reject");
    // decided on the cached snapshot, then again on the stored one
    assertThat(store.loads()).isEqualTo(loads + 1);
    assertThat(engine.history(d.id())).hasSize((int) atAppraise.version());
    assertThat(List.of(engine.get(d.id()))).containsExactly(atAppraise);
  }
}
