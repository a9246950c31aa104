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
  final long total;

  DayLayout(List<WorkingPeriod> periods) {
    this.periods = List.copyOf(periods);
    int n = this.periods.size();
    start = new long[n];
    end = new long[n];
    before = new long[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      WorkingPeriod p = this.periods.get(i);
      start[i] = p.start().toNanoOfDay();
      end[i] = p.end().toNanoOfDay();
      before[i] = sum;
      sum += end[i] - start[i];
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

  /** Whether a time of day lies inside a period (start inclusive, end exclusive). */
  boolean contains(long nanoOfDay) {
    for (int i = 0; i < start.length; i++) {
      if (nanoOfDay < start[i]) {
        return false;
      }
      if (nanoOfDay < end[i]) {
        return true;
      }
    }
    return false;
  }

  /** Working nanoseconds of this day in [00:00, nanoOfDay). */
  long offsetAt(long nanoOfDay) {
    for (int i = 0; i < start.length; i++) {
      if (nanoOfDay <= start[i]) {
        return before[i];
      }
      if (nanoOfDay < end[i]) {
        return before[i] + nanoOfDay - start[i];
      }
    }
    return total;
  }

  /** The earliest time of day at which {@code offset} (0 &lt; offset &le; total) is reached. */
  long earliestAt(long offset) {
    for (int i = 0; i < start.length; i++) {
      long len = end[i] - start[i];
      if (offset <= before[i] + len) {
        return start[i] + (offset - before[i]);
      }
    }
    throw new IllegalArgumentException("offset " + offset + " beyond the day's " + total);
  }

  /** The latest time of day at which {@code offset} (0 &le; offset &lt; total) is reached. */
  long latestAt(long offset) {
    for (int i = 0; i < start.length; i++) {
      long len = end[i] - start[i];
      if (offset < before[i] + len) {
        return start[i] + (offset - before[i]);
      }
    }
    throw new IllegalArgumentException("offset " + offset + " at or beyond the day's " + total);
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
