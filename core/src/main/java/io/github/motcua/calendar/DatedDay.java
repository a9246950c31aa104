package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A special day as a calendar applies it: the public {@link SpecialDay} plus, for a working day,
 * its periods ({@code null}: the make-up periods of the calendar that applies it, so a variant with
 * another week works a base calendar's make-up Saturday with its own make-up periods).
 */
record DatedDay(SpecialDay day, List<WorkingPeriod> periods) {
  DatedDay {
    requireNonNull(day, "day");
    if (periods != null) {
      if (!day.isWorking()) {
        throw new IllegalArgumentException("a day off has no working periods: " + day.date());
      }
      periods = List.copyOf(periods);
    }
  }

  static DatedDay of(SpecialDay day) {
    return new DatedDay(day, null);
  }
}
