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

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import java.util.List;

/**
 * What a performed action (or an undo) did.
 *
 * @param dossier the dossier after the change (for a replayed key: as it is now)
 * @param events the events the change recorded
 * @param replayed whether this repeats the first result of an idempotency key, nothing being done
 *     again
 */
public record PerformResult(Dossier dossier, List<DossierEvent> events, boolean replayed) {
  /**
   * Validates and copies.
   *
   * @param dossier the dossier
   * @param events the events
   * @param replayed whether replayed
   */
  public PerformResult {
    requireNonNull(dossier, "dossier");
    events = List.copyOf(events);
  }

  /**
   * Returns the version the change produced: the sequence of its last event.
   *
   * @return the version
   */
  public long version() {
    return events.get(events.size() - 1).sequence();
  }
}
