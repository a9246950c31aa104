package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

/**
 * What a command with an idempotency key did, stored atomically with its change so that the same
 * key repeated returns the first result instead of acting twice.
 *
 * @param key the idempotency key, chosen by the caller
 * @param dossierId the dossier the command changed
 * @param operation what the command was: {@code "submit"}, or the action id performed, or {@code
 *     "undo"}
 * @param fromVersion the dossier version before the command (0 for a submission)
 * @param toVersion the dossier version after it
 */
public record IdempotencyRecord(
    String key, String dossierId, String operation, long fromVersion, long toVersion) {
  /**
   * Validates.
   *
   * @param key the key
   * @param dossierId the dossier
   * @param operation what the command was
   * @param fromVersion the version before
   * @param toVersion the version after
   * @throws IllegalArgumentException if the versions are not increasing
   */
  public IdempotencyRecord {
    requireNonNull(key, "key");
    requireNonNull(dossierId, "dossierId");
    requireNonNull(operation, "operation");
    if (fromVersion < 0 || toVersion <= fromVersion) {
      throw new IllegalArgumentException(
          "idempotency record versions must increase; got " + fromVersion + " to " + toVersion);
    }
  }
}
