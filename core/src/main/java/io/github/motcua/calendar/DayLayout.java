package io.github.motcua.calendar;

import java.util.List;

/**
 * The working periods of one day as nanoseconds of the local day, with the working time before each
 * period. Immutable; shared by every day with the same periods.
 *
 * <p>"Offset" below means working nanoseconds counted from the local midnight: {@link #offsetAt}
 * maps a time of day to an offset, {@link #earliestAt} and {@link #latestAt} map an offset back to
 * the earliest or latest time of day at which it is reached. Offsets are flat between periods, so
 * the earliest time of an offset that closes a period is that period's close (11:30) and the latest
 * is the next period's opening (13:00).
 */
final class DayLayout {
  static final DayLayout NONE = new DayLayout(List.of());

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  final List<WorkingPeriod> periods;
  private final long[] start;
  private final long[] end;
  private final long[] before;
  private final long[] length;
  final long total;

  DayLayout(List<WorkingPeriod> periods) {
    this.periods = List.copyOf(periods);
    int n = this.periods.size();
    start = new long[n];
    end = new long[n];
    before = new long[n];
    length = new long[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      WorkingPeriod p = this.periods.get(i);
      start[i] = p.start().toNanoOfDay();
      end[i] = p.end().toNanoOfDay();
      length[i] = end[i] - start[i];
      before[i] = sum;
      sum += length[i];
    }
    total = sum;
    assert total < NANOS_PER_DAY;
  }

  boolean isWorking() {
    return total > 0;
  }

  long opening() {
    return start[0];
  }

  long closing() {
    return end[end.length - 1];
  }

  // The queries below run on every call of the arithmetic with a time of day that is, for the
  // calendar, random: a loop that exits at the period holding the time mispredicts its branches.
  // They are written as sums of comparisons and clamps over all (usually two) periods instead,
  // which the JIT compiles to conditional moves.

  /** Whether a time of day lies inside a period (start inclusive, end exclusive). */
  boolean contains(long nanoOfDay) {
    int inside = 0;
    for (int i = 0; i < start.length; i++) {
      inside |= (nanoOfDay >= start[i] ? 1 : 0) & (nanoOfDay < end[i] ? 1 : 0);
    }
    return inside != 0;
  }

  /** Working nanoseconds of this day in [00:00, nanoOfDay). */
  long offsetAt(long nanoOfDay) {
    long sum = 0;
    for (int i = 0; i < start.length; i++) {
      sum += Math.min(Math.max(nanoOfDay - start[i], 0), length[i]);
    }
    return sum;
  }

  /** The earliest time of day at which {@code offset} (0 &lt; offset &le; total) is reached. */
  long earliestAt(long offset) {
    if (offset <= 0 || offset > total) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside the day's (0, " + total + "]");
    }
    // The period: the number of periods that end before the offset is reached.
    int i = 0;
    for (int j = 0; j < start.length - 1; j++) {
      i += before[j] + length[j] < offset ? 1 : 0;
    }
    return start[i] + (offset - before[i]);
  }

  /** The latest time of day at which {@code offset} (0 &le; offset &lt; total) is reached. */
  long latestAt(long offset) {
    if (offset < 0 || offset >= total) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside the day's [0, " + total + ")");
    }
    // The period: the number of periods that end at or before the offset.
    int i = 0;
    for (int j = 0; j < start.length - 1; j++) {
      i += before[j] + length[j] <= offset ? 1 : 0;
    }
    return start[i] + (offset - before[i]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayLayout d && d.periods.equals(periods);
  }

  @Override
  public int hashCode() {
    return periods.hashCode();
  }

  @Override
  public String toString() {
    return periods.toString();
  }
}
