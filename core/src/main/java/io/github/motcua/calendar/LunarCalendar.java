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

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * The Vietnamese lunar calendar (âm lịch): conversions between solar (Gregorian) and lunar dates,
 * the date of Tết, month lengths and leap months. Stateless static methods; thread-safe.
 *
 * <p>Computed from astronomy, not from tables: true new moons (Jean Meeus, <i>Astronomical
 * Algorithms</i>, ch. 49), the Sun's apparent longitude for the winter solstice and the principal
 * terms (ch. 25, VSOP87), and ΔT (Espenak–Meeus). A month begins on the local day of its new moon;
 * month 11 contains the winter solstice; in a sui of 13 months the first month after month 11
 * without a principal term (trung khí) is the leap month (tháng nhuận) and repeats the number of
 * the month before it; a lunar year is numbered by the solar year in which its month 1 begins.
 *
 * <p><b>Meridian.</b> Every date is computed on UTC+7 ({@link #MERIDIAN}, 105° E). North Vietnam
 * officially adopted a calendar computed on UTC+7 in August 1967 (first used for Tết 1968), and the
 * whole country since 1975. Earlier dates follow the same computation; almanacs of that time used
 * UTC+8 (the Chinese calendar) and may differ from it by a day, or by a month around a leap month
 * (1938 has leap month 8 here, 7 in those almanacs).
 *
 * <p><b>Range.</b> Conversions support the solar dates {@link #MIN_DATE} to {@link #MAX_DATE} and
 * the lunar dates that fall on them; year-level queries ({@link #months}, {@link #leapMonth},
 * {@link #monthLength}) support the lunar years {@link #MIN_YEAR} to {@link #MAX_YEAR} that overlap
 * that range. Outside it they throw {@link DateOutOfRangeException}.
 *
 * <p><b>Precision.</b> New moons are good to about 30 s and the principal terms to about 30 s in
 * Terrestrial Time; civil time adds ΔT, measured until today and extrapolated after (by minutes
 * around 2200). In 1900–2199 seven new moons fall within a minute of local midnight (1944-06-20,
 * 1967-07-07, 2054-05-08, 2077-11-15, 2085-10-18, 2150-05-26, 2175-01-22); on those days, and on
 * any later one should the real ΔT depart from the extrapolation, a month may in the end begin a
 * day earlier or later than computed here. No principal term is that close to a month boundary
 * except the September equinox of 1938, which an independent high-precision computation places on
 * the same side.
 *
 * <p>Results are cached per lunar year, so repeated calls for the same years cost a table lookup.
 */
public final class LunarCalendar {
  /** The first solar date the conversions support. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The last solar date the conversions support. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  /** The first lunar year year-level queries support (it ends in 1900). */
  public static final int MIN_YEAR = 1899;

  /** The last lunar year year-level queries support (it begins in 2199). */
  public static final int MAX_YEAR = 2199;

  /** The meridian the calendar is computed on: UTC+7. */
  public static final ZoneOffset MERIDIAN = ZoneOffset.ofHours(7);

  private static final LunarTables TABLES =
      new LunarTables(MERIDIAN.getTotalSeconds() / 3600.0, MIN_YEAR - 1, MAX_YEAR + 1);

  private LunarCalendar() {}

  /**
   * Converts a solar date to the Vietnamese lunar date.
   *
   * @param date the solar date, {@link #MIN_DATE} to {@link #MAX_DATE}
   * @return the lunar date
   * @throws DateOutOfRangeException if the date is outside the supported range
   */
  public static LunarDate toLunar(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new DateOutOfRangeException("lunar conversion", date, MIN_DATE, MAX_DATE);
    }
    long day = date.toEpochDay();
    LunarYearTable table = TABLES.year(TABLES.lunarYearOf(day));
    int i = table.indexContaining(day);
    return new LunarDate(
        table.year(), table.number(i), (int) (day - table.start(i)) + 1, table.isLeap(i));
  }

  /**
   * Converts a Vietnamese lunar date to the solar date.
   *
   * @param date the lunar date
   * @return the solar date
   * @throws InvalidLunarDateException if the date does not exist: month outside 1 to 12, day
   *     outside the month's 29 or 30 days, or the leap flag on a month that is not the year's leap
   *     month
   * @throws DateOutOfRangeException if the date exists but its solar date is outside {@link
   *     #MIN_DATE} to {@link #MAX_DATE}
   */
  public static LocalDate toSolar(LunarDate date) {
    requireNonNull(date, "date");
    int year = date.year();
    int month = date.month();
    int day = date.day();
    boolean leap = date.leapMonth();
    checkMonthNumber(year, month, leap, day, date);
    if (day < 1 || day > 30) {
      throw new InvalidLunarDateException(
          "lunar date "
              + date
              + " does not exist: day "
              + day
              + " is outside any lunar month; allowed days are 1 to 29 or 30",
          year,
          month,
          leap,
          day);
    }
    if (!TABLES.covers(year)) {
      LocalDate estimate =
          estimateNewYear(year).plusDays(Math.round((month - 1) * 29.53) + day - 1);
      throw new DateOutOfRangeException(
          "lunar date " + date + " (solar date estimated)", estimate, MIN_DATE, MAX_DATE);
    }
    LunarYearTable table = TABLES.year(year);
    int i = monthIndex(table, month, leap, day, date);
    int length = table.length(i);
    if (day > length) {
      throw new InvalidLunarDateException(
          "lunar date "
              + date
              + " does not exist: "
              + LunarMonth.describe(year, month, leap)
              + " has "
              + length
              + " days; allowed days are 1 to "
              + length,
          year,
          month,
          leap,
          day);
    }
    LocalDate solar = LocalDate.ofEpochDay(table.start(i) + day - 1);
    if (solar.isBefore(MIN_DATE) || solar.isAfter(MAX_DATE)) {
      throw new DateOutOfRangeException("lunar date " + date, solar, MIN_DATE, MAX_DATE);
    }
    return solar;
  }

  /**
   * Returns the solar date of Tết Nguyên Đán, the first day (mùng 1) of month 1 of a lunar year. It
   * always falls between 21 January and 20 February.
   *
   * @param lunarYear the lunar year, 1900 to 2199
   * @return the solar date of mùng 1 Tết
   * @throws DateOutOfRangeException if that date is outside {@link #MIN_DATE} to {@link #MAX_DATE}
   */
  public static LocalDate newYear(int lunarYear) {
    String what = "mùng 1 Tết of lunar year " + lunarYear;
    if (!TABLES.covers(lunarYear)) {
      throw new DateOutOfRangeException(
          what + " (estimated)", estimateNewYear(lunarYear), MIN_DATE, MAX_DATE);
    }
    LocalDate tet = LocalDate.ofEpochDay(TABLES.year(lunarYear).newYear());
    if (tet.isBefore(MIN_DATE) || tet.isAfter(MAX_DATE)) {
      throw new DateOutOfRangeException(what, tet, MIN_DATE, MAX_DATE);
    }
    return tet;
  }

  /**
   * Returns the number of days of a lunar month.
   *
   * @param lunarYear the lunar year, {@link #MIN_YEAR} to {@link #MAX_YEAR}
   * @param month the month, 1 to 12
   * @param leapMonth whether the leap month is meant
   * @return 29 or 30
   * @throws InvalidLunarDateException if the year has no such month
   * @throws DateOutOfRangeException if the year is outside the supported years
   */
  public static int monthLength(int lunarYear, int month, boolean leapMonth) {
    checkMonthNumber(lunarYear, month, leapMonth, 0, null);
    LunarYearTable table = table(lunarYear, "monthLength");
    return table.length(monthIndex(table, month, leapMonth, 0, null));
  }

  /**
   * Returns the leap month (tháng nhuận) of a lunar year, if it has one. A year has at most one; in
   * 2020 it was month 4, in 2023 month 2, in 2025 month 6.
   *
   * @param lunarYear the lunar year, {@link #MIN_YEAR} to {@link #MAX_YEAR}
   * @return the number of the month the leap month repeats, or empty for a 12-month year
   * @throws DateOutOfRangeException if the year is outside the supported years
   */
  public static OptionalInt leapMonth(int lunarYear) {
    int leap = table(lunarYear, "leapMonth").leapMonth();
    return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
  }

  /**
   * Returns the months of a lunar year in order, the leap month (if any) right after the month it
   * repeats: 12 or 13 months from mùng 1 Tết to the last day before the next Tết. For {@link
   * #MIN_YEAR} and {@link #MAX_YEAR} some of these days lie outside {@link #MIN_DATE} to {@link
   * #MAX_DATE}.
   *
   * @param lunarYear the lunar year, {@link #MIN_YEAR} to {@link #MAX_YEAR}
   * @return an immutable list of 12 or 13 months
   * @throws DateOutOfRangeException if the year is outside the supported years
   */
  public static List<LunarMonth> months(int lunarYear) {
    LunarYearTable table = table(lunarYear, "months");
    List<LunarMonth> months = new ArrayList<>(table.monthCount());
    for (int i = 0; i < table.monthCount(); i++) {
      months.add(
          new LunarMonth(
              lunarYear,
              table.number(i),
              table.isLeap(i),
              LocalDate.ofEpochDay(table.start(i)),
              table.length(i)));
    }
    return Collections.unmodifiableList(months);
  }

  /** The table of a year for year-level queries, or the range exception. */
  private static LunarYearTable table(int lunarYear, String operation) {
    if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
      String what =
          operation
              + "("
              + lunarYear
              + "): lunar years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + " are supported; lunar year "
              + lunarYear
              + " begins";
      LocalDate begins;
      if (TABLES.covers(lunarYear)) {
        begins = LocalDate.ofEpochDay(TABLES.year(lunarYear).newYear());
      } else {
        what += " about";
        begins = estimateNewYear(lunarYear);
      }
      throw new DateOutOfRangeException(what, begins, MIN_DATE, MAX_DATE);
    }
    return TABLES.year(lunarYear);
  }

  private static void checkMonthNumber(int year, int month, boolean leap, int day, LunarDate date) {
    if (month < 1 || month > 12) {
      throw new InvalidLunarDateException(
          prefix(date)
              + "there is no lunar month "
              + month
              + "; allowed months are 1 to 12 (a leap month repeats one of them)",
          year,
          month,
          leap,
          day);
    }
  }

  private static int monthIndex(
      LunarYearTable table, int month, boolean leap, int day, LunarDate date) {
    int i = table.indexOf(month, leap);
    if (i < 0) {
      int actual = table.leapMonth();
      String allowed =
          actual == 0
              ? "lunar year " + table.year() + " has no leap month; use leapMonth=false"
              : "the leap month of lunar year "
                  + table.year()
                  + " is month "
                  + actual
                  + "; use leapMonth=true only with month "
                  + actual;
      throw new InvalidLunarDateException(
          prefix(date)
              + "there is no leap month "
              + month
              + " in lunar year "
              + table.year()
              + ": "
              + allowed,
          table.year(),
          month,
          leap,
          day);
    }
    return i;
  }

  /** How a message about a whole date begins; empty for month-level queries. */
  private static String prefix(LunarDate date) {
    return date == null ? "" : "lunar date " + date + " does not exist: ";
  }

  /** A rough date of Tết for years without tables, only to name them in range errors. */
  private static LocalDate estimateNewYear(int lunarYear) {
    int year = Math.max(Year.MIN_VALUE + 1, Math.min(Year.MAX_VALUE - 1, lunarYear));
    return LocalDate.of(year, 2, 5);
  }
}
