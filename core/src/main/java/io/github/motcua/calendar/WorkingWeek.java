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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A working week: for each weekday zero or more working periods, and the standard day length used
 * to turn a number of working days into working time. Immutable and thread-safe.
 */
public final class WorkingWeek {
  private static final WorkingWeek PUBLIC_SECTOR =
      builder()
          .workingDays(
              List.of(
                  DayOfWeek.MONDAY,
                  DayOfWeek.TUESDAY,
                  DayOfWeek.WEDNESDAY,
                  DayOfWeek.THURSDAY,
                  DayOfWeek.FRIDAY),
              WorkingPeriod.parse("07:30-11:30"),
              WorkingPeriod.parse("13:00-17:00"))
          .standardDay(Duration.ofHours(8))
          .build();

  private final ImmutableSortedMap<DayOfWeek, ImmutableList<WorkingPeriod>> periods;
  private final Duration standardDay;

  private WorkingWeek(Builder b) {
    this.periods = ImmutableSortedMap.copyOf(b.periods);
    this.standardDay = b.standardDay;
  }

  /**
   * Returns the Vietnamese public-sector week: Monday to Friday, 07:30–11:30 and 13:00–17:00, a
   * standard day of 8 hours.
   *
   * @return the week
   */
  public static WorkingWeek publicSector() {
    return PUBLIC_SECTOR;
  }

  /**
   * Returns an empty builder: no working days, a standard day of 8 hours.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this week's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.periods.putAll(periods);
    b.standardDay = standardDay;
    return b;
  }

  /**
   * Returns the working periods of a weekday, in order; empty on a weekly rest day.
   *
   * @param day the weekday
   * @return the periods, possibly empty
   */
  public List<WorkingPeriod> periods(DayOfWeek day) {
    return periods.getOrDefault(requireNonNull(day, "day"), ImmutableList.of());
  }

  /**
   * Returns the standard day length: the working time one working day of a time limit stands for.
   *
   * @return the standard day length
   */
  public Duration standardDay() {
    return standardDay;
  }

  /**
   * Returns the periods worked on a make-up working day (ngày làm bù) or on an extra working day
   * given without periods: those of the first weekday, counting from Monday, that has any (Monday
   * in the public sector: 07:30–11:30 and 13:00–17:00). A make-up Saturday is thus worked as a full
   * normal weekday.
   *
   * @return the periods; empty only when no weekday has working periods
   */
  public List<WorkingPeriod> makeupPeriods() {
    return periods.isEmpty() ? ImmutableList.of() : periods.values().iterator().next();
  }

  /**
   * Returns whether any weekday has working periods.
   *
   * @return true if some weekday is worked
   */
  public boolean hasWorkingDays() {
    return !periods.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingWeek w
        && w.periods.equals(periods)
        && w.standardDay.equals(standardDay);
  }

  @Override
  public int hashCode() {
    return periods.hashCode() * 31 + standardDay.hashCode();
  }

  @Override
  public String toString() {
    return "WorkingWeek" + periods + ", standard day " + standardDay;
  }

  /** Builds a {@link WorkingWeek}. Not thread-safe. */
  public static final class Builder {
    private final Map<DayOfWeek, ImmutableList<WorkingPeriod>> periods =
        new EnumMap<>(DayOfWeek.class);
    private Duration standardDay = Duration.ofHours(8);

    private Builder() {}

    /**
     * Sets the periods of one weekday, replacing any set before; none makes it a rest day.
     *
     * @param day the weekday
     * @param dayPeriods the periods, in order, not overlapping
     * @return this builder
     * @throws IllegalArgumentException if periods overlap or are out of order
     */
    public Builder day(DayOfWeek day, WorkingPeriod... dayPeriods) {
      requireNonNull(day, "day");
      ImmutableList<WorkingPeriod> list = ImmutableList.copyOf(dayPeriods);
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i).start().isBefore(list.get(i - 1).end())) {
          throw new IllegalArgumentException(
              "working periods of " + day + " must be in order and must not overlap; got " + list);
        }
      }
      if (list.isEmpty()) {
        periods.remove(day);
      } else {
        periods.put(day, list);
      }
      return this;
    }

    /**
     * Sets the periods of one weekday from a list, replacing any set before; an empty list makes it
     * a rest day.
     *
     * @param day the weekday
     * @param dayPeriods the periods, in order, not overlapping
     * @return this builder
     * @throws IllegalArgumentException if periods overlap or are out of order
     */
    public Builder day(DayOfWeek day, List<WorkingPeriod> dayPeriods) {
      return day(day, dayPeriods.toArray(new WorkingPeriod[0]));
    }

    /**
     * Sets the same periods on several weekdays.
     *
     * @param days the weekdays
     * @param dayPeriods the periods, in order, not overlapping
     * @return this builder
     */
    public Builder workingDays(Iterable<DayOfWeek> days, WorkingPeriod... dayPeriods) {
      for (DayOfWeek d : days) {
        day(d, dayPeriods);
      }
      return this;
    }

    /**
     * Sets the standard day length.
     *
     * @param length a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder standardDay(Duration length) {
      requireNonNull(length, "length");
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("standard day must be positive; got " + length);
      }
      this.standardDay = length;
      return this;
    }

    /**
     * Builds the week.
     *
     * @return the week
     */
    public WorkingWeek build() {
      return new WorkingWeek(this);
    }
  }
}
