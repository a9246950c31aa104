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

import java.time.Duration;
import java.time.LocalTime;

/**
 * A period of working time within one day, such as 07:30–11:30.
 *
 * @param start the local time the period opens, inclusive
 * @param end the local time the period closes, exclusive; after {@code start}
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {
  /**
   * Validates the period.
   *
   * @param start the local time the period opens
   * @param end the local time the period closes; after {@code start}
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public WorkingPeriod {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "working period must end after it starts; got " + start + "-" + end);
    }
  }

  /**
   * Parses {@code "07:30-11:30"}.
   *
   * @param text the period as {@code HH:mm-HH:mm}
   * @return the period
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static WorkingPeriod parse(String text) {
    requireNonNull(text, "text");
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException(
          "working period must look like 07:30-11:30; got '" + text + "'");
    }
    try {
      return new WorkingPeriod(
          LocalTime.parse(text.substring(0, dash).trim()),
          LocalTime.parse(text.substring(dash + 1).trim()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "working period must look like 07:30-11:30; got '" + text + "'", e);
    }
  }

  /**
   * Returns the length of the period.
   *
   * @return the length
   */
  public Duration length() {
    return Duration.between(start, end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
