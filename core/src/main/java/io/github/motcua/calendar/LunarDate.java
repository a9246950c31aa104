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

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * <p>A plain value: the components are not checked here, because whether a date exists depends on
 * its year (month lengths and the leap month come from astronomy). {@link
 * LunarCalendar#toSolar(LunarDate)} checks them and throws {@link InvalidLunarDateException} for a
 * date that does not exist; every date {@link LunarCalendar#toLunar(java.time.LocalDate)} returns
 * exists.
 *
 * @param year the lunar year (the solar year in which its first day, mùng 1 Tết, falls)
 * @param month the lunar month, 1 to 12
 * @param day the day of the month, 1 to 30
 * @param leapMonth whether the month is the leap (intercalary, nhuận) month that repeats {@code
 *     month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  /**
   * Returns a date in an ordinary (not leap) month.
   *
   * @param year the lunar year
   * @param month the lunar month, 1 to 12
   * @param day the day of the month, 1 to 30
   * @return the date
   */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /**
   * Returns the date the way Vietnamese calendars print it: {@code "10/3/2026 âm lịch"}, and for a
   * day of a leap month {@code "1/4 nhuận/2020 âm lịch"}.
   *
   * @return day/month/year followed by "âm lịch"
   */
  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
  }
}
