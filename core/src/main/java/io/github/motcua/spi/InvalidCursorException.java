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

import io.github.motcua.RefusedException;

/**
 * A worklist or search cursor token that {@link WorklistCursor#parse} or {@link
 * DossierCursor#parse} cannot read: truncated, forged out of shape or not a token at all (such as
 * base64 garbage from a URL). Tokens are opaque positions, not secrets: a well-formed token from
 * another query is accepted and only says where that query resumes. The message names the expected
 * shape, never the token (it came from outside and may carry anything).
 */
public final class InvalidCursorException extends RefusedException {
  private static final long serialVersionUID = 1L;

  /** Which cursor could not be read: {@code worklist} or {@code dossier}. */
  private final transient String cursorKind;

  /**
   * Creates the exception.
   *
   * @param cursorKind which cursor, {@code worklist} or {@code dossier}
   * @param expected the shape a token has, e.g. {@code seconds.nanos~dossier}
   */
  public InvalidCursorException(String cursorKind, String expected) {
    super(
        cursorKind
            + " cursor token is malformed; expected "
            + expected
            + " as made by the token() of the cursor the previous page returned");
    this.cursorKind = cursorKind;
  }

  /**
   * Returns which cursor could not be read.
   *
   * @return {@code worklist} or {@code dossier}
   */
  public String cursorKind() {
    return cursorKind;
  }
}
