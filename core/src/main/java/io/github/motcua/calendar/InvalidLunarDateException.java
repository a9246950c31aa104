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

import io.github.motcua.MotcuaException;

/**
 * A lunar date or month that does not exist: month 13, day 30 of a 29-day month, or the leap flag
 * on a month that is not the leap month of its year. The message names what is wrong and what is
 * allowed, e.g. "lunar date 30/2/2026 âm lịch does not exist: month 2 of lunar year 2026 has 29
 * days; allowed days are 1 to 29".
 */
public final class InvalidLunarDateException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The lunar year asked for. */
  private final int year;

  /** The month asked for, as given. */
  private final int month;

  /** Whether the leap month was asked for. */
  private final boolean leapMonth;

  /** The day asked for, or 0 when the problem concerns a whole month. */
  private final int day;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and what is allowed
   * @param year the lunar year asked for
   * @param month the month asked for
   * @param leapMonth whether the leap month was asked for
   * @param day the day asked for, or {@code 0} when the problem concerns a whole month
   */
  public InvalidLunarDateException(
      String message, int year, int month, boolean leapMonth, int day) {
    super(message);
    this.year = year;
    this.month = month;
    this.leapMonth = leapMonth;
    this.day = day;
  }

  /**
   * Returns the lunar year asked for.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month asked for.
   *
   * @return the month number as given, possibly out of 1 to 12
   */
  public int month() {
    return month;
  }

  /**
   * Returns whether the leap month was asked for.
   *
   * @return the leap flag as given
   */
  public boolean leapMonth() {
    return leapMonth;
  }

  /**
   * Returns the day asked for.
   *
   * @return the day as given, or {@code 0} when the problem concerns a whole month
   */
  public int day() {
    return day;
  }
}
