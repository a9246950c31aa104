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
import java.util.Optional;

/**
 * What a calendar says about one date: its kind, why, and its working periods.
 *
 * @param date the date
 * @param kind the kind of day
 * @param reason why the day is what it is, e.g. {@code "Tet Nguyen Dan 2026 - statutory holiday"};
 *     empty for ordinary working days and weekly rest days
 * @param periods the working periods of the day, empty when it is not a working day
 * @param observance the national holidays the day belongs to and the part it plays (the holiday
 *     itself, a compensatory day, a swapped day, ...), when the calendar knows it; empty for
 *     ordinary days and for days off given only as free text
 */
public record DayInfo(
    java.time.LocalDate date,
    DayKind kind,
    String reason,
    List<WorkingPeriod> periods,
    Optional<Observance> observance) {
  /**
   * Validates and copies.
   *
   * @param date the date
   * @param kind the kind of day
   * @param reason why the day is what it is
   * @param periods the working periods of the day
   * @param observance the holidays the day belongs to, or empty
   */
  public DayInfo {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
    periods = List.copyOf(periods);
    requireNonNull(observance, "observance");
  }

  /**
   * Describes a day that belongs to no national holiday.
   *
   * @param date the date
   * @param kind the kind of day
   * @param reason why the day is what it is
   * @param periods the working periods of the day
   */
  public DayInfo(
      java.time.LocalDate date, DayKind kind, String reason, List<WorkingPeriod> periods) {
    this(date, kind, reason, periods, Optional.empty());
  }

  /**
   * Returns whether the day is a working day.
   *
   * @return true if working
   */
  public boolean isWorking() {
    return kind.isWorking();
  }
}
