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
