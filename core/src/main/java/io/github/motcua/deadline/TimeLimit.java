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
package io.github.motcua.deadline;

import static java.util.Objects.requireNonNull;

import io.github.motcua.internal.number.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A time limit (thời hạn): an amount of working days, working hours or calendar days. Working days
 * may be fractional ({@code 0.5} working days is half a standard day), as in the internal step
 * budgets of many procedures.
 *
 * <p>Amounts are bounded where a limit is made, before any arithmetic ({@link Decimals}, the bounds
 * of every number read from outside): at most {@value #MAX_AMOUNT} and at most 9 digits after the
 * decimal point, so that {@code new BigDecimal("1e999999999")} is refused at once instead of
 * overflowing or expanding to a billion digits.
 *
 * @param amount a non-negative amount; trailing zeros are stripped so that {@code 1.0} equals
 *     {@code 1}
 * @param unit the unit of the amount
 */
public record TimeLimit(BigDecimal amount, Unit unit) {
  /** The amount in {@link #parse}: digits and an optional fraction after a point or a comma. */
  private static final Pattern AMOUNT = Pattern.compile("\\d+(?:[.,]\\d+)?");

  /**
   * The largest amount in any unit: 999,999 calendar days are over 2,700 years, beyond every
   * calendar's range, and every limit up to it converts to working time without overflow.
   */
  public static final int MAX_AMOUNT = 999_999;

  private static final String ALLOWED =
      "allowed: 0 to " + MAX_AMOUNT + " with at most 9 digits after the decimal point";

  /** The unit of a time limit. */
  public enum Unit {
    /** Working days (ngày làm việc). */
    WORKING_DAYS,
    /** Working hours (giờ làm việc). */
    WORKING_HOURS,
    /** Calendar days (ngày). */
    CALENDAR_DAYS
  }

  /**
   * Validates and normalises.
   *
   * @param amount a non-negative amount
   * @param unit the unit
   * @throws InvalidTimeLimitException if the amount is negative, more than {@value #MAX_AMOUNT},
   *     has more than 9 digits after the decimal point, or is fractional in calendar days
   */
  public TimeLimit {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    amount = bounded(Decimals.check(amount), amount.toString(), unit);
  }

  /** Refuses an amount out of bounds; only cheap operations run on one not yet checked. */
  private static BigDecimal bounded(Decimals.Checked c, String amountText, Unit unit) {
    String text = amountText + " " + unitName(unit, false);
    if (!c.ok()) {
      throw new InvalidTimeLimitException(text, "the amount " + c.problem() + "; " + ALLOWED);
    }
    BigDecimal amount = c.value();
    if (amount.signum() < 0) {
      throw new InvalidTimeLimitException(text, "it is negative");
    }
    if (amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
      throw new InvalidTimeLimitException(text, "the amount is too large; " + ALLOWED);
    }
    if (unit == Unit.CALENDAR_DAYS && amount.scale() > 0) {
      throw new InvalidTimeLimitException(text, "calendar days must be a whole number");
    }
    return amount;
  }

  /**
   * Returns a limit in working days.
   *
   * @param days the number of working days, not negative
   * @return the limit
   */
  public static TimeLimit workingDays(long days) {
    return new TimeLimit(BigDecimal.valueOf(days), Unit.WORKING_DAYS);
  }

  /**
   * Returns a limit in possibly fractional working days, such as {@code "0.5"}.
   *
   * @param days the number of working days as a decimal, not negative
   * @return the limit
   * @throws InvalidTimeLimitException if the text is not such a number or is out of bounds
   */
  public static TimeLimit workingDays(String days) {
    requireNonNull(days, "days");
    return new TimeLimit(bounded(Decimals.check(days), days, Unit.WORKING_DAYS), Unit.WORKING_DAYS);
  }

  /**
   * Returns a limit in working hours.
   *
   * @param hours the number of working hours, not negative
   * @return the limit
   */
  public static TimeLimit workingHours(long hours) {
    return new TimeLimit(BigDecimal.valueOf(hours), Unit.WORKING_HOURS);
  }

  /**
   * Returns a limit in calendar days.
   *
   * @param days the number of calendar days, not negative
   * @return the limit
   */
  public static TimeLimit calendarDays(long days) {
    return new TimeLimit(BigDecimal.valueOf(days), Unit.CALENDAR_DAYS);
  }

  /**
   * Parses a time limit written as {@link #toString()} writes it, or in Vietnamese: {@code "15
   * working days"}, {@code "1 working day"}, {@code "0.5 working days"}, {@code "4 working hours"},
   * {@code "30 calendar days"}; {@code "15 ngày làm việc"}, {@code "4 giờ làm việc"}, {@code "30
   * ngày"}. The amount is digits with an optional fraction (a decimal comma is read as a point);
   * case and extra spaces do not matter. This is the text form of time limits in procedure files
   * too.
   *
   * @param text the time limit as text
   * @return the limit
   * @throws InvalidTimeLimitException if the text is not such a limit
   */
  public static TimeLimit parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    int space = t.indexOf(' ');
    if (space < 0) {
      throw new InvalidTimeLimitException(text, "it has no unit");
    }
    String number = t.substring(0, space);
    if (number.startsWith("-")) {
      throw new InvalidTimeLimitException(text, "it is negative");
    }
    if (!AMOUNT.matcher(number).matches()) {
      throw new InvalidTimeLimitException(
          text, "'" + InvalidTimeLimitException.abbreviate(number) + "' is not a number");
    }
    // bounded before it becomes a number: a million digits would take long to read
    Decimals.Checked amount = Decimals.check(number.replace(',', '.'));
    Unit unit =
        switch (t.substring(space + 1)) {
          case "working day", "working days", "ngày làm việc" -> Unit.WORKING_DAYS;
          case "working hour", "working hours", "giờ làm việc" -> Unit.WORKING_HOURS;
          case "calendar day", "calendar days", "ngày" -> Unit.CALENDAR_DAYS;
          default ->
              throw new InvalidTimeLimitException(
                  text,
                  "'"
                      + InvalidTimeLimitException.abbreviate(t.substring(space + 1))
                      + "' is not a unit");
        };
    if (!amount.ok()) {
      throw new InvalidTimeLimitException(text, "the amount " + amount.problem() + "; " + ALLOWED);
    }
    try {
      return new TimeLimit(amount.value(), unit);
    } catch (InvalidTimeLimitException e) {
      throw new InvalidTimeLimitException(text, e.problem());
    }
  }

  /**
   * Converts a limit in working days or hours to working time.
   *
   * @param standardDay the working time of one working day
   * @return the working time
   * @throws IllegalStateException for a limit in calendar days, which has no fixed working time
   */
  public Duration toWorkingTime(Duration standardDay) {
    requireNonNull(standardDay, "standardDay");
    BigDecimal seconds =
        switch (unit) {
          case WORKING_DAYS -> amount.multiply(BigDecimal.valueOf(standardDay.toSeconds()));
          case WORKING_HOURS -> amount.multiply(BigDecimal.valueOf(3600));
          case CALENDAR_DAYS ->
              throw new IllegalStateException(
                  "a limit in calendar days has no fixed working time: " + this);
        };
    return Duration.ofSeconds(seconds.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /**
   * Writes the limit as {@link #parse} reads it and as procedure files show it: {@code "15 working
   * days"}, {@code "1 working day"}, {@code "0.5 working days"}, {@code "4 working hours"}, {@code
   * "30 calendar days"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + unitName(unit, amount.compareTo(BigDecimal.ONE) == 0);
  }

  private static String unitName(Unit unit, boolean one) {
    return switch (unit) {
      case WORKING_DAYS -> one ? "working day" : "working days";
      case WORKING_HOURS -> one ? "working hour" : "working hours";
      case CALENDAR_DAYS -> one ? "calendar day" : "calendar days";
    };
  }
}
