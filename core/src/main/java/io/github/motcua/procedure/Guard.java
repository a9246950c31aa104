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

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A guard (điều kiện): a declarative condition over a dossier's declared attributes that an action
 * may require. No scripting: equality, membership, comparisons, existence, and their combinations.
 *
 * <p>Values are {@link String}, {@link java.math.BigDecimal}, {@link Boolean} or {@link
 * java.time.LocalDate}, matching the attribute's {@link AttributeType}; a {@link Long}, {@link
 * Integer}, {@link Short}, {@link Byte}, {@link java.math.BigInteger}, finite {@link Double} or
 * {@link Float} given to a constructor is normalised to a {@code BigDecimal} without trailing
 * zeros, so {@code 100}, {@code 100L} and {@code 100.0} are the same value. A number in a guard has
 * at most 18 digits before the decimal point and 9 after it, the bounds dossier attributes have at
 * intake; a constructor refuses any other with an {@link IllegalArgumentException}, checking the
 * bounds before any arithmetic, so even {@code new BigDecimal("1e999999999")} is refused at once.
 *
 * <p>Evaluation with {@link #test(Map)}: an attribute that is absent (or mapped to {@code null})
 * makes {@link Equals}, {@link In} and {@link Compare} false and {@link Exists} false; {@link Not}
 * inverts, so {@code not(eq(a, 1))} holds when {@code a} is absent. Numbers compare by value
 * whatever their Java type; a date compares with a {@code LocalDate} or with text in ISO form
 * ({@code 2025-03-01}); a comparison between values of different kinds (a date and a number) is
 * false. {@link Procedure.Builder#build()} refuses such guards beforehand by checking them against
 * the declared attribute types. Guards are immutable and thread-safe.
 */
public sealed interface Guard {

  /**
   * Evaluates the guard against a dossier's attributes.
   *
   * @param attributes the attribute values by name; values as described in the type's Javadoc
   * @return whether the guard holds
   */
  boolean test(Map<String, ?> attributes);

  /**
   * Returns the names of the attributes this guard reads, in the order they appear.
   *
   * @return the attribute names
   */
  default Set<String> referencedAttributes() {
    Set<String> out = new LinkedHashSet<>();
    collect(this, out);
    return Collections.unmodifiableSet(out);
  }

  private static void collect(Guard g, Set<String> out) {
    if (g instanceof Equals e) {
      out.add(e.attribute());
    } else if (g instanceof In i) {
      out.add(i.attribute());
    } else if (g instanceof Compare c) {
      out.add(c.attribute());
    } else if (g instanceof Exists x) {
      out.add(x.attribute());
    } else if (g instanceof All a) {
      a.guards().forEach(x -> collect(x, out));
    } else if (g instanceof Any a) {
      a.guards().forEach(x -> collect(x, out));
    } else if (g instanceof Not n) {
      collect(n.guard(), out);
    }
  }

  /**
   * Returns a guard that holds when the attribute equals a value.
   *
   * @param attribute the attribute name
   * @param value the value
   * @return the guard
   */
  static Guard eq(String attribute, Object value) {
    return new Equals(attribute, value);
  }

  /**
   * Returns a guard that holds when the attribute equals one of the values.
   *
   * @param attribute the attribute name
   * @param values the values, at least one
   * @return the guard
   */
  static Guard in(String attribute, Object... values) {
    return new In(attribute, Arrays.asList(values));
  }

  /**
   * Returns a guard that holds when the attribute is less than a value.
   *
   * @param attribute the attribute name (a number or a date)
   * @param value the value
   * @return the guard
   */
  static Guard lt(String attribute, Object value) {
    return new Compare(attribute, Compare.Op.LT, value);
  }

  /**
   * Returns a guard that holds when the attribute is less than or equal to a value.
   *
   * @param attribute the attribute name (a number or a date)
   * @param value the value
   * @return the guard
   */
  static Guard le(String attribute, Object value) {
    return new Compare(attribute, Compare.Op.LE, value);
  }

  /**
   * Returns a guard that holds when the attribute is greater than a value.
   *
   * @param attribute the attribute name (a number or a date)
   * @param value the value
   * @return the guard
   */
  static Guard gt(String attribute, Object value) {
    return new Compare(attribute, Compare.Op.GT, value);
  }

  /**
   * Returns a guard that holds when the attribute is greater than or equal to a value.
   *
   * @param attribute the attribute name (a number or a date)
   * @param value the value
   * @return the guard
   */
  static Guard ge(String attribute, Object value) {
    return new Compare(attribute, Compare.Op.GE, value);
  }

  /**
   * Returns a guard that holds when the dossier carries the attribute.
   *
   * @param attribute the attribute name
   * @return the guard
   */
  static Guard exists(String attribute) {
    return new Exists(attribute);
  }

  /**
   * Returns a guard that holds when every guard holds.
   *
   * @param guards the guards
   * @return the guard
   */
  static Guard all(Guard... guards) {
    return new All(List.of(guards));
  }

  /**
   * Returns a guard that holds when at least one guard holds.
   *
   * @param guards the guards
   * @return the guard
   */
  static Guard any(Guard... guards) {
    return new Any(List.of(guards));
  }

  /**
   * Returns a guard that holds when another does not.
   *
   * @param guard the guard to negate
   * @return the guard
   */
  static Guard not(Guard guard) {
    return new Not(guard);
  }

  /**
   * The attribute equals a value.
   *
   * @param attribute the attribute name
   * @param value the value
   */
  record Equals(String attribute, Object value) implements Guard {
    /**
     * Validates and normalises.
     *
     * @param attribute the attribute name
     * @param value the value: text, a number, a boolean or a {@code LocalDate}
     * @throws IllegalArgumentException if the value is of another type, or a number out of bounds
     */
    public Equals {
      requireNonNull(attribute, "attribute");
      requireNonNull(value, "value");
      value = GuardValues.normalize(value, "the value of guard 'eq' on '" + attribute + "'");
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      Object a = attributes.get(attribute);
      return a != null && GuardValues.same(a, value);
    }
  }

  /**
   * The attribute equals one of several values.
   *
   * @param attribute the attribute name
   * @param values the values
   */
  record In(String attribute, List<Object> values) implements Guard {
    /**
     * Validates, normalises and copies.
     *
     * @param attribute the attribute name
     * @param values the values: text, numbers, booleans or {@code LocalDate}s
     * @throws IllegalArgumentException if a value is of another type, or a number out of bounds
     */
    public In {
      requireNonNull(attribute, "attribute");
      requireNonNull(values, "values");
      values =
          values.stream()
              .map(v -> GuardValues.normalize(v, "a value of guard 'in' on '" + attribute + "'"))
              .toList();
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      Object a = attributes.get(attribute);
      if (a == null) {
        return false;
      }
      for (Object v : values) {
        if (GuardValues.same(a, v)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The attribute compares to a value: a number or a date.
   *
   * @param attribute the attribute name
   * @param op the comparison
   * @param value the value compared with
   */
  record Compare(String attribute, Op op, Object value) implements Guard {
    /** A comparison operator. */
    public enum Op {
      /** Less than. */
      LT("<"),
      /** Less than or equal. */
      LE("≤"),
      /** Greater than. */
      GT(">"),
      /** Greater than or equal. */
      GE("≥");

      private final String symbol;

      Op(String symbol) {
        this.symbol = symbol;
      }

      /**
       * Returns the mathematical symbol, for diagrams and messages.
       *
       * @return the symbol, such as {@code ≤}
       */
      public String symbol() {
        return symbol;
      }

      boolean holds(int comparison) {
        return switch (this) {
          case LT -> comparison < 0;
          case LE -> comparison <= 0;
          case GT -> comparison > 0;
          case GE -> comparison >= 0;
        };
      }
    }

    /**
     * Validates and normalises.
     *
     * @param attribute the attribute name
     * @param op the comparison
     * @param value the value compared with: a number or a {@code LocalDate} (text is kept as it is
     *     and refused by validation unless the attribute is a date and the text an ISO date)
     * @throws IllegalArgumentException if the value is of a type a guard cannot hold, or a number
     *     out of bounds
     */
    public Compare {
      requireNonNull(attribute, "attribute");
      requireNonNull(op, "op");
      requireNonNull(value, "value");
      value =
          GuardValues.normalize(
              value, "the value of guard '" + op.name().toLowerCase() + "' on '" + attribute + "'");
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      Object a = attributes.get(attribute);
      if (a == null) {
        return false;
      }
      Optional<Integer> c = GuardValues.order(a, value);
      return c.isPresent() && op.holds(c.get());
    }
  }

  /**
   * The dossier carries the attribute.
   *
   * @param attribute the attribute name
   */
  record Exists(String attribute) implements Guard {
    /**
     * Validates.
     *
     * @param attribute the attribute name
     */
    public Exists {
      requireNonNull(attribute, "attribute");
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      return attributes.get(attribute) != null;
    }
  }

  /**
   * Every guard holds.
   *
   * @param guards the guards
   */
  record All(List<Guard> guards) implements Guard {
    /**
     * Copies.
     *
     * @param guards the guards
     */
    public All {
      guards = List.copyOf(guards);
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      for (Guard g : guards) {
        if (!g.test(attributes)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * At least one guard holds.
   *
   * @param guards the guards
   */
  record Any(List<Guard> guards) implements Guard {
    /**
     * Copies.
     *
     * @param guards the guards
     */
    public Any {
      guards = List.copyOf(guards);
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      for (Guard g : guards) {
        if (g.test(attributes)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The guard does not hold.
   *
   * @param guard the negated guard
   */
  record Not(Guard guard) implements Guard {
    /**
     * Validates.
     *
     * @param guard the negated guard
     */
    public Not {
      requireNonNull(guard, "guard");
    }

    @Override
    public boolean test(Map<String, ?> attributes) {
      requireNonNull(attributes, "attributes");
      return !guard.test(attributes);
    }
  }
}
