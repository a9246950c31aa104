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
package io.github.motcua.internal.astronomy;

/** Small helpers for angles in degrees. */
public final class Angles {
  private Angles() {}

  /**
   * Reduces an angle to [0, 360).
   *
   * @param degrees any angle in degrees
   * @return the same direction in [0, 360)
   */
  public static double normalize(double degrees) {
    double r = degrees % 360.0;
    if (r < 0) {
      r += 360.0;
    }
    // A tiny negative remainder rounds up to exactly 360.
    return r >= 360.0 ? 0.0 : r;
  }

  /**
   * Reduces an angle difference to (−180, 180].
   *
   * @param degrees any angle difference in degrees
   * @return the same difference in (−180, 180]
   */
  public static double signedDifference(double degrees) {
    double r = normalize(degrees);
    return r > 180.0 ? r - 360.0 : r;
  }
}
