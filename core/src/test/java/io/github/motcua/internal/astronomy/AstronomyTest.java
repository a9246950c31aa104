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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AstronomyTest {

  private static Instant ut(double jdUt) {
    return Instant.ofEpochMilli(JulianDay.toEpochMilli(jdUt));
  }

  private static double jd(String utc) {
    return JulianDay.fromEpochMilli(
        LocalDateTime.parse(utc).toInstant(ZoneOffset.UTC).toEpochMilli());
  }

  /** Meeus example 49.a: the new moon of 1977 February, k = -283, JDE 2443192.65118. */
  @Test
  void newMoonReproducesMeeusExample49a() {
    assertThat(NewMoon.jde(-283)).isCloseTo(2443192.65118, within(0.00001));
  }

  /** Meeus example 25.b: 1992 October 13.0 TD, apparent longitude 199°54′21.818″. */
  @Test
  void apparentSolarLongitudeReproducesMeeusExample25b() {
    double expected = 199 + 54 / 60.0 + 21.818 / 3600.0;
    assertThat(Sun.apparentLongitude(2448908.5)).isCloseTo(expected, within(0.1 / 3600));
    assertThat(Sun.latitudeArcSeconds(2448908.5)).isCloseTo(0.62, within(0.1));
  }

  /**
   * The apparent longitude against an independent high-precision computation: IAU SOFA/ERFA {@code
   * epv00} (Earth ephemeris, ~0.01″), {@code ab} (aberration), {@code pnm06a} and {@code nut06a}
   * (IAU 2006/2000A precession-nutation), projected on the true ecliptic of date. The truncated
   * VSOP87 series stays within about 1″ (25 s of solar motion) over 1900–2200.
   */
  @ParameterizedTest(name = "JDE {0}: {1}°")
  @CsvSource({
    "2415129.6, 29.550856123",
    "2424406.9, 170.062839886",
    "2433319.0, 317.138269351",
    "2442742.5, 243.095022793",
    "2451545.0, 280.368165099",
    "2460858.9, 100.769231939",
    "2469880.5, 354.593053547",
    "2488362.2, 207.380171437",
    "2506478.6, 66.821537741",
    "2524558.5, 244.774287967",
  })
  void apparentSolarLongitudeAgreesWithErfaWithinAnArcSecond(double jde, double erfa) {
    double difference = Angles.signedDifference(Sun.apparentLongitude(jde) - erfa) * 3600;
    assertThat(difference).isCloseTo(0.0, within(1.2));
  }

  /** Solstices and equinoxes as published by the US Naval Observatory (UT, to the minute). */
  @ParameterizedTest(name = "longitude {0} at {1} UT")
  @CsvSource({
    "270, 2004-12-21T12:42",
    "270, 2006-12-22T00:22",
    "270, 2012-12-21T11:11",
    "270, 2016-12-21T10:44",
    "270, 2017-12-21T16:28",
    "270, 2018-12-21T22:22",
    "270, 2019-12-22T04:19",
    "270, 2020-12-21T10:03",
    "270, 2021-12-21T15:59",
    "270, 2022-12-21T21:48",
    "270, 2023-12-22T03:28",
    "270, 2024-12-21T09:20",
    "270, 2025-12-21T15:03",
    "270, 2026-12-21T20:50",
    "270, 2027-12-22T02:43",
    "270, 2028-12-21T08:20",
    "0, 2007-03-21T00:07",
    "0, 2024-03-20T03:07",
    "90, 2015-06-21T16:38",
    "90, 2025-06-21T02:42",
    "180, 2014-09-23T02:29",
    "180, 2026-09-23T00:06",
  })
  void solarTermsMatchTheNavalObservatory(double longitude, String utc) {
    double published = jd(utc);
    double computed = JulianDay.ttToUt(Sun.reachesLongitude(longitude, published - 3));
    assertThat(Duration.between(ut(published), ut(computed)).abs())
        .isLessThan(Duration.ofSeconds(75));
  }

  /** New moons as published (UT, to the minute): NASA's phase tables and the press. */
  @ParameterizedTest(name = "new moon at {0} UT")
  @CsvSource({
    "2000-01-06T18:14",
    "1968-01-29T16:29",
    "2006-06-25T16:05",
    "2007-02-17T16:14",
    "2024-02-09T22:59",
    "2030-02-02T16:07",
  })
  void newMoonsMatchPublishedTimes(String utc) {
    double published = jd(utc);
    long k = NewMoon.lunationNear(JulianDay.utToTt(published));
    double computed = JulianDay.ttToUt(NewMoon.jde(k));
    assertThat(Duration.between(ut(published), ut(computed)).abs())
        .isLessThan(Duration.ofSeconds(75));
  }

  @Test
  void deltaTFollowsTheEspenakMeeusPolynomials() {
    assertThat(DeltaT.seconds(1900.0)).isCloseTo(-2.79, within(1e-9));
    assertThat(DeltaT.seconds(1950.0)).isCloseTo(29.07, within(1e-9));
    assertThat(DeltaT.seconds(2000.0)).isCloseTo(63.86, within(1e-9));
    assertThat(DeltaT.seconds(2010.0)).isCloseTo(62.92 + 3.2217 + 0.5589, within(1e-9));
    assertThat(DeltaT.seconds(2150.0)).isCloseTo(-20 + 32 * 3.3 * 3.3, within(1e-9));
    // 2000-01-01T12:00 is J2000.0 and the decimal year 2000.0 + half a day.
    assertThat(JulianDay.decimalYear(JulianDay.J2000))
        .isCloseTo(2000.0 + 0.5 / 365.2425, within(1e-12));
  }

  @Test
  void deltaTIsNearlyContinuousAcrossItsSegments() {
    for (double boundary : new double[] {1860, 1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150}) {
      assertThat(DeltaT.seconds(boundary) - DeltaT.seconds(boundary - 1e-6))
          .as("jump at %s", boundary)
          .isCloseTo(0.0, within(0.2));
    }
  }

  @Test
  void localDaysTurnAtLocalMidnight() {
    long day = java.time.LocalDate.of(2024, 2, 10).toEpochDay();
    double midnight = JulianDay.localMidnight(day, 7);
    assertThat(JulianDay.localEpochDay(midnight + 1e-7, 7)).isEqualTo(day);
    assertThat(JulianDay.localEpochDay(midnight - 1e-7, 7)).isEqualTo(day - 1);
    assertThat(ut(midnight)).isEqualTo(Instant.parse("2024-02-09T17:00:00Z"));
  }

  @Test
  void anglesNormalize() {
    assertThat(Angles.normalize(-30)).isEqualTo(330.0);
    assertThat(Angles.normalize(725)).isEqualTo(5.0);
    assertThat(Angles.normalize(-1e-15)).isLessThan(360.0);
    assertThat(Angles.signedDifference(350)).isEqualTo(-10.0);
    assertThat(Angles.signedDifference(180)).isEqualTo(180.0);
  }
}
