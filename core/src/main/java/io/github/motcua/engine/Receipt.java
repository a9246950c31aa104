package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.Explanation;
import io.github.motcua.dossier.Dossier;
import java.time.Instant;

/**
 * The receipt of a submitted dossier (giấy tiếp nhận và hẹn trả kết quả): its number, when it was
 * received, when counting started after the intake cut-off, and the appointment date with its
 * explanation.
 *
 * @param dossier the dossier as stored after the submission (for a replayed key: as it is now)
 * @param receivedAt when it was received
 * @param effectiveStart when counting started
 * @param dueAt the appointment (due) instant
 * @param explanation why the due instant is what it is
 * @param replayed whether this repeats the first result of an idempotency key
 */
public record Receipt(
    Dossier dossier,
    Instant receivedAt,
    Instant effectiveStart,
    Instant dueAt,
    Explanation explanation,
    boolean replayed) {
  /**
   * Validates.
   *
   * @param dossier the dossier
   * @param receivedAt the received instant
   * @param effectiveStart the effective start
   * @param dueAt the due instant
   * @param explanation the explanation
   * @param replayed whether replayed
   */
  public Receipt {
    requireNonNull(dossier, "dossier");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(effectiveStart, "effectiveStart");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(explanation, "explanation");
  }

  /**
   * Returns the dossier id.
   *
   * @return the id
   */
  public String dossierId() {
    return dossier.id();
  }

  /**
   * Returns the dossier number printed on the receipt.
   *
   * @return the number
   */
  public String number() {
    return dossier.number();
  }
}
