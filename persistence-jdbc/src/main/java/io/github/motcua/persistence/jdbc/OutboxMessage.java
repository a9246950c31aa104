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
