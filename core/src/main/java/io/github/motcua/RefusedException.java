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
package io.github.motcua;

/**
 * The family of refusals: the library refused a command or a request because of what it asked (a
 * stale version, an action the actor may not perform, a reused idempotency key, an invalid
 * attribute), and nothing changed. Catch this type to handle every refusal in one place; {@link
 * #retryable()} says whether sending the command again, after reloading the dossier, can succeed.
 *
 * <p>The members: {@link io.github.motcua.dossier.StaleDossierVersionException} (retryable: reload
 * and decide again), {@link io.github.motcua.dossier.IdempotencyKeyConflictException}, {@link
 * io.github.motcua.dossier.DossierNotFoundException}, and in the engine {@code
 * CommandRefusedException} (every rule an action or undo can break), {@code
 * InvalidAttributeException} and {@code AgencyBindingException}, and for a worklist or search
 * cursor token that cannot be read {@link io.github.motcua.spi.InvalidCursorException}. A store
 * that fails for a reason of its own throws {@link io.github.motcua.spi.DossierStoreException}
 * instead, which is not a refusal.
 */
public abstract class RefusedException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a refusal.
   *
   * @param message what was wrong, where, and what is allowed
   */
  protected RefusedException(String message) {
    super(message);
  }
}
