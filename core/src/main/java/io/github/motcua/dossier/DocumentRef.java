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

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A reference to a document of a dossier kept in the host's storage: the receipt slip, a supplement
 * request, a letter of apology with a new date, a stop notice, the result. motcua keeps only its
 * id, kind and digest (the file never enters the library), and, where the document belongs to one
 * event of the audit trail, that event's sequence number.
 *
 * @param id the document's id in the host's storage
 * @param kind what it is, e.g. {@code receipt-slip}, {@code supplement-request}, {@code apology},
 *     {@code result} (the forms of Circular 03/2025/TT-VPCP, by the host's own names)
 * @param digest a digest of its content that proves which version was meant, e.g. {@code
 *     sha256:9f86d0…}
 * @param event the sequence number of the event it belongs to, if any
 */
public record DocumentRef(String id, String kind, String digest, Optional<Long> event) {
  /** The longest id, kind or digest accepted. */
  public static final int MAX_LENGTH = 200;

  /**
   * Validates.
   *
   * @param id the id
   * @param kind the kind
   * @param digest the digest
   * @param event the event it belongs to, if any
   * @throws IllegalArgumentException if a text is blank or longer than {@link #MAX_LENGTH}, or the
   *     event number is below 1
   */
  public DocumentRef {
    check("id", requireNonNull(id, "id"));
    check("kind", requireNonNull(kind, "kind"));
    check("digest", requireNonNull(digest, "digest"));
    requireNonNull(event, "event");
    if (event.isPresent() && event.get() < 1) {
      throw new IllegalArgumentException("a document's event number is at least 1");
    }
  }

  /**
   * A reference to a document of the dossier as a whole.
   *
   * @param id the id
   * @param kind the kind
   * @param digest the digest
   * @return the reference
   */
  public static DocumentRef of(String id, String kind, String digest) {
    return new DocumentRef(id, kind, digest, Optional.empty());
  }

  /**
   * Returns this reference tied to an event of the audit trail.
   *
   * @param sequence the event's sequence number
   * @return the reference
   */
  public DocumentRef forEvent(long sequence) {
    return new DocumentRef(id, kind, digest, Optional.of(sequence));
  }

  private static void check(String what, String value) {
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a document's "
              + what
              + " is 1 to "
              + MAX_LENGTH
              + " characters, not blank; got "
              + value.length()
              + " characters");
    }
  }
}
