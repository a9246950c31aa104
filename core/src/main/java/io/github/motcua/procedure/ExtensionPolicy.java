package io.github.motcua.procedure;

/**
 * How often a late dossier's due date may be extended (gia hạn, with a letter of apology).
 *
 * @param maxExtensions how many extensions one dossier may receive, not negative
 */
public record ExtensionPolicy(int maxExtensions) {
  /** One extension, as the rules on the one-stop mechanism allow. */
  public static final ExtensionPolicy DEFAULT = new ExtensionPolicy(1);

  /**
   * Validates.
   *
   * @param maxExtensions the number of extensions allowed, not negative
   */
  public ExtensionPolicy {
    if (maxExtensions < 0) {
      throw new IllegalArgumentException(
          "extensions allowed must not be negative; got " + maxExtensions);
    }
  }
}
