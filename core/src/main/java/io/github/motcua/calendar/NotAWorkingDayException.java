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
import java.time.LocalDate;

/**
 * A question that needs a working day (its opening or closing instant) was asked about a day that
 * has no working time.
 */
public final class NotAWorkingDayException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient LocalDate date;
  private final transient String calendar;

  /**
   * Creates the exception.
   *
   * @param calendar the name of the calendar asked
   * @param date the date that is not a working day
   * @param info what the calendar says about the date
   */
  public NotAWorkingDayException(String calendar, LocalDate date, DayInfo info) {
    super(
        "calendar '"
            + calendar
            + "': "
            + date
            + " is not a working day ("
            + info.kind()
            + (info.reason().isEmpty() ? "" : ": " + info.reason())
            + "); ask about a working day, e.g. from addWorkingDays(date, 0)");
    this.calendar = calendar;
    this.date = date;
  }

  /**
   * Returns the date that is not a working day.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the name of the calendar asked.
   *
   * @return the calendar's name
   */
  public String calendar() {
    return calendar;
  }
}
