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

/**
 * One month of the Vietnamese lunar calendar (âm lịch) and where it lies in the solar calendar, as
 * returned by {@link LunarCalendar#months(int)}.
 *
 * @param year the lunar year
 * @param month the month number, 1 to 12
 * @param leapMonth whether this is the leap (nhuận) month that repeats {@code month}
 * @param firstDay the solar date of its first day (mùng 1)
 * @param length its number of days, 29 (tháng thiếu) or 30 (tháng đủ)
 */
public record LunarMonth(int year, int month, boolean leapMonth, LocalDate firstDay, int length) {

  /**
   * Validates the components.
   *
   * @param year the lunar year
   * @param month the month number, 1 to 12
   * @param leapMonth whether this is the leap month
   * @param firstDay the solar date of its first day
   * @param length its number of days, 29 or 30
   * @throws InvalidLunarDateException if the month number is not 1 to 12 or the length not 29 or 30
   */
  public LunarMonth {
    requireNonNull(firstDay, "firstDay");
    if (month < 1 || month > 12) {
      throw new InvalidLunarDateException(
          "lunar month " + month + " does not exist; allowed months are 1 to 12",
          year,
          month,
          leapMonth,
          0);
    }
    if (length != 29 && length != 30) {
      throw new InvalidLunarDateException(
          "a lunar month of " + length + " days does not exist; a lunar month has 29 or 30 days",
          year,
          month,
          leapMonth,
          0);
    }
  }

  /**
   * Returns the solar date of the last day of the month.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return firstDay.plusDays(length - 1L);
  }

  /**
   * Returns the lunar date of a day of this month.
   *
   * @param day the day of the month, 1 to {@link #length()}
   * @return the lunar date
   * @throws InvalidLunarDateException if the month has no such day
   */
  public LunarDate day(int day) {
    if (day < 1 || day > length) {
      throw new InvalidLunarDateException(
          "day "
              + day
              + " does not exist in "
              + describe(year, month, leapMonth)
              + ", which has "
              + length
              + " days; allowed days are 1 to "
              + length,
          year,
          month,
          leapMonth,
          day);
    }
    return new LunarDate(year, month, day, leapMonth);
  }

  static String describe(int year, int month, boolean leapMonth) {
    return (leapMonth ? "leap month " : "month ") + month + " of lunar year " + year;
  }
}
