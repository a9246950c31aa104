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
package io.github.motcua.internal.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The one place where an outside value becomes a number: a {@link BigDecimal} without trailing
 * zeros and with a scale of at least 0, so that {@code 100}, {@code 100L}, {@code 100.0} and {@code
 * "1E+2"} are the same value.
 *
 * <p>Design: {@code new BigDecimal("1e100000000")} is cheap, but {@code setScale(0)} on it builds a
 * hundred-million-digit integer (tens of seconds) and {@code 1e999999999} overflows with an {@code
 * ArithmeticException}. So every check here reads only the length of text, the bit length of the
 * unscaled value, the precision and the scale, all of them cheap on a bounded input, and the
 * normalising arithmetic runs only on a value already known to be small. The bounds are those the
 * procedure reader applies to guard values: at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point (so every whole value fits a {@code long}) and {@value #MAX_FRACTION_DIGITS} after
 * it; text is at most {@value #MAX_TEXT_LENGTH} characters.
 */
public final class Decimals {
  /** The most digits a number may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The most digits a number may have after the decimal point, trailing zeros not counted. */
  public static final int MAX_FRACTION_DIGITS = 9;

  /** The longest text read as a number, surrounding spaces not counted. */
  public static final int MAX_TEXT_LENGTH = 64;

  /**
   * A bit length no number within the bounds reaches even with trailing zeros written out ({@value
   * #MAX_TEXT_LENGTH} decimal digits need fewer than 4 bits each); larger unscaled values are
   * refused before {@link BigDecimal#precision()} is asked, which costs time on huge values.
   */
  private static final int MAX_UNSCALED_BITS = 4 * MAX_TEXT_LENGTH;

  private static final double LOG10_2 = Math.log10(2);

  private Decimals() {}

  /**
   * What a value became: either a normalised number or the reason it is not one.
   *
   * @param value the normalised number, or null when refused
   * @param problem what was wrong, or null when accepted; a clause such as "has more than 18 digits
   *     before the decimal point", to follow the name of the value
   */
  public record Checked(BigDecimal value, String problem) {
    /**
     * Returns whether the value was accepted.
     *
     * @return true if {@link #value()} holds the number
     */
    public boolean ok() {
      return value != null;
    }
  }

  /**
   * Describes what {@link #check(Object)} accepts, for messages.
   *
   * @return a phrase such as "a number with at most 18 digits before the decimal point and 9 after
   *     it"
   */
  public static String allowed() {
    return "a number with at most "
        + MAX_INTEGER_DIGITS
        + " digits before the decimal point and "
        + MAX_FRACTION_DIGITS
        + " after it (a Java Number, or text such as 1250.5 of at most "
        + MAX_TEXT_LENGTH
        + " characters)";
  }

  /**
   * Converts a value to a bounded, normalised number, without ever expanding it. Accepted: {@link
   * BigDecimal}, {@link BigInteger}, {@link Long}, {@link Integer}, {@link Short}, {@link Byte},
   * finite {@link Double} and {@link Float}, and text {@link BigDecimal#BigDecimal(String)} reads
   * (surrounding spaces ignored). A float is read by its shortest decimal form, so {@code 0.1f} is
   * {@code 0.1}.
   *
   * @param value the value, possibly null
   * @return the number, or the reason it was refused; never throws
   */
  public static Checked check(Object value) {
    BigDecimal d;
    if (value instanceof BigDecimal b) {
      d = b;
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      d = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double x) {
      if (!Double.isFinite(x)) {
        return refused("is not a finite number");
      }
      d = BigDecimal.valueOf(x);
    } else if (value instanceof Float f) {
      if (!Float.isFinite(f)) {
        return refused("is not a finite number");
      }
      d = new BigDecimal(Float.toString(f));
    } else if (value instanceof BigInteger i) {
      if (i.bitLength() > MAX_UNSCALED_BITS) {
        return tooManyIntegerDigits();
      }
      d = new BigDecimal(i);
    } else if (value instanceof String s) {
      String t = s.strip();
      if (t.length() > MAX_TEXT_LENGTH) {
        return refused("is text longer than " + MAX_TEXT_LENGTH + " characters");
      }
      try {
        d = new BigDecimal(t);
      } catch (NumberFormatException e) {
        // also exponents beyond the int range, such as 1e9999999999
        return refused("is text that is not a number");
      }
    } else if (value == null) {
      return refused("is missing (null)");
    } else {
      return refused("is a " + value.getClass().getSimpleName() + ", not a number");
    }
    return bound(d);
  }

  private static Checked bound(BigDecimal d) {
    if (d.signum() == 0) {
      return new Checked(BigDecimal.ZERO, null);
    }
    if (d.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      // precision() would be costly; such a value has more digits than any accepted text
      long approxIntegerDigits = (long) (d.unscaledValue().bitLength() * LOG10_2) - d.scale();
      return approxIntegerDigits > MAX_INTEGER_DIGITS
          ? tooManyIntegerDigits()
          : tooManyFractionDigits();
    }
    // digits before the point: precision - scale, as a long (the scale may be near Integer.MIN)
    long integerDigits = (long) d.precision() - d.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return tooManyIntegerDigits();
    }
    // the unscaled value is small now, so stripping costs little; the scale may still be huge
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() > MAX_FRACTION_DIGITS) {
      return tooManyFractionDigits();
    }
    // scale < 0 means at most MAX_INTEGER_DIGITS trailing zeros to write out
    return new Checked(s.scale() < 0 ? s.setScale(0) : s, null);
  }

  private static Checked tooManyIntegerDigits() {
    return refused("has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
  }

  private static Checked tooManyFractionDigits() {
    return refused("has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point");
  }

  private static Checked refused(String problem) {
    return new Checked(null, Objects.requireNonNull(problem));
  }
}
