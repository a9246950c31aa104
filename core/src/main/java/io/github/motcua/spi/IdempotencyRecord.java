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
package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

/**
 * What a command with an idempotency key did and who sent it, stored atomically with its change so
 * that the same command repeated with the same key returns the first result instead of acting
 * twice. A key answers only the actor who first used it with the same command: the engine compares
 * {@link #digest()} (a hash of the actor and of every field of the command) before answering, and
 * refuses anything else as a conflict.
 *
 * @param key the idempotency key, chosen by the caller
 * @param dossierId the dossier the command changed
 * @param operation what the command was: {@code "submit"}, or the action id performed
 * @param fromVersion the dossier version before the command (0 for a submission)
 * @param toVersion the dossier version after it
 * @param userId the opaque id of the user who sent the command
 * @param digest a hash of the actor and the command (hexadecimal SHA-256)
 */
public record IdempotencyRecord(
    String key,
    String dossierId,
    String operation,
    long fromVersion,
    long toVersion,
    String userId,
    String digest) {
  /**
   * Validates.
   *
   * @param key the key
   * @param dossierId the dossier
   * @param operation what the command was
   * @param fromVersion the version before
   * @param toVersion the version after
   * @param userId who sent it
   * @param digest the hash of the actor and the command
   * @throws IllegalArgumentException if the versions are not increasing
   */
  public IdempotencyRecord {
    requireNonNull(key, "key");
    requireNonNull(dossierId, "dossierId");
    requireNonNull(operation, "operation");
    requireNonNull(userId, "userId");
    requireNonNull(digest, "digest");
    if (fromVersion < 0 || toVersion <= fromVersion) {
      throw new IllegalArgumentException(
          "idempotency record versions must increase; got " + fromVersion + " to " + toVersion);
    }
  }
}
