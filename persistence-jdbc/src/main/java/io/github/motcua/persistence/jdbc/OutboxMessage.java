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
package io.github.motcua.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.spi.DossierJson;
import java.time.Instant;

/**
 * One event as the outbox relay hands it out. A consumer de-duplicates on {@link #eventId()}: the
 * relay delivers at least once.
 *
 * @param dossierId the dossier the event belongs to
 * @param sequence the event's number in the dossier's trail (1, 2, 3, ...)
 * @param recordedAt when the event happened
 * @param payload the event as {@link DossierJson} text
 */
public record OutboxMessage(String dossierId, long sequence, Instant recordedAt, String payload) {
  /**
   * Validates.
   *
   * @param dossierId the dossier
   * @param sequence the sequence
   * @param recordedAt the instant
   * @param payload the JSON
   */
  public OutboxMessage {
    requireNonNull(dossierId, "dossierId");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(payload, "payload");
  }

  /**
   * Returns the event's stable id, {@code <dossier id>#<sequence>}: the same on every redelivery.
   *
   * @return the id
   */
  public String eventId() {
    return dossierId + "#" + sequence;
  }

  /**
   * Reads the payload.
   *
   * @return the event
   */
  public DossierEvent event() {
    return DossierJson.readEvent(payload);
  }
}
