package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * When a step or a dossier counts as due soon (sắp đến hạn): a fixed amount of working time before
 * its due instant (working days of the calendar's standard day, or working hours), or when a share
 * of its budget is left.
 *
 * @param unit how the amount is read
 * @param amount the amount: days, hours, or a percent of the budget (0–100)
 */
public record DueSoonThreshold(Unit unit, BigDecimal amount) {
  /** How a threshold's amount is read. */
  public enum Unit {
    /** Working days before the due instant. */
    WORKING_DAYS,
    /** Working hours before the due instant. */
    WORKING_HOURS,
    /** Percent of the budget left. */
    PERCENT_OF_BUDGET
  }

  /** One working day before the due instant. */
  public static final DueSoonThreshold DEFAULT = workingDays(1);

  /**
   * Validates.
   *
   * @param unit the unit
   * @param amount the amount, not negative; at most 100 for a percent
   * @throws IllegalArgumentException if the amount is out of range
   */
  public DueSoonThreshold {
    requireNonNull(unit, "unit");
    requireNonNull(amount, "amount");
    if (amount.signum() < 0
        || (unit == Unit.PERCENT_OF_BUDGET && amount.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException(
          "due-soon threshold must be 0 or more (at most 100 for a percent); got "
              + amount
              + " "
              + unit);
    }
  }

  /**
   * Returns a threshold in working days.
   *
   * @param days the working days before the due instant
   * @return the threshold
   */
  public static DueSoonThreshold workingDays(long days) {
    return new DueSoonThreshold(Unit.WORKING_DAYS, BigDecimal.valueOf(days));
  }

  /**
   * Returns a threshold in working hours.
   *
   * @param hours the working hours before the due instant
   * @return the threshold
   */
  public static DueSoonThreshold workingHours(long hours) {
    return new DueSoonThreshold(Unit.WORKING_HOURS, BigDecimal.valueOf(hours));
  }

  /**
   * Returns a threshold as a share of the budget left.
   *
   * @param percent the percent of the budget, 0 to 100
   * @return the threshold
   */
  public static DueSoonThreshold percentOfBudget(int percent) {
    return new DueSoonThreshold(Unit.PERCENT_OF_BUDGET, BigDecimal.valueOf(percent));
  }

  /**
   * Returns the instant from which something due at {@code due} counts as due soon.
   *
   * @param calendar the working calendar
   * @param due the due instant
   * @param budget the working-time budget of the clock
   * @return the due-soon instant, not after {@code due}
   */
  public Instant dueSoonAt(WorkingCalendar calendar, Instant due, Duration budget) {
    requireNonNull(calendar, "calendar");
    requireNonNull(due, "due");
    requireNonNull(budget, "budget");
    long seconds =
        switch (unit) {
          case WORKING_DAYS ->
              amount.multiply(BigDecimal.valueOf(calendar.standardDay().toSeconds())).longValue();
          case WORKING_HOURS -> amount.multiply(BigDecimal.valueOf(3600)).longValue();
          case PERCENT_OF_BUDGET ->
              amount.multiply(BigDecimal.valueOf(budget.toSeconds())).longValue() / 100;
        };
    if (seconds <= 0) {
      return due;
    }
    return calendar.addWorkingTime(due, Duration.ofSeconds(seconds).negated());
  }
}
