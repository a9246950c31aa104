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

/** A date lies outside the range a calendar supports; the message names the range. */
public final class DateOutOfRangeException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient LocalDate date;
  private final transient LocalDate min;
  private final transient LocalDate max;

  /**
   * Creates the exception.
   *
   * @param what what the date was used for, e.g. {@code "lunar conversion"}
   * @param date the date refused
   * @param min the first supported date
   * @param max the last supported date
   */
  public DateOutOfRangeException(String what, LocalDate date, LocalDate min, LocalDate max) {
    super(what + ": " + date + " is outside the supported range " + min + " to " + max);
    this.date = date;
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the date refused.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the first supported date.
   *
   * @return the first supported date
   */
  public LocalDate min() {
    return min;
  }

  /**
   * Returns the last supported date.
   *
   * @return the last supported date
   */
  public LocalDate max() {
    return max;
  }
}
