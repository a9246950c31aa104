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
 * The root of every exception motcua throws on purpose. Subtypes are named after the condition (a
 * stale dossier version, an action not allowed, a malformed definition) and carry its context as
 * fields; their messages say what was wrong, where, and what is allowed. Messages never carry
 * personal data such as applicant names or identity numbers.
 */
public class MotcuaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what was wrong, where, and what is allowed
   */
  public MotcuaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what was wrong, where, and what is allowed
   * @param cause the underlying failure
   */
  public MotcuaException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns whether the same call, made again (after reloading what it read), may succeed: true for
   * a stale dossier version and for a store that lost its connection, deadlocked or timed out;
   * false for a refusal that will be made again, such as an action the actor may not perform.
   *
   * @return whether a retry can help
   */
  public boolean retryable() {
    return false;
  }
}
