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
package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a step or a dossier counts as due soon (sắp đến hạn): a window of working time before its
 * due instant, given as working days (of the calendar's standard day), working hours, or a percent
 * of the clock's budget, optionally capped by another threshold ({@link #atMost}: the smaller
 * window wins).
 *
 * <p>The {@linkplain #DEFAULT default} is 20% of the budget, at most one working day: on the
 * default calendar (8-hour days) a step of half a working day (4 hours) is due soon 48 working
 * minutes before its due instant, a step of 2 working days 3 h 12 min before, and a step or dossier
 * of 5 working days or more one working day before. A fixed one-day window would make every step
 * shorter than a day due soon the moment it is entered.
 *
 * <p>Immutable and thread-safe. The amounts are turned into integer arithmetic once, when the
 * threshold is made: {@link #dueSoonAt} costs one working-time subtraction on the calendar.
 */
public final class DueSoonThreshold {
  /** How a threshold's amount is read. */
  public enum Unit {
    /** Working days before the due instant. */
    WORKING_DAYS,
    /** Working hours before the due instant. */
    WORKING_HOURS,
    /** Percent of the budget left. */
    PERCENT_OF_BUDGET
  }

  /** The most working days a window may span (hours: 24 times as many): beyond any time limit. */
  static final int MAX_DAYS = 10_000;

  /** The most decimal places of an amount: a millionth of a day is well under a second. */
  static final int MAX_SCALE = 6;

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L
  };

  /** 20% of the budget, at most one working day before the due instant. */
  public static final DueSoonThreshold DEFAULT = percentOfBudget(20).atMost(workingDays(1));

  private final Unit unit;
  private final BigDecimal amount;
  private final DueSoonThreshold cap;
  // the amount as unscaled / 10^scale, both small enough for long arithmetic
  private final long unscaled;
  private final long divisor;
  private final boolean usesBudget;

  private DueSoonThreshold(Unit unit, BigDecimal amount, DueSoonThreshold cap) {
    this.unit = unit;
    this.amount = amount;
    this.cap = cap;
    BigDecimal exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    int scale = Math.max(0, exact.scale());
    this.unscaled = exact.setScale(scale).unscaledValue().longValueExact();
    this.divisor = POWERS_OF_TEN[scale] * (unit == Unit.PERCENT_OF_BUDGET ? 100 : 1);
    this.usesBudget = unit == Unit.PERCENT_OF_BUDGET || (cap != null && cap.usesBudget);
  }

  /**
   * Returns a threshold of an amount in a unit.
   *
   * @param unit how the amount is read
   * @param amount days or hours (at most 10000 working days' worth), or a percent of the budget (at
   *     most 100); not negative, at most 6 decimal places
   * @return the threshold
   * @throws IllegalArgumentException if the amount is out of range
   */
  public static DueSoonThreshold of(Unit unit, BigDecimal amount) {
    requireNonNull(unit, "unit");
    requireNonNull(amount, "amount");
    BigDecimal max =
        switch (unit) {
          case WORKING_DAYS -> BigDecimal.valueOf(MAX_DAYS);
          case WORKING_HOURS -> BigDecimal.valueOf(MAX_DAYS * 24L);
          case PERCENT_OF_BUDGET -> BigDecimal.valueOf(100);
        };
    if (amount.signum() < 0 || amount.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "due-soon threshold must be 0 to "
              + max
              + " for "
              + unit
              + "; got "
              + amount.toPlainString());
    }
    if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "due-soon threshold may have at most "
              + MAX_SCALE
              + " decimal places; got "
              + amount.toPlainString()
              + " "
              + unit);
    }
    return new DueSoonThreshold(unit, amount, null);
  }

  /**
   * Returns a threshold in working days.
   *
   * @param days the working days before the due instant, 0 to 10000
   * @return the threshold
   * @throws IllegalArgumentException if out of range
   */
  public static DueSoonThreshold workingDays(long days) {
    return of(Unit.WORKING_DAYS, BigDecimal.valueOf(days));
  }

  /**
   * Returns a threshold in working hours.
   *
   * @param hours the working hours before the due instant, 0 to 240000
   * @return the threshold
   * @throws IllegalArgumentException if out of range
   */
  public static DueSoonThreshold workingHours(long hours) {
    return of(Unit.WORKING_HOURS, BigDecimal.valueOf(hours));
  }

  /**
   * Returns a threshold as a share of the budget left.
   *
   * @param percent the percent of the budget, 0 to 100
   * @return the threshold
   * @throws IllegalArgumentException if out of range
   */
  public static DueSoonThreshold percentOfBudget(int percent) {
    return of(Unit.PERCENT_OF_BUDGET, BigDecimal.valueOf(percent));
  }

  /**
   * Returns this threshold capped by another: the window is the smaller of the two, for each clock.
   * {@code percentOfBudget(20).atMost(workingDays(1))} is {@link #DEFAULT}. Caps chain: {@code
   * a.atMost(b).atMost(c)} takes the smallest of the three.
   *
   * @param cap the other threshold
   * @return the capped threshold
   */
  public DueSoonThreshold atMost(DueSoonThreshold cap) {
    requireNonNull(cap, "cap");
    return new DueSoonThreshold(unit, amount, this.cap == null ? cap : this.cap.atMost(cap));
  }

  /**
   * Returns how the amount is read.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the amount: days, hours, or a percent of the budget.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the threshold that caps this one, if any (see {@link #atMost}).
   *
   * @return the cap
   */
  public Optional<DueSoonThreshold> cap() {
    return Optional.ofNullable(cap);
  }

  /**
   * Returns whether the window depends on the clock's budget (a percent, here or in a cap).
   *
   * @return true when {@link #dueSoonAt} reads its {@code budget}
   */
  public boolean usesBudget() {
    return usesBudget;
  }

  /**
   * Returns the window: how much working time before the due instant something counts as due soon,
   * to the second (rounded down).
   *
   * @param standardDay the working time of one working day
   * @param budget the working-time budget of the clock (read only by a percent)
   * @return the window, not negative
   */
  public Duration window(Duration standardDay, Duration budget) {
    requireNonNull(standardDay, "standardDay");
    requireNonNull(budget, "budget");
    return Duration.ofSeconds(seconds(standardDay.toSeconds(), budget.toSeconds()));
  }

  private long seconds(long daySeconds, long budgetSeconds) {
    long per =
        switch (unit) {
          case WORKING_DAYS -> daySeconds;
          case WORKING_HOURS -> 3600;
          case PERCENT_OF_BUDGET -> Math.max(0, budgetSeconds);
        };
    long s = multiplyDivide(unscaled, per, divisor);
    return cap == null ? s : Math.min(s, cap.seconds(daySeconds, budgetSeconds));
  }

  /**
   * {@code floor(a × b / d)} for non-negative arguments, exact also when {@code a × b} overflows.
   */
  private static long multiplyDivide(long a, long b, long d) {
    long hi = Math.multiplyHigh(a, b);
    if (hi == 0 && a * b >= 0) {
      return a * b / d;
    }
    return BigDecimal.valueOf(a)
        .multiply(BigDecimal.valueOf(b))
        .divideToIntegralValue(BigDecimal.valueOf(d))
        .min(BigDecimal.valueOf(Long.MAX_VALUE))
        .longValue();
  }

  /**
   * Returns the instant from which something due at {@code due} counts as due soon: {@code due}
   * minus the {@linkplain #window window} in working time.
   *
   * @param calendar the working calendar
   * @param due the due instant
   * @param budget the working-time budget of the clock (read only when {@link #usesBudget()})
   * @return the due-soon instant, not after {@code due}
   */
  public Instant dueSoonAt(WorkingCalendar calendar, Instant due, Duration budget) {
    requireNonNull(calendar, "calendar");
    requireNonNull(due, "due");
    requireNonNull(budget, "budget");
    long seconds = seconds(calendar.standardDay().toSeconds(), budget.toSeconds());
    if (seconds <= 0) {
      return due;
    }
    return calendar.addWorkingTime(due, Duration.ofSeconds(seconds).negated());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueSoonThreshold t
        && unit == t.unit
        && amount.compareTo(t.amount) == 0
        && Objects.equals(cap, t.cap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        unit, amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros(), cap);
  }

  /**
   * Returns the threshold as text, such as {@code 20% of the budget, at most 1 working day}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String a = amount.stripTrailingZeros().toPlainString();
    String self =
        switch (unit) {
          case WORKING_DAYS -> a + (a.equals("1") ? " working day" : " working days");
          case WORKING_HOURS -> a + (a.equals("1") ? " working hour" : " working hours");
          case PERCENT_OF_BUDGET -> a + "% of the budget";
        };
    return cap == null ? self : self + ", at most " + cap;
  }
}
