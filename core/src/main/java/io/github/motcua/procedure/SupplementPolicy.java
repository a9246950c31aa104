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
package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.TimeLimit;
import java.util.Optional;

/**
 * What happens to the clock when the applicant is asked to supplement the dossier (yêu cầu bổ
 * sung).
 *
 * <p>A supplement request is an action that pauses the clock and leads to a step showing {@link
 * DossierStatus#SUPPLEMENT_REQUESTED} ({@link Procedure#requestsSupplement}); each one is a round.
 * Other pauses are not rounds and are not bounded by this policy: the payment notice (a pause to a
 * step showing {@link DossierStatus#FINANCIAL_OBLIGATION_REQUESTED}) may follow a supplement even
 * when one round is allowed. They resume as this policy's {@link #mode()} says, like every {@link
 * ClockEffect#RESUME}.
 *
 * @param mode whether the clock continues the remaining budget or restarts it once supplied
 * @param maxRounds how many supplement requests one dossier may receive
 * @param applicantTimeLimit how long the applicant may take to supplement before the dossier is
 *     stopped, if bounded: counted from the supplement request while the dossier waits at a step
 *     showing {@link DossierStatus#SUPPLEMENT_REQUESTED}. It does not apply to a payment wait (the
 *     payment notice sets its own deadline); to stop an unpaid dossier, declare an automatic action
 *     ({@link Action#automaticAfter()}) at the payment step
 */
public record SupplementPolicy(Mode mode, int maxRounds, Optional<TimeLimit> applicantTimeLimit) {
  /** How the clock resumes after a supplement. */
  public enum Mode {
    /** The clock pauses and continues with the remaining budget. */
    CONTINUE,
    /** The clock restarts with the whole budget from the day the supplement arrives. */
    RESTART
  }

  /** Pause and continue, one round, no limit on the applicant. */
  public static final SupplementPolicy DEFAULT =
      new SupplementPolicy(Mode.CONTINUE, 1, Optional.empty());

  /**
   * Validates.
   *
   * @param mode the resume mode
   * @param maxRounds the number of rounds allowed, not negative
   * @param applicantTimeLimit the applicant's time limit, if any
   */
  public SupplementPolicy {
    requireNonNull(mode, "mode");
    requireNonNull(applicantTimeLimit, "applicantTimeLimit");
    if (maxRounds < 0) {
      throw new IllegalArgumentException(
          "supplement rounds must not be negative; got " + maxRounds);
    }
  }
}
