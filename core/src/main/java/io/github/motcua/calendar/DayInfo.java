package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a calendar says about one date: its kind, why, and its working periods.
 *
 * @param date the date
 * @param kind the kind of day
 * @param reason why the day is what it is, e.g. {@code "Tet Nguyen Dan 2026 - statutory holiday"};
 *     empty for ordinary working days and weekly rest days
 * @param periods the working periods of the day, empty when it is not a working day
 */
public record DayInfo(
    java.time.LocalDate date, DayKind kind, String reason, List<WorkingPeriod> periods) {
  /**
   * Validates and copies.
   *
   * @param date the date
   * @param kind the kind of day
   * @param reason why the day is what it is
   * @param periods the working periods of the day
   */
  public DayInfo {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
    periods = List.copyOf(periods);
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
