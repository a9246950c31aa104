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
package io.github.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.internal.astronomy.Angles;
import io.github.motcua.internal.astronomy.JulianDay;
import io.github.motcua.internal.astronomy.NewMoon;
import io.github.motcua.internal.astronomy.Sun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules and the precision behind {@link LunarCalendar}, checked on its internal tables. */
class LunarTablesTest {
  private static final LunarTables VIETNAM = new LunarTables(7, 1898, 2200);
  private static final LunarTables CHINA = new LunarTables(8, 1898, 2200);

  /**
   * The same rules on UTC+8 give the Chinese calendar, which is published widely (Hong Kong
   * Observatory, Purple Mountain Observatory): a second, independent check of the rules.
   */
  @ParameterizedTest(name = "Chinese New Year {0} is {1}")
  @CsvSource({
    "1968, 1968-01-30", "1985, 1985-02-20", "2000, 2000-02-05", "2001, 2001-01-24",
    "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22", "2005, 2005-02-09",
    "2006, 2006-01-29", "2007, 2007-02-18", "2008, 2008-02-07", "2009, 2009-01-26",
    "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10",
    "2014, 2014-01-31", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28",
    "2018, 2018-02-16", "2030, 2030-02-03", "2033, 2033-01-31", "2034, 2034-02-19",
  })
  void onUtcPlusEightTheRulesGiveTheChineseNewYear(int year, LocalDate newYear) {
    assertThat(LocalDate.ofEpochDay(CHINA.year(year).newYear())).isEqualTo(newYear);
  }

  @ParameterizedTest(name = "Chinese {0} has leap month {1}")
  @CsvSource({
    "1984, 10",
    "2001, 4",
    "2004, 2",
    "2006, 7",
    "2009, 5",
    "2012, 4",
    "2014, 9",
    "2017, 6",
    "2020, 4",
    "2023, 2",
    "2025, 6",
    "2028, 5",
    "2031, 3",
    "2033, 11",
    "2036, 6",
  })
  void onUtcPlusEightTheRulesGiveTheChineseLeapMonths(int year, int leapMonth) {
    assertThat(CHINA.year(year).leapMonth()).isEqualTo(leapMonth);
  }

  /**
   * Since Vietnam moved to UTC+7 (Tết 1968), Tết differs from China's only in these years; the
   * press names 1968, 1985, 2007, 2030 and 2053.
   */
  @Test
  void tetDiffersFromChineseNewYearOnlyInTheKnownYears() {
    TreeSet<Integer> different = new TreeSet<>();
    for (int year = 1968; year <= 2100; year++) {
      if (VIETNAM.year(year).newYear() != CHINA.year(year).newYear()) {
        different.add(year);
      }
    }
    assertThat(different).containsExactly(1968, 1969, 1985, 2007, 2030, 2053);
  }

  /**
   * No principal term (trung khí) lies so close to the local midnight that begins a month that the
   * error of the solar longitude (within 1.2″ of ERFA, about 30 s) could put it in the wrong month,
   * except one: the September equinox of 1938, 26 s before midnight. For that one the independent
   * ERFA computation (IAU 2006/2000A, JDE 2429165.20822857 TT) puts it 33 s before midnight too, so
   * month 8 of 1938 holds it and the leap month is 8 on UTC+7 (7 on UTC+8).
   */
  @Test
  void principalTermsSitFarFromMonthBoundaries() {
    List<String> close = new ArrayList<>();
    double smallestElsewhere = Double.MAX_VALUE;
    for (int endYear = 1900; endYear <= 2200; endYear++) {
      LunarTables.Sui sui = VIETNAM.computeSui(endYear);
      for (long start : sui.starts) {
        double midnight = JulianDay.utToTt(JulianDay.localMidnight(start, 7));
        double longitude = Sun.apparentLongitude(midnight);
        double term = Math.round(longitude / 30.0) * 30.0;
        double guess = midnight - Angles.signedDifference(longitude - term) * 365.25 / 360;
        double instant = Sun.reachesLongitude(Angles.normalize(term), guess);
        double margin = Math.abs(instant - midnight) * 86400;
        if (margin < 120) {
          close.add(LocalDate.ofEpochDay(start) + " " + Math.round(Angles.normalize(term)));
          assertThat(instant).isLessThan(midnight);
          double erfa = 2429165.20822857;
          assertThat((instant - erfa) * 86400).isBetween(-15.0, 15.0);
          assertThat(erfa).isLessThan(midnight);
        } else {
          smallestElsewhere = Math.min(smallestElsewhere, margin);
        }
      }
    }
    assertThat(close).containsOnly("1938-09-24 180");
    assertThat(smallestElsewhere).isGreaterThan(500);
    assertThat(VIETNAM.year(1938).leapMonth()).isEqualTo(8);
    assertThat(CHINA.year(1938).leapMonth()).isEqualTo(7);
  }

