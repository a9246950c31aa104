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

/**
 * The one rule for the references a command carries in from outside (applicant reference, external
 * reference, idempotency key): not blank and at most {@link SubmitCommand#MAX_REFERENCE_LENGTH}
 * characters, the width the JDBC store's columns give them, so that an oversized one is refused
 * when the command is built rather than by the database half-way through a transition.
 */
final class References {
  private References() {}

  /**
   * Checks a reference.
   *
   * @param what what it is, for the message, e.g. {@code an idempotency key}
   * @param value the reference
   * @return the reference
   * @throws IllegalArgumentException if blank or longer than the limit; the message gives the
   *     length, never the value
   */
  static String check(String what, String value) {
    requireNonNull(value, what);
    if (value.isBlank() || value.length() > SubmitCommand.MAX_REFERENCE_LENGTH) {
      throw new IllegalArgumentException(
          what
              + " is 1 to "
              + SubmitCommand.MAX_REFERENCE_LENGTH
              + " characters, not blank; got "
              + value.length()
              + " characters");
    }
    return value;
  }
}
