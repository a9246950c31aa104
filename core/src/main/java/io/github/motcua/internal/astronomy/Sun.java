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
 * The Sun's apparent geocentric ecliptic longitude, after Jean Meeus, <i>Astronomical
 * Algorithms</i>, 2nd ed., ch. 25 ("higher accuracy"): the Earth's heliocentric longitude, latitude
 * and radius from the VSOP87 theory (P. Bretagnon and G. Francou, 1988) truncated as in Meeus'
 * appendix III, converted to the FK5 system, corrected for nutation in longitude (ch. 22, the 63
 * terms of the IAU 1980 theory) and for aberration (−20.4898″ / R).
 *
 * <p>Accuracy: about 1″ of longitude for 1900–2200 (Meeus' example 25.b is reproduced within 0.1″);
 * the Sun moves 1″ in about 24 seconds, so the instant of a principal term (trung khí) is good to
 * well under a minute in TT. Converting to civil time adds the uncertainty of ΔT.
 */
public final class Sun {
  private static final double ARCSEC = 1.0 / 3600.0;

  // VSOP87D Earth, truncated (Meeus appendix III). Each series is flat: A, B, C, A, B, C, ...;
  // a term contributes A cos(B + C τ), τ in Julian millennia from J2000.0, units 1e-8 rad / AU.
  private static final double[][] L = {
    {
      175347046, 0, 0,
      3341656, 4.6692568, 6283.0758500,
      34894, 4.62610, 12566.15170,
      3497, 2.7441, 5753.3849,
      3418, 2.8289, 3.5231,
      3136, 3.6277, 77713.7715,
      2676, 4.4181, 7860.4194,
      2343, 6.1352, 3930.2097,
      1324, 0.7425, 11506.7698,
      1273, 2.0371, 529.6910,
      1199, 1.1096, 1577.3435,
      990, 5.233, 5884.927,
      902, 2.045, 26.298,
      857, 3.508, 398.149,
      780, 1.179, 5223.694,
      753, 2.533, 5507.553,
      505, 4.583, 18849.228,
      492, 4.205, 775.523,
      357, 2.920, 0.067,
      317, 5.849, 11790.629,
      284, 1.899, 796.298,
      271, 0.315, 10977.079,
      243, 0.345, 5486.778,
      206, 4.806, 2544.314,
      205, 1.869, 5573.143,
      202, 2.458, 6069.777,
      156, 0.833, 213.299,
      132, 3.411, 2942.463,
      126, 1.083, 20.775,
      115, 0.645, 0.980,
      103, 0.636, 4694.003,
      102, 0.976, 15720.839,
      102, 4.267, 7.114,
      99, 6.21, 2146.17,
      98, 0.68, 155.42,
      86, 5.98, 161000.69,
      85, 1.30, 6275.96,
      85, 3.67, 71430.70,
      80, 1.81, 17260.15,
      79, 3.04, 12036.46,
      75, 1.76, 5088.63,
      74, 3.50, 3154.69,
      74, 4.68, 801.82,
      70, 0.83, 9437.76,
      62, 3.98, 8827.39,
      61, 1.82, 7084.90,
      57, 2.78, 6286.60,
      56, 4.39, 14143.50,
      56, 3.47, 6279.55,
      52, 0.19, 12139.55,
      52, 1.33, 1748.02,
      51, 0.28, 5856.48,
      49, 0.49, 1194.45,
      41, 5.37, 8429.24,
      41, 2.40, 19651.05,
      39, 6.17, 10447.39,
      37, 6.04, 10213.29,
      37, 2.57, 1059.38,
      36, 1.71, 2352.87,
      36, 1.78, 6812.77,
      33, 0.59, 17789.85,
      30, 0.44, 83996.85,
      30, 2.74, 1349.87,
      25, 3.16, 4690.48,
    },
    {
      628331966747.0,
      0,
      0,
      206059,
      2.678235,
      6283.075850,
      4303,
      2.6351,
      12566.1517,
      425,
      1.590,
      3.523,
      119,
      5.796,
      26.298,
      109,
      2.966,
      1577.344,
      93,
      2.59,
      18849.23,
      72,
      1.14,
      529.69,
      68,
      1.87,
      398.15,
      67,
      4.41,
      5507.55,
      59,
      2.89,
      5223.69,
      56,
      2.17,
      155.42,
      45,
      0.40,
      796.30,
      36,
      0.47,
      775.52,
      29,
      2.65,
      7.11,
      21,
      5.34,
      0.98,
      19,
      1.85,
      5486.78,
      19,
      4.97,
      213.30,
      17,
      2.99,
      6275.96,
      16,
      0.03,
      2544.31,
      16,
      1.43,
      2146.17,
      15,
      1.21,
      10977.08,
      12,
      2.83,
      1748.02,
      12,
      3.26,
      5088.63,
      12,
      5.27,
      1194.45,
      12,
      2.08,
      4694.00,
      11,
      0.77,
      553.57,
      10,
      1.30,
      6286.60,
      10,
      4.24,
      1349.87,
      9,
      2.70,
      242.73,
      9,
      5.64,
      951.72,
      8,
      5.30,
      2352.87,
      6,
      2.65,
      9437.76,
      6,
      4.67,
      4690.48,
    },
    {
      52919, 0, 0,
      8720, 1.0721, 6283.0758,
      309, 0.867, 12566.152,
      27, 0.05, 3.52,
      16, 5.19, 26.30,
      16, 3.68, 155.42,
      10, 0.76, 18849.23,
      9, 2.06, 77713.77,
      7, 0.83, 775.52,
      5, 4.66, 1577.34,
      4, 1.03, 7.11,
      4, 3.44, 5573.14,
      3, 5.14, 796.30,
      3, 6.05, 5507.55,
      3, 1.19, 242.73,
      3, 6.12, 529.69,
      3, 0.31, 398.15,
      3, 2.28, 553.57,
      2, 4.38, 5223.69,
      2, 3.75, 0.98,
    },
    {
      289, 5.844, 6283.076,
      35, 0, 0,
      17, 5.49, 12566.15,
      3, 5.20, 155.42,
      1, 4.72, 3.52,
      1, 5.30, 18849.23,
      1, 5.97, 242.73,
    },
    {
      114, 3.142, 0,
      8, 4.13, 6283.08,
      1, 3.84, 12566.15,
    },
    {
      1, 3.14, 0,
    },
  };

  private static final double[][] B = {
    {
      280, 3.199, 84334.662,
      102, 5.422, 5507.553,
      80, 3.88, 5223.69,
      44, 3.70, 2352.87,
      32, 4.00, 1577.34,
    },
    {
      9, 3.90, 5507.55,
      6, 1.73, 5223.69,
    },
  };

  private static final double[][] R = {
    {
      100013989, 0, 0,
      1670700, 3.0984635, 6283.0758500,
      13956, 3.05525, 12566.15170,
      3084, 5.1985, 77713.7715,
      1628, 1.1739, 5753.3849,
      1576, 2.8469, 7860.4194,
      925, 5.453, 11506.770,
      542, 4.564, 3930.210,
      472, 3.661, 5884.927,
      346, 0.964, 5507.553,
      329, 5.900, 5223.694,
      307, 0.299, 5573.143,
      243, 4.273, 11790.629,
      212, 5.847, 1577.344,
      186, 5.022, 10977.079,
      175, 3.012, 18849.228,
      110, 5.055, 5486.778,
      98, 0.89, 6069.78,
      86, 5.69, 15720.84,
      86, 1.27, 161000.69,
      65, 0.27, 17260.15,
      63, 0.92, 529.69,
      57, 2.01, 83996.85,
      56, 5.24, 71430.70,
      49, 3.25, 2544.31,
      47, 2.58, 775.52,
      45, 5.54, 9437.76,
      43, 6.01, 6275.96,
      39, 5.36, 4694.00,
      38, 2.39, 8827.39,
      37, 0.83, 19651.05,
      37, 4.90, 12139.55,
      36, 1.67, 12036.46,
      35, 1.84, 2942.46,
      33, 0.24, 7084.90,
      32, 0.18, 5088.63,
      32, 1.78, 398.15,
      28, 1.21, 6286.60,
      28, 1.90, 6279.55,
      26, 4.59, 10447.39,
    },
    {
      103019, 1.107490, 6283.075850,
      1721, 1.0644, 12566.1517,
      702, 3.142, 0,
      32, 1.02, 18849.23,
      31, 2.84, 5507.55,
      25, 1.32, 5223.69,
      18, 1.42, 1577.34,
      10, 5.91, 10977.08,
      9, 1.42, 6275.96,
      9, 0.27, 5486.78,
    },
    {
      4359, 5.7846, 6283.0758,
      124, 5.579, 12566.152,
      12, 3.14, 0,
      9, 3.63, 77713.77,
      6, 1.87, 5573.14,
      3, 5.47, 18849.23,
    },
    {
      145, 4.273, 6283.076,
      7, 3.92, 12566.15,
    },
    {
      4, 2.56, 6283.08,
    },
  };

  private Sun() {}

  /**
   * Returns the Sun's apparent geocentric longitude, referred to the true equinox of date.
   *
   * @param jde the Julian Ephemeris Day (TT)
   * @return the longitude in degrees, in [0, 360)
   */
  public static double apparentLongitude(double jde) {
    double tau = (jde - JulianDay.J2000) / 365250.0;
    double t = tau * 10.0;
    double earthLongitude = Math.toDegrees(series(L, tau) / 1e8);
    double radius = series(R, tau) / 1e8;
    // Geocentric longitude of the Sun, then the conversion to the FK5 system (Meeus 25.9).
    double theta = earthLongitude + 180.0;
    double fk5 = -0.09033 * ARCSEC;
    double nutation = nutationInLongitude(t) * ARCSEC;
    double aberration = -20.4898 / radius * ARCSEC;
    return Angles.normalize(theta + fk5 + nutation + aberration);
  }

  /**
   * Returns the Sun's geometric (true) latitude, needed only to check the series against Meeus'
   * worked example.
   *
   * @param jde the Julian Ephemeris Day (TT)
   * @return the latitude in arc seconds
   */
  public static double latitudeArcSeconds(double jde) {
    double tau = (jde - JulianDay.J2000) / 365250.0;
    return -Math.toDegrees(series(B, tau) / 1e8) * 3600.0;
  }

  /**
   * Returns the instant at which the Sun's apparent longitude next reaches {@code longitude},
   * searching from {@code jdeGuess}; the answer lies within half a year of the guess.
   *
   * @param longitude the target longitude in degrees, e.g. {@code 270} for the December solstice
   * @param jdeGuess a Julian Ephemeris Day near the answer
   * @return the Julian Ephemeris Day (TT) of the crossing, to better than a millisecond
   */
  public static double reachesLongitude(double longitude, double jdeGuess) {
    double jde = jdeGuess;
    for (int i = 0; i < 50; i++) {
      double delta = Angles.signedDifference(longitude - apparentLongitude(jde));
      // The Sun moves 0.953 to 1.019 degrees a day; the mean rate converges geometrically.
      double step = delta * (365.2422 / 360.0);
      jde += step;
      if (Math.abs(step) < 1e-8) {
        return jde;
      }
    }
    throw new IllegalStateException(
        "solar longitude " + longitude + " did not converge near JDE " + jdeGuess);
  }

  // IAU 1980 nutation in longitude (Meeus table 22.A): multiples of D, M, M', F, Ω, then the
  // coefficient of sin(argument) in units of 0.0001″ and its rate per Julian century.
  private static final double[] NUTATION = {
    0, 0, 0, 0, 1, -171996, -174.2,
    -2, 0, 0, 2, 2, -13187, -1.6,
    0, 0, 0, 2, 2, -2274, -0.2,
    0, 0, 0, 0, 2, 2062, 0.2,
    0, 1, 0, 0, 0, 1426, -3.4,
    0, 0, 1, 0, 0, 712, 0.1,
    -2, 1, 0, 2, 2, -517, 1.2,
    0, 0, 0, 2, 1, -386, -0.4,
    0, 0, 1, 2, 2, -301, 0,
    -2, -1, 0, 2, 2, 217, -0.5,
    -2, 0, 1, 0, 0, -158, 0,
    -2, 0, 0, 2, 1, 129, 0.1,
    0, 0, -1, 2, 2, 123, 0,
    2, 0, 0, 0, 0, 63, 0,
    0, 0, 1, 0, 1, 63, 0.1,
    2, 0, -1, 2, 2, -59, 0,
    0, 0, -1, 0, 1, -58, -0.1,
    0, 0, 1, 2, 1, -51, 0,
    -2, 0, 2, 0, 0, 48, 0,
    0, 0, -2, 2, 1, 46, 0,
    2, 0, 0, 2, 2, -38, 0,
    0, 0, 2, 2, 2, -31, 0,
    0, 0, 2, 0, 0, 29, 0,
    -2, 0, 1, 2, 2, 29, 0,
    0, 0, 0, 2, 0, 26, 0,
    -2, 0, 0, 2, 0, -22, 0,
    0, 0, -1, 2, 1, 21, 0,
    0, 2, 0, 0, 0, 17, -0.1,
    2, 0, -1, 0, 1, 16, 0,
    -2, 2, 0, 2, 2, -16, 0.1,
    0, 1, 0, 0, 1, -15, 0,
    -2, 0, 1, 0, 1, -13, 0,
    0, -1, 0, 0, 1, -12, 0,
    0, 0, 2, -2, 0, 11, 0,
    2, 0, -1, 2, 1, -10, 0,
    2, 0, 1, 2, 2, -8, 0,
    0, 1, 0, 2, 2, 7, 0,
    -2, 1, 1, 0, 0, -7, 0,
    0, -1, 0, 2, 2, -7, 0,
    2, 0, 0, 2, 1, -7, 0,
    2, 0, 1, 0, 0, 6, 0,
    -2, 0, 2, 2, 2, 6, 0,
    -2, 0, 1, 2, 1, 6, 0,
    2, 0, -2, 0, 1, -6, 0,
    2, 0, 0, 0, 1, -6, 0,
    0, -1, 1, 0, 0, 5, 0,
    -2, -1, 0, 2, 1, -5, 0,
    -2, 0, 0, 0, 1, -5, 0,
    0, 0, 2, 2, 1, -5, 0,
    -2, 0, 2, 0, 1, 4, 0,
    -2, 1, 0, 2, 1, 4, 0,
    0, 0, 1, -2, 0, 4, 0,
    -1, 0, 1, 0, 0, -4, 0,
    -2, 1, 0, 0, 0, -4, 0,
    1, 0, 0, 0, 0, -4, 0,
    0, 0, 1, 2, 0, 3, 0,
    0, 0, -2, 2, 2, -3, 0,
    -1, -1, 1, 0, 0, -3, 0,
    0, 1, 1, 0, 0, -3, 0,
    0, -1, 1, 2, 2, -3, 0,
    2, -1, -1, 2, 2, -3, 0,
    0, 0, 3, 2, 2, -3, 0,
    2, -1, 0, 2, 2, -3, 0,
  };

  /** Δψ in arc seconds: IAU 1980 nutation in longitude, all 63 terms (Meeus ch. 22). */
  static double nutationInLongitude(double t) {
    double t2 = t * t;
    double t3 = t2 * t;
    // Mean elongation of the Moon, mean anomalies of the Sun and the Moon, the Moon's argument
    // of latitude, longitude of the Moon's ascending node (Meeus 22.x), in degrees.
    double d = 297.85036 + 445267.111480 * t - 0.0019142 * t2 + t3 / 189474.0;
    double m = 357.52772 + 35999.050340 * t - 0.0001603 * t2 - t3 / 300000.0;
    double mp = 134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250.0;
    double f = 93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270.0;
    double om = 125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000.0;
    double sum = 0;
    for (int i = 0; i < NUTATION.length; i += 7) {
      double argument =
          NUTATION[i] * d
              + NUTATION[i + 1] * m
              + NUTATION[i + 2] * mp
              + NUTATION[i + 3] * f
              + NUTATION[i + 4] * om;
      sum +=
          (NUTATION[i + 5] + NUTATION[i + 6] * t)
              * Math.sin(Math.toRadians(Angles.normalize(argument)));
    }
    return sum * 0.0001;
  }

  /** Σ_i τ^i Σ_terms A cos(B + C τ). */
  private static double series(double[][] series, double tau) {
    double result = 0;
    double power = 1;
    for (double[] terms : series) {
      double sum = 0;
      for (int j = 0; j < terms.length; j += 3) {
        sum += terms[j] * Math.cos(terms[j + 1] + terms[j + 2] * tau);
      }
      result += sum * power;
      power *= tau;
    }
    return result;
  }
}
