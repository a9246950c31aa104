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

import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierJson;
import io.github.motcua.testing.SettableClock;
import org.junit.jupiter.api.Test;

/** Document references: ids, kinds and digests only, on the dossier and its events. */
class DocumentRefTest {
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land()))
          .agencies(directory())
          .clock(SettableClock.at(at(3, 2, 9, 0)))
          .build();

  @Test
  void aReceiptSlipIsAttachedToTheSubmissionEventAndSurvivesTheStore() {
    Dossier d = engine.submit(landSubmission("app-1").build()).dossier();
    DocumentRef slip = DocumentRef.of("doc-1", "receipt-slip", "sha256:ab12").forEvent(1);
    PerformResult r = engine.attachDocument(d.id(), OFFICER, d.version(), slip);
    Dossier withSlip = r.dossier();
    assertThat(withSlip.documents()).containsExactly(slip);
    assertThat(r.events().get(0).type()).isEqualTo(EventType.DOCUMENT_ATTACHED);
    assertThat(r.events().get(0).details())
        .containsEntry(DossierEvent.DETAIL_DOCUMENT, "receipt-slip doc-1 sha256:ab12")
        .containsEntry(DossierEvent.DETAIL_RELATES_TO, "1");
    assertThat(DossierJson.readDossier(DossierJson.write(withSlip))).isEqualTo(withSlip);

    assertThatThrownBy(() -> engine.attachDocument(d.id(), OFFICER, withSlip.version(), slip))
        .isInstanceOf(ActionNotAvailableException.class)
        .hasMessageContaining("already attached");
    assertThatThrownBy(
            () ->
                engine.attachDocument(
                    d.id(),
                    OFFICER,
                    withSlip.version(),
                    DocumentRef.of("d2", "x", "y").forEvent(99)))
        .isInstanceOf(ActionNotAvailableException.class);
    assertThatThrownBy(
            () ->
                engine.attachDocument(
                    d.id(), TAX_SPECIALIST, withSlip.version(), DocumentRef.of("d3", "x", "y")))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> DocumentRef.of(" ", "x", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
