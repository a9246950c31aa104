package io.github.motcua.dossier;

import io.github.motcua.RefusedException;

/**
 * An idempotency key was already used by a different command (another dossier or another action). A
 * key may be repeated only for the same command, which then returns its first result.
 */
public final class IdempotencyKeyConflictException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String key;

  /**
   * Creates the exception.
   *
   * @param key the idempotency key
   * @param message what the key was first used for and what it was used for now
   */
  public IdempotencyKeyConflictException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Returns the key.
   *
   * @return the idempotency key
   */
  public String key() {
    return key;
  }
}
