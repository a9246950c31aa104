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
package io.github.motcua.procedure;

import io.github.motcua.internal.number.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Normalises guard and attribute values: every number becomes a {@link BigDecimal} without trailing
 * zeros (bounded by {@link Decimals}, the one place numbers from outside are converted), so that
 * {@code 100}, {@code 100L} and {@code 100.0} compare equal; text that reads as an ISO date
 * compares with a {@link LocalDate}.
 */
final class GuardValues {
  private GuardValues() {}

  /** Normalises a value given to a guard; rejects types a guard cannot hold. */
  static Object normalize(Object value, String what) {
    if (value instanceof String || value instanceof Boolean || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof Number) {
      Decimals.Checked d = Decimals.check(value);
      if (!d.ok()) {
        throw new IllegalArgumentException(
            what + " must be " + Decimals.allowed() + "; the value given " + d.problem());
      }
      return d.value();
    }
    throw new IllegalArgumentException(
        what
            + " must be text, a number, true/false or a date (LocalDate); got a "
            + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  /** Returns the attribute type a normalised guard value belongs to. */
  static AttributeType typeOf(Object normalized) {
    if (normalized instanceof BigDecimal) {
      return AttributeType.NUMBER;
    }
    if (normalized instanceof Boolean) {
      return AttributeType.BOOLEAN;
    }
    if (normalized instanceof LocalDate) {
      return AttributeType.DATE;
    }
    return AttributeType.STRING;
  }

  /**
   * Normalises a dossier attribute value, leniently: unknown types are kept as they are. A number
   * outside the bounds of {@link Decimals} (possible only in a map given straight to {@link
   * Guard#test}; intake refuses them) stays an exact {@code BigDecimal}, never expanded: {@link
   * BigDecimal#compareTo} compares such a value with a bounded one by its exponent alone, so {@code
   * 1E+999999999 > 100} holds and costs nothing.
   */
  static Object normalizeAttribute(Object value) {
    if (value instanceof Number n) {
      Decimals.Checked d = Decimals.check(n);
      if (d.ok()) {
        return d.value();
      }
      if (n instanceof BigDecimal b) {
        return b;
      }
      if (n instanceof BigInteger b) {
        return new BigDecimal(b);
      }
      if ((n instanceof Double || n instanceof Float) && Double.isFinite(n.doubleValue())) {
        return BigDecimal.valueOf(n.doubleValue());
      }
    }
    return value;
  }

  /** Compares equal after normalisation; text and dates compare when the text is an ISO date. */
  static boolean same(Object attribute, Object guardValue) {
    Object a = normalizeAttribute(attribute);
    if (a instanceof BigDecimal x && guardValue instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    Optional<LocalDate[]> dates = asDates(a, guardValue);
    if (dates.isPresent()) {
      return dates.get()[0].equals(dates.get()[1]);
    }
    return a.equals(guardValue);
  }

  /** Orders an attribute against a guard value; empty when they are not both numbers or dates. */
  static Optional<Integer> order(Object attribute, Object guardValue) {
    Object a = normalizeAttribute(attribute);
    if (a instanceof BigDecimal x && guardValue instanceof BigDecimal y) {
      return Optional.of(x.compareTo(y));
    }
    return asDates(a, guardValue).map(d -> d[0].compareTo(d[1]));
  }

  private static Optional<LocalDate[]> asDates(Object a, Object b) {
    if (!(a instanceof LocalDate) && !(b instanceof LocalDate)) {
      return Optional.empty();
    }
    LocalDate x = asDate(a);
    LocalDate y = asDate(b);
    return x == null || y == null ? Optional.empty() : Optional.of(new LocalDate[] {x, y});
  }

  private static LocalDate asDate(Object o) {
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof String s && s.length() == 10) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
