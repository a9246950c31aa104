package io.github.motcua.calendar;

/** What kind of day a date is in a working calendar. */
public enum DayKind {
  /** An ordinary working day of the working week. */
  WORKING_DAY(true),
  /** A rest day of the week that an announced schedule makes a working day (ngày làm bù). */
  MAKEUP_WORKING_DAY(true),
  /** A weekly rest day (Saturday and Sunday in the public sector). */
  WEEKLY_REST(false),
  /** A day off: a public holiday, a compensatory day, a swapped day or a local day off. */
  DAY_OFF(false);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /**
   * Returns whether a day of this kind is a working day.
   *
   * @return true for working days
   */
  public boolean isWorking() {
    return working;
  }
}
