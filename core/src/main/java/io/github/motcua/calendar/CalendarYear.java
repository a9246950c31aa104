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

import java.util.List;

/**
 * What a calendar knows about one year: whether its days off are provisional (computed from the
 * holiday rules because no schedule was announced) and every special day in effect that year, each
 * with its reason and origin.
 *
 * @param year the year
 * @param provisional true when the days off come from the holiday rules, not from an announced
 *     schedule; they may change when the government announces the year
 * @param days the special days whose dates lie in the year, by date: days off and make-up working
 *     days, from the rules, the announced schedules and the calendar's own dated days
 */
public record CalendarYear(int year, boolean provisional, List<SpecialDay> days) {
  /**
   * Validates and copies.
   *
   * @param year the year
   * @param provisional whether the days off are provisional
   * @param days the special days of the year
   */
  public CalendarYear {
    days = List.copyOf(requireNonNull(days, "days"));
  }

  /**
   * Returns the days off of the year (every special day that is not worked).
   *
   * @return the days off, by date
   */
  public List<SpecialDay> daysOff() {
    return days.stream().filter(d -> !d.isWorking()).toList();
  }

  /**
   * Returns the make-up and extra working days of the year.
   *
   * @return the working special days, by date
   */
  public List<SpecialDay> makeupWorkingDays() {
    return days.stream().filter(SpecialDay::isWorking).toList();
  }
}
