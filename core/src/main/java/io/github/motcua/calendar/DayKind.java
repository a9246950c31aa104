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

/** What kind of day a date is in a working calendar. */
public enum DayKind {
  /** An ordinary working day of the working week. */
  WORKING_DAY(true),
  /** A rest day of the week that an announced schedule makes a working day (ngày làm bù). */
  MAKEUP_WORKING_DAY(true),
  /** A weekly rest day (Saturday and Sunday in the public sector). */
  WEEKLY_REST(false),
  /** A day off: a public holiday, a compensatory day, a swapped day or a local day off. */
  DAY_OFF(false);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /**
   * Returns whether a day of this kind is a working day.
   *
   * @return true for working days
   */
  public boolean isWorking() {
    return working;
  }
}
