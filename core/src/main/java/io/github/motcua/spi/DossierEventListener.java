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

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import java.util.List;

/**
 * Receives a dossier's new events after the store committed them, in order. Called on the thread
 * that made the change. An exception thrown here is logged by the engine (with the dossier id,
 * never personal data) and does not undo or break the transition; a listener that must not miss an
 * event reads the store's history or a transactional outbox instead.
 */
@FunctionalInterface
public interface DossierEventListener {
  /**
   * Called once per committed change.
   *
   * @param dossier the dossier after the change
   * @param events the events the change recorded, in sequence order
   */
  void onEvents(Dossier dossier, List<DossierEvent> events);
}
