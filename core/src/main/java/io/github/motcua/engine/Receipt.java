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

import io.github.motcua.deadline.Explanation;
import io.github.motcua.dossier.Dossier;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The receipt of a submitted dossier (giấy tiếp nhận và hẹn trả kết quả): its number, when it was
 * received, when counting started after the intake cut-off, and the appointment date with its
 * explanation. Immutable and thread-safe; the explanation is worked out when first asked for.
 */
public final class Receipt {
  private final Dossier dossier;
  private final Instant receivedAt;
  private final Instant effectiveStart;
  private final Instant dueAt;
  private final boolean replayed;
  private final Supplier<Explanation> explain;
  private volatile Explanation explanation;

  Receipt(
      Dossier dossier,
      Instant receivedAt,
      Instant effectiveStart,
      Instant dueAt,
      boolean replayed,
      Supplier<Explanation> explain) {
    this.dossier = requireNonNull(dossier, "dossier");
    this.receivedAt = requireNonNull(receivedAt, "receivedAt");
    this.effectiveStart = requireNonNull(effectiveStart, "effectiveStart");
    this.dueAt = requireNonNull(dueAt, "dueAt");
    this.replayed = replayed;
    this.explain = requireNonNull(explain, "explain");
  }

  /**
   * Returns the dossier as stored after the submission (for a replayed key: as it is now).
   *
   * @return the dossier
   */
  public Dossier dossier() {
    return dossier;
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

  /**
   * Returns when the dossier was received.
   *
   * @return the received instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns when counting started, after the intake cut-off rule.
   *
   * @return the effective start
   */
  public Instant effectiveStart() {
    return effectiveStart;
  }

  /**
   * Returns the appointment (due) instant promised at receipt (ngày hẹn trả).
   *
   * @return the due instant
   */
  public Instant dueAt() {
    return dueAt;
  }

  /**
   * Returns why the due instant is what it is: the receipt, the counting start and cut-off, the
   * rule and the days off skipped.
   *
   * @return the explanation
   */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = explain.get();
      explanation = e;
    }
    return e;
  }

  /**
   * Returns whether this repeats the first receipt of an idempotency key.
   *
   * @return true when replayed
   */
  public boolean replayed() {
    return replayed;
  }

  @Override
  public String toString() {
    return "Receipt[" + dossier.number() + ", received " + receivedAt + ", due " + dueAt + "]";
  }
}
