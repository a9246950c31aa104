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
package io.github.motcua.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.spi.contract.AppendOnly;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only through every public API (issue 10 §6): no public method of the
 * storage SPI, of the stores shipped in core or of the engine facade is named for changing or
 * removing events, and the only ones that take events at all are the SPI's {@code insert} (a new
 * dossier's first events) and {@code update} (new events appended after the expected version, as
 * its contract says). The behaviour is checked too: {@code EntryPointFuzzProperties} asserts that
 * after each successful call every dossier's earlier history is a prefix of its new one, and the
 * JDBC module runs the engine under a database role that cannot UPDATE or DELETE events ({@code
 * PostgresqlEventGrantsTest}, {@code docs/database-grants.md}). {@link
 * #theSpiExposesNoWayToChangeOrRemoveEvents} is repeated for the JDBC store in its module ({@code
 * JdbcStoreAppendOnlyTest}).
 */
class DossierStoreAppendOnlyTest {
  @Test
  void theSpiExposesNoWayToChangeOrRemoveEvents() {
    assertThat(AppendOnly.rewritingMethods(DossierStore.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(InMemoryDossierStore.class)).isEmpty();
  }

  @Test
  void theEngineExposesNoWayToChangeOrRemoveEvents() {
    assertThat(AppendOnly.rewritingMethods(DossierEngine.class)).isEmpty();
  }

  @Test
  void theCheckFindsAMethodThatWouldRewriteEvents() {
    // the check itself can fail: a store with a purge and a replacement of events is caught
    interface Rewriting {
      void purgeHistory(String dossierId);

      void correct(String dossierId, List<DossierEvent> events);

      void update(Object d, long v, List<DossierEvent> events);
    }
    assertThat(AppendOnly.rewritingMethods(Rewriting.class))
        .hasSize(2)
        .anyMatch(m -> m.contains("purgeHistory"))
        .anyMatch(m -> m.contains("correct"));
  }
}
