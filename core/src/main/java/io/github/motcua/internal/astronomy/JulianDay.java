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

/** Conversions between Julian Days, epoch days and decimal years. */
public final class JulianDay {
  /** The Julian Day of 1970-01-01T00:00 (epoch day 0 at midnight). */
  public static final double UNIX_EPOCH = 2440587.5;

  /** The Julian Day of the standard epoch J2000.0, 2000-01-01T12:00 TT. */
  public static final double J2000 = 2451545.0;

  private static final double SECONDS_PER_DAY = 86400.0;

  private JulianDay() {}

  /**
   * Returns the Julian Day at which a local calendar day begins.
   *
   * @param epochDay the day, as counted by {@link java.time.LocalDate#toEpochDay()}
   * @param utcOffsetHours the offset of the local time from UT, e.g. {@code 7} for Vietnam
   * @return the Julian Day (UT) of local midnight at the start of that day
   */
  public static double localMidnight(long epochDay, double utcOffsetHours) {
    return epochDay + UNIX_EPOCH - utcOffsetHours / 24.0;
  }

  /**
   * Returns the local calendar day an instant falls on.
   *
   * @param jdUt the instant as a Julian Day in UT
   * @param utcOffsetHours the offset of the local time from UT
   * @return the epoch day of the local date
   */
  public static long localEpochDay(double jdUt, double utcOffsetHours) {
    return (long) Math.floor(jdUt - UNIX_EPOCH + utcOffsetHours / 24.0);
  }

  /**
   * Converts a Julian Ephemeris Day (TT) to a Julian Day in UT, subtracting ΔT.
   *
   * @param jde the Julian Ephemeris Day
   * @return the Julian Day in UT
   */
  public static double ttToUt(double jde) {
    return jde - DeltaT.secondsAt(jde) / SECONDS_PER_DAY;
  }

  /**
   * Converts a Julian Day in UT to a Julian Ephemeris Day (TT), adding ΔT.
   *
   * @param jdUt the Julian Day in UT
   * @return the Julian Ephemeris Day
   */
  public static double utToTt(double jdUt) {
    return jdUt + DeltaT.secondsAt(jdUt) / SECONDS_PER_DAY;
  }

  /**
   * Returns the decimal year of a Julian Day, {@code 2000.0} at 2000-01-01T00:00, advancing by one
   * per mean Gregorian year. Precise enough for ΔT, which changes by at most seconds a year.
   *
   * @param jd the Julian Day
   * @return the decimal year
   */
  public static double decimalYear(double jd) {
    return 2000.0 + (jd - 2451544.5) / 365.2425;
  }

  /**
   * Converts a Julian Day to milliseconds since 1970-01-01T00:00Z, rounded to the nearest.
   *
   * @param jd the Julian Day
   * @return the epoch milliseconds
   */
  public static long toEpochMilli(double jd) {
    return Math.round((jd - UNIX_EPOCH) * SECONDS_PER_DAY * 1000.0);
  }

  /**
   * Converts milliseconds since 1970-01-01T00:00Z to a Julian Day.
   *
   * @param epochMilli the epoch milliseconds
   * @return the Julian Day
   */
  public static double fromEpochMilli(long epochMilli) {
    return UNIX_EPOCH + epochMilli / (SECONDS_PER_DAY * 1000.0);
  }
}
