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
package io.github.motcua.examples;

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.testing.SettableClock;
import java.time.Instant;

/**
 * Walks a dossier through a procedure on an engine, one action at a time, at the instant each test
 * names; an action that requires a reason gets one.
 */
final class Walk {
  private final DossierEngine engine;
  private final SettableClock clock;

  Walk(DossierEngine engine, SettableClock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /** Sets the clock to {@code when} and performs {@code action} as {@code actor}. */
  Dossier act(Dossier d, String action, Actor actor, Instant when) {
    clock.set(when);
    PerformCommand.Builder cmd = PerformCommand.builder(d.id(), action, actor, d.version());
    if (engine.procedureOf(d).action(action).orElseThrow().reasonRequired()) {
      cmd.comment("reason for " + action);
    }
    return engine.perform(cmd.build()).dossier();
  }
}
