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

/** What an action does to the dossier's clock. */
public enum ClockEffect {
  /** The clock keeps running. */
  NONE,
  /**
   * The clock stops while the dossier waits for the applicant: to supplement it (yêu cầu bổ sung:
   * the action leads to a step showing {@link DossierStatus#SUPPLEMENT_REQUESTED}, and is one round
   * of the {@link SupplementPolicy}), or to pay fees and taxes (thông báo nghĩa vụ tài chính: the
   * step shows {@link DossierStatus#FINANCIAL_OBLIGATION_REQUESTED}; no round). See {@link
   * Procedure#requestsSupplement}; validation warns about a pause to a step showing anything else.
   */
  PAUSE,
  /**
   * The clock runs again as the procedure's {@link SupplementPolicy} says: continuing the remaining
   * budget, or restarting it.
   */
  RESUME,
  /** The clock runs again with the whole budget, whatever the supplement policy says. */
  RESTART,
  /** The due date moves once more, with a reason (gia hạn, with a letter of apology). */
  EXTEND
}