  /**
   * The new moons within a minute of local midnight in 1900–2199: on these the day a month begins
   * rests on seconds. Meeus ch. 49 and ERFA's {@code moon98} (an independent lunar series) agree on
   * the day for all but 1967-07-07, where {@code moon98} puts the new moon 5 s after midnight (in
   * 1967 Vietnam still used the UTC+8 calendar, which begins that month on 8 July anyway). After
   * 2050 ΔT is extrapolated: a ΔT smaller than Espenak–Meeus' by more than the margin moves the
   * months of 2077-11-15, 2085-10-18, 2150-05-26 and 2175-01-22 a day later.
   */
  @Test
  void theKnifeEdgeNewMoonsAreTheKnownFew() {
    List<LocalDate> knifeEdge = new ArrayList<>();
    long first =
        NewMoon.lunationNear(
            JulianDay.utToTt(JulianDay.localMidnight(LunarCalendar.MIN_DATE.toEpochDay(), 7)));
    long last =
        NewMoon.lunationNear(
            JulianDay.utToTt(JulianDay.localMidnight(LunarCalendar.MAX_DATE.toEpochDay(), 7)));
    for (long k = first; k <= last; k++) {
      double local = JulianDay.ttToUt(NewMoon.jde(k)) - JulianDay.UNIX_EPOCH + 7 / 24.0;
      double fraction = local - Math.floor(local);
      if (Math.min(fraction, 1 - fraction) * 86400 < 60) {
        knifeEdge.add(LocalDate.ofEpochDay((long) Math.floor(local)));
      }
    }
    assertThat(knifeEdge)
        .containsExactly(
            LocalDate.of(1944, 6, 20),
            LocalDate.of(1967, 7, 7),
            LocalDate.of(2054, 5, 8),
            LocalDate.of(2077, 11, 15),
            LocalDate.of(2085, 10, 18),
            LocalDate.of(2150, 5, 26),
            LocalDate.of(2175, 1, 22));
    for (LocalDate day : knifeEdge) {
      assertThat(LunarCalendar.toLunar(day).day()).isEqualTo(1);
    }
  }

  @Test
  void suisHoldTwelveOrThirteenMonthsFromMonthElevenToMonthTen() {
    for (int endYear = 1899; endYear <= 2201; endYear++) {
      LunarTables.Sui sui = VIETNAM.computeSui(endYear);
      assertThat(sui.numbers[0]).isEqualTo(11);
      assertThat(sui.numbers[sui.months() - 1]).isEqualTo(10);
      assertThat(sui.months()).isIn(12, 13);
    }
  }

  @Test
  void concurrentFirstUseGivesOneTablePerYear() throws Exception {
    LunarTables tables = new LunarTables(7, 2000, 2010);
    LunarYearTable[] seen = new LunarYearTable[8];
    Thread[] threads = new Thread[seen.length];
    for (int i = 0; i < threads.length; i++) {
      int slot = i;
      threads[i] = new Thread(() -> seen[slot] = tables.year(2005));
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    for (LunarYearTable table : seen) {
      assertThat(table).isSameAs(tables.year(2005));
    }
  }
}
