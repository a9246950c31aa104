package io.github.motcua.deadline;

import static java.util.Objects.requireNonNull;

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
 * @param amount a non-negative amount; trailing zeros are stripped so that {@code 1.0} equals
 *     {@code 1}
 * @param unit the unit of the amount
 */
public record TimeLimit(BigDecimal amount, Unit unit) {
  /** The amount in {@link #parse}: digits and an optional fraction after a point or a comma. */
  private static final Pattern AMOUNT = Pattern.compile("\\d+(?:[.,]\\d+)?");

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
   * @throws IllegalArgumentException if the amount is negative, or fractional in calendar days
   */
  public TimeLimit {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("time limit must not be negative; got " + amount);
    }
    amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
    if (unit == Unit.CALENDAR_DAYS && amount.scale() > 0) {
      throw new IllegalArgumentException(
          "a time limit in calendar days must be a whole number; got " + amount);
    }
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
   */
  public static TimeLimit workingDays(String days) {
    return new TimeLimit(new BigDecimal(requireNonNull(days, "days")), Unit.WORKING_DAYS);
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
    BigDecimal amount = new BigDecimal(number.replace(',', '.'));
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
    if (unit == Unit.CALENDAR_DAYS && amount.stripTrailingZeros().scale() > 0) {
      throw new InvalidTimeLimitException(text, "calendar days must be a whole number");
    }
    return new TimeLimit(amount, unit);
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
    boolean one = amount.compareTo(BigDecimal.ONE) == 0;
    return amount.toPlainString()
        + switch (unit) {
          case WORKING_DAYS -> one ? " working day" : " working days";
          case WORKING_HOURS -> one ? " working hour" : " working hours";
          case CALENDAR_DAYS -> one ? " calendar day" : " calendar days";
        };
  }
}
