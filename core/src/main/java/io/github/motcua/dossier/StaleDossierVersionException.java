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

import io.github.motcua.RefusedException;

/**
 * A command or an update named a dossier version that is no longer current: someone else changed
 * the dossier first. Nothing was changed; reload the dossier and decide again.
 */
public final class StaleDossierVersionException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient long expectedVersion;
  private final transient long actualVersion;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param expectedVersion the version the caller expected
   * @param actualVersion the current version
   */
  public StaleDossierVersionException(String dossierId, long expectedVersion, long actualVersion) {
    super(
        "dossier '"
            + dossierId
            + "' is at version "
            + actualVersion
            + ", not the expected version "
            + expectedVersion
            + "; reload it and try again");
    this.dossierId = dossierId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the dossier.
   *
   * @return the dossier id
   */
  public String dossierId() {
    return dossierId;
  }

  /**
   * Returns the version the caller expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the current version.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }

  /**
   * Returns true: reload the dossier and decide again.
   *
   * @return true
   */
  @Override
  public boolean retryable() {
    return true;
  }
}
