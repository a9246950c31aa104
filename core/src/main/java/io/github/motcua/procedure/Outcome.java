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

/** How a dossier ends, when an action ends it. Each outcome maps to a final status. */
public enum Outcome {
  /** The result is ready for the applicant. */
  RESULT_READY(DossierStatus.RESULT_READY),
  /** The result was returned to the applicant. */
  RETURNED(DossierStatus.RESULT_RETURNED),
  /** The dossier was refused (at intake or after appraisal). */
  REJECTED(DossierStatus.NOT_ACCEPTED),
  /** The applicant withdrew the dossier. */
  WITHDRAWN(DossierStatus.WITHDRAWN),
  /** Processing was stopped, e.g. the applicant did not supplement in time. */
  STOPPED(DossierStatus.STOPPED);

  private final DossierStatus status;

  Outcome(DossierStatus status) {
    this.status = status;
  }

  /**
   * Returns the status a dossier ending with this outcome shows.
   *
   * @return the final status
   */
  public DossierStatus status() {
    return status;
  }
}
