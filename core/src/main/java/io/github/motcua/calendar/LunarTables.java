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

import io.github.motcua.internal.astronomy.JulianDay;
import io.github.motcua.internal.astronomy.NewMoon;
import io.github.motcua.internal.astronomy.Sun;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Computes and caches the month tables of a Chinese-style lunisolar calendar on one meridian: the
 * Vietnamese calendar on UTC+7 (the only instance the library uses), or, in tests, the Chinese one
 * on UTC+8 to check the rules against a second published calendar.
 *
 * <h2>The algorithm</h2>
 *
 * <p>Everything follows from two kinds of astronomical instants, computed in Terrestrial Time and
 * turned into local civil days with ΔT and the UTC offset:
 *
 * <ul>
 *   <li><b>New moons</b> (sóc), Meeus ch. 49. A lunar month begins on the local day that contains a
 *       new moon and ends the day before the next one, so it has 29 or 30 days.
 *   <li><b>The Sun's apparent longitude</b>, Meeus ch. 25. The winter solstice (đông chí) is the
 *       instant the longitude reaches 270°; the twelve principal terms (trung khí) are the instants
 *       it reaches a multiple of 30°.
 * </ul>
 *
 * <p>The rules, applied to each <i>sui</i> (the span from the month containing one winter solstice
 * to the month containing the next):
 *
 * <ol>
 *   <li>Month 11 is the month whose days include the local date of the winter solstice.
 *   <li>If 12 new moons separate month 11 from the next month 11, the months are numbered 11, 12,
 *       1, …, 10. If 13 do, the first month after month 11 that contains no principal term is the
 *       leap month (tháng nhuận) and repeats the number of the month before it. A month "contains"
 *       a term when the term's instant lies between local midnight of its first day and local
 *       midnight of the next month's first day; since the Sun's longitude only grows, that is the
 *       case exactly when {@code floor(longitude / 30)} differs at those two midnights, which costs
 *       two longitude evaluations per month and no root finding.
 *   <li>A lunar year is numbered by the solar year in which its month 1 begins; it consists of
 *       months 1 to 10 of one sui and months 11 and 12 (with a leap 11 or 12, if any) of the next.
 * </ol>
 *
 * <p>Only the solstices are solved for (a few Newton steps on the longitude). Tables are computed
 * lazily per sui and per lunar year and kept in {@link AtomicReferenceArray}s: two threads may
 * compute the same year at once, both get equal results and one instance wins; a computed table is
 * immutable and safely published.
 */
final class LunarTables {
  private final double utcOffsetHours;
  private final int firstYear;
  private final int lastYear;
  private final AtomicReferenceArray<Sui> suis;
  private final AtomicReferenceArray<LunarYearTable> years;

  /**
   * Creates tables for the lunar years {@code firstYear..lastYear}.
   *
   * @param utcOffsetHours the meridian, as an offset from UT in hours
   * @param firstYear the first lunar year
   * @param lastYear the last lunar year
   */
  LunarTables(double utcOffsetHours, int firstYear, int lastYear) {
    this.utcOffsetHours = utcOffsetHours;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    // Lunar year Y needs the sui ending with the solstice of Y and the one ending with Y + 1.
    this.suis = new AtomicReferenceArray<>(lastYear - firstYear + 2);
    this.years = new AtomicReferenceArray<>(lastYear - firstYear + 1);
  }

  int firstYear() {
    return firstYear;
  }

  int lastYear() {
    return lastYear;
  }

  boolean covers(int lunarYear) {
    return lunarYear >= firstYear && lunarYear <= lastYear;
  }

  /** Returns the month table of a lunar year; the year must be {@linkplain #covers covered}. */
  LunarYearTable year(int lunarYear) {
    int i = lunarYear - firstYear;
    LunarYearTable table = years.get(i);
    if (table == null) {
      table = LunarYearTable.of(lunarYear, sui(lunarYear), sui(lunarYear + 1));
      if (!years.compareAndSet(i, null, table)) {
        table = years.get(i);
      }
    }
    return table;
  }

