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

/**
 * ΔT = TT − UT in seconds, from the polynomial expressions of F. Espenak and J. Meeus (NASA, "Five
 * Millennium Canon of Solar Eclipses", 2006), valid for −1999 to +3000.
 *
 * <p>The polynomials are fitted to observations up to about 2005 and extrapolated after that; in
 * 2025 they give about 72 s where the measured value is about 69 s, and the uncertainty grows to
 * minutes by 2200. A lunar month whose new moon falls within that uncertainty of local midnight
 * cannot be settled by any computation made today.
 */
public final class DeltaT {
  private DeltaT() {}

  /**
   * Returns ΔT at a decimal year ({@code 2000.0} is the start of 2000, {@code 2000.5} mid-year).
   *
   * @param y the decimal year
   * @return TT − UT in seconds
   */
  public static double seconds(double y) {
    if (y < -500) {
      return longTerm(y);
    }
    if (y < 500) {
      double u = y / 100;
      return poly(u, 10583.6, -1014.41, 33.78311, -5.952053, -0.1798452, 0.022174192, 0.0090316521);
    }
    if (y < 1600) {
      double u = (y - 1000) / 100;
      return poly(u, 1574.2, -556.01, 71.23472, 0.319781, -0.8503463, -0.005050998, 0.0083572073);
    }
    if (y < 1700) {
      double t = y - 1600;
      return poly(t, 120, -0.9808, -0.01532, 1 / 7129.0);
    }
    if (y < 1800) {
      double t = y - 1700;
      return poly(t, 8.83, 0.1603, -0.0059285, 0.00013336, -1 / 1174000.0);
    }
    if (y < 1860) {
      double t = y - 1800;
      return poly(
          t,
          13.72,
          -0.332447,
          0.0068612,
          0.0041116,
          -0.00037436,
          0.0000121272,
          -0.0000001699,
          0.000000000875);
    }
    if (y < 1900) {
      double t = y - 1860;
      return poly(t, 7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1 / 233174.0);
    }
    if (y < 1920) {
      double t = y - 1900;
      return poly(t, -2.79, 1.494119, -0.0598939, 0.0061966, -0.000197);
    }
    if (y < 1941) {
      double t = y - 1920;
      return poly(t, 21.20, 0.84493, -0.076100, 0.0020936);
    }
    if (y < 1961) {
      double t = y - 1950;
      return poly(t, 29.07, 0.407, -1 / 233.0, 1 / 2547.0);
    }
    if (y < 1986) {
      double t = y - 1975;
      return poly(t, 45.45, 1.067, -1 / 260.0, -1 / 718.0);
    }
    if (y < 2005) {
      double t = y - 2000;
      return poly(t, 63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599);
    }
    if (y < 2050) {
      double t = y - 2000;
      return poly(t, 62.92, 0.32217, 0.005589);
    }
    if (y < 2150) {
      return longTerm(y) - 0.5628 * (2150 - y);
    }
    return longTerm(y);
  }

  /**
   * Returns ΔT at a Julian Day. The argument may be in UT or TT: ΔT changes by far less than a
   * second over the minute or so between them.
   *
   * @param jd the Julian Day
   * @return TT − UT in seconds
   */
  public static double secondsAt(double jd) {
    return seconds(JulianDay.decimalYear(jd));
  }

  private static double longTerm(double y) {
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }

  /** Horner evaluation of c[0] + c[1] x + c[2] x² + .... */
  private static double poly(double x, double... c) {
    double r = 0;
    for (int i = c.length - 1; i >= 0; i--) {
      r = r * x + c[i];
    }
    return r;
  }
}
