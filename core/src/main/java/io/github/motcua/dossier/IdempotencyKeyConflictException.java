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
package io.github.motcua.dossier;

import io.github.motcua.RefusedException;

/**
 * An idempotency key was already used by a different command (another dossier or another action). A
 * key may be repeated only for the same command, which then returns its first result.
 */
public final class IdempotencyKeyConflictException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String key;

  /**
   * Creates the exception.
   *
   * @param key the idempotency key
   * @param message what the key was first used for and what it was used for now
   */
  public IdempotencyKeyConflictException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Returns the key.
   *
   * @return the idempotency key
   */
  public String key() {
    return key;
  }
}
