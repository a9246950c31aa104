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

import io.github.motcua.RefusedException;

/**
 * A reorganisation the engine cannot run as asked: it is not yet in effect (its agencies'
 * successors do not exist yet), or the host's {@link SuccessorChooser} chose an agency that is not
 * one of its successors, or failed (the failure is the cause). The dossier the chooser was asked
 * about is left as it was; dossiers moved before it stay moved, and running the reorganisation
 * again resumes it.
 */
public final class ReorganisationRefusedException extends RefusedException {
  private static final long serialVersionUID = 1L;

  /** The reorganisation refused. */
  private final transient String reorganisationId;

  /**
   * Creates the exception.
   *
   * @param reorganisationId the reorganisation
   * @param message what was wrong and what is allowed
   */
  public ReorganisationRefusedException(String reorganisationId, String message) {
    super(message);
    this.reorganisationId = reorganisationId;
  }

  /**
   * Creates the exception for a chooser that failed.
   *
   * @param reorganisationId the reorganisation
   * @param message what was wrong
   * @param cause the chooser's failure
   */
  public ReorganisationRefusedException(String reorganisationId, String message, Throwable cause) {
    this(reorganisationId, message);
    initCause(cause);
  }

  /**
   * Returns the id of the reorganisation.
   *
   * @return the id
   */
  public String reorganisationId() {
    return reorganisationId;
  }
}