  /** The lunar year a solar day belongs to; the year of the date or the one before. */
  int lunarYearOf(long epochDay) {
    int solarYear = LocalDate.ofEpochDay(epochDay).getYear();
    return epochDay < year(solarYear).newYear() ? solarYear - 1 : solarYear;
  }

  private Sui sui(int endYear) {
    int i = endYear - firstYear;
    Sui sui = suis.get(i);
    if (sui == null) {
      sui = computeSui(endYear);
      if (!suis.compareAndSet(i, null, sui)) {
        sui = suis.get(i);
      }
    }
    return sui;
  }

  /** The months from month 11 of December {@code endYear - 1} up to month 11 of {@code endYear}. */
  Sui computeSui(int endYear) {
    long k0 = month11Lunation(endYear - 1);
    long k1 = month11Lunation(endYear);
    int count = (int) (k1 - k0);
    if (count != 12 && count != 13) {
      throw new IllegalStateException(count + " lunations between solstices ending " + endYear);
    }
    long[] starts = new long[count + 1];
    for (int i = 0; i <= count; i++) {
      starts[i] = newMoonDay(k0 + i);
    }
    int leapIndex = -1;
    if (count == 13) {
      int sector = principalSector(starts[1]);
      for (int i = 1; i < count; i++) {
        int next = principalSector(starts[i + 1]);
        if (next == sector) {
          leapIndex = i;
          break;
        }
        sector = next;
      }
      if (leapIndex < 0) {
        throw new IllegalStateException("no month without a principal term before " + endYear);
      }
    }
    int[] numbers = new int[count];
    boolean[] leap = new boolean[count];
    numbers[0] = 11;
    for (int i = 1; i < count; i++) {
      if (i == leapIndex) {
        numbers[i] = numbers[i - 1];
        leap[i] = true;
      } else {
        numbers[i] = numbers[i - 1] % 12 + 1;
      }
    }
    return new Sui(starts, numbers, leap);
  }

  /** The lunation of month 11: the last new moon whose local day is not after the solstice's. */
  long month11Lunation(int solsticeYear) {
    long solsticeDay = localDay(winterSolstice(solsticeYear));
    long k = NewMoon.lunationNear(JulianDay.utToTt(JulianDay.localMidnight(solsticeDay, 0)));
    while (newMoonDay(k) > solsticeDay) {
      k--;
    }
    while (newMoonDay(k + 1) <= solsticeDay) {
      k++;
    }
    return k;
  }

  /** The JDE of the December solstice of a solar year. */
  static double winterSolstice(int year) {
    long dec21 = LocalDate.of(year, 12, 21).toEpochDay();
    return Sun.reachesLongitude(270.0, JulianDay.localMidnight(dec21, 0));
  }

  /** The local day of the new moon of lunation k. */
  long newMoonDay(long k) {
    return localDay(NewMoon.jde(k));
  }

  /** The local day of an instant given in TT. */
  long localDay(double jde) {
    return JulianDay.localEpochDay(JulianDay.ttToUt(jde), utcOffsetHours);
  }

  /** Which 30° sector the Sun is in at local midnight starting {@code epochDay}: 0 to 11. */
  int principalSector(long epochDay) {
    double jde = JulianDay.utToTt(JulianDay.localMidnight(epochDay, utcOffsetHours));
    return (int) (Sun.apparentLongitude(jde) / 30.0);
  }

  /** The months of one sui: first days (one more than months), numbers, leap flags. */
  static final class Sui {
    final long[] starts;
    final int[] numbers;
    final boolean[] leap;

    Sui(long[] starts, int[] numbers, boolean[] leap) {
      this.starts = starts;
      this.numbers = numbers;
      this.leap = leap;
    }

    int months() {
      return numbers.length;
    }

    /** The index of month 1; months before it belong to the previous lunar year. */
    int firstMonthIndex() {
      for (int i = 0; i < numbers.length; i++) {
        if (numbers[i] == 1 && !leap[i]) {
          return i;
        }
      }
      throw new IllegalStateException("a sui without month 1");
    }
  }
}
