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

/**
 * The months of one lunar year: their first days as epoch days, numbers and leap flags. Immutable.
 */
final class LunarYearTable {
  private final int year;
  // starts[i] is the first day of month i; starts[count] is the first day of the next year.
  private final long[] starts;
  private final int[] numbers;
  private final boolean[] leap;

  private LunarYearTable(int year, long[] starts, int[] numbers, boolean[] leap) {
    this.year = year;
    this.starts = starts;
    this.numbers = numbers;
    this.leap = leap;
  }

  /** Joins months 1–10 of {@code current} with months 11–12 of {@code next}. */
  static LunarYearTable of(int year, LunarTables.Sui current, LunarTables.Sui next) {
    int from = current.firstMonthIndex();
    int tail = next.firstMonthIndex();
    int count = current.months() - from + tail;
    long[] starts = new long[count + 1];
    int[] numbers = new int[count];
    boolean[] leap = new boolean[count];
    int j = 0;
    for (int i = from; i < current.months(); i++, j++) {
      starts[j] = current.starts[i];
      numbers[j] = current.numbers[i];
      leap[j] = current.leap[i];
    }
    for (int i = 0; i < tail; i++, j++) {
      starts[j] = next.starts[i];
      numbers[j] = next.numbers[i];
      leap[j] = next.leap[i];
    }
    starts[count] = next.starts[tail];
    return new LunarYearTable(year, starts, numbers, leap);
  }

  int year() {
    return year;
  }

  int monthCount() {
    return numbers.length;
  }

  long newYear() {
    return starts[0];
  }

  long start(int index) {
    return starts[index];
  }

  int length(int index) {
    return (int) (starts[index + 1] - starts[index]);
  }

  int number(int index) {
    return numbers[index];
  }

  boolean isLeap(int index) {
    return leap[index];
  }

  /** The leap month's number, or 0 when the year has none. */
  int leapMonth() {
    for (int i = 0; i < numbers.length; i++) {
      if (leap[i]) {
        return numbers[i];
      }
    }
    return 0;
  }

  /** The index of a month, or -1 when the year has no such month. */
  int indexOf(int month, boolean leapMonth) {
    for (int i = 0; i < numbers.length; i++) {
      if (numbers[i] == month && leap[i] == leapMonth) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the month containing a day of this year. */
  int indexContaining(long epochDay) {
    int lo = 0;
    int hi = numbers.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= epochDay) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
