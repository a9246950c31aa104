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

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A keyset position in a dossier search, whose order is received instant descending (newest first),
 * then dossier id descending. The next page starts strictly after it. Not an offset: pages stay
 * consistent while dossiers are received and move.
 *
 * @param receivedAt the received instant of the last dossier of a page
 * @param dossierId the id of the last dossier of a page
 */
public record DossierCursor(Instant receivedAt, String dossierId) {
  /**
   * Validates.
   *
   * @param receivedAt the received instant
   * @param dossierId the dossier id
   */
  public DossierCursor {
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(dossierId, "dossierId");
  }

  /**
   * Returns whether a dossier at (received, id) comes strictly after this position.
   *
   * @param received its received instant
   * @param id its id
   * @return true when it belongs to a later page
   */
  public boolean precedes(Instant received, String id) {
    int c = received.compareTo(receivedAt);
    return c < 0 || (c == 0 && id.compareTo(dossierId) < 0);
  }

  /**
   * Returns the cursor as an opaque token for a URL or a screen.
   *
   * @return the token
   */
  public String token() {
    return receivedAt.getEpochSecond() + "." + receivedAt.getNano() + "~" + dossierId;
  }

  /**
   * Reads a token made by {@link #token()}.
   *
   * @param token the token
   * @return the cursor
   * @throws InvalidCursorException if the token is malformed
   */
  public static DossierCursor parse(String token) {
    requireNonNull(token, "token");
    try {
      int tilde = token.indexOf('~');
      int dot = token.indexOf('.');
      if (tilde < 0 || dot < 0 || dot > tilde) {
        throw new IllegalArgumentException("expected seconds.nanos~dossier");
      }
      return new DossierCursor(
          Instant.ofEpochSecond(
              Long.parseLong(token.substring(0, dot)),
              Long.parseLong(token.substring(dot + 1, tilde))),
          token.substring(tilde + 1));
    } catch (RuntimeException e) {
      // the cause is dropped on purpose: its message would repeat the token
      throw new InvalidCursorException("dossier", "seconds.nanos~dossier");
    }
  }
}
