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
