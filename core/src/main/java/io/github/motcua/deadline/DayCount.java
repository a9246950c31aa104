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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * An exact number of working days, whole or fractional, where a fraction of a day is the share of
 * <em>that day's own</em> working time: 2 hours of a 4-hour Saturday morning are half a day, 2
 * hours of an 8-hour weekday a quarter. The day-granular clock counts in these units (see {@link
 * Counting#workingDaysBetween}); a rational, so that sums of shares of days of different lengths
 * stay exact and a budget runs out exactly at a day's close.
 *
 * @param num the numerator
 * @param den the denominator, positive; the fraction is kept in lowest terms
 */
record DayCount(BigInteger num, BigInteger den) implements Comparable<DayCount> {
  static final DayCount ZERO = new DayCount(BigInteger.ZERO, BigInteger.ONE);

  DayCount {
    if (den.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + den);
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
  }

  static DayCount of(long wholeDays) {
    return new DayCount(BigInteger.valueOf(wholeDays), BigInteger.ONE);
  }

  /** {@code part} of a day of working time {@code day}, e.g. 2 h of 4 h is 1/2. */
  static DayCount share(Duration part, Duration day) {
    return new DayCount(BigInteger.valueOf(part.toNanos()), BigInteger.valueOf(day.toNanos()));
  }

  DayCount plus(DayCount o) {
    return new DayCount(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  DayCount minus(DayCount o) {
    return new DayCount(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  int signum() {
    return num.signum();
  }

  /** The whole days in it, rounded down. */
  long floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return (qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]).longValueExact();
  }

  /**
   * This many days of a day of working time {@code day}, rounded up to a nanosecond so that the
   * instant reached is never before the exact one.
   */
  Duration of(Duration day) {
    BigInteger nanos =
        new BigDecimal(num.multiply(BigInteger.valueOf(day.toNanos())))
            .divide(new BigDecimal(den), 0, RoundingMode.CEILING)
            .toBigIntegerExact();
    return Duration.ofNanos(nanos.longValueExact());
  }

  @Override
  public int compareTo(DayCount o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num + " days" : num + "/" + den + " days";
  }
}
