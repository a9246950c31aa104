package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A declarative condition over a dossier's declared attributes that an action may require. No
 * scripting: equality, membership, comparisons, existence, and their combinations. Values are
 * {@link String}, {@link java.math.BigDecimal}, {@link Boolean} or {@link java.time.LocalDate},
 * matching the attribute's {@link AttributeType}.
 */
public sealed interface Guard {
  /**
   * The attribute equals a value.
   *
   * @param attribute the attribute name
   * @param value the value
   */
  record Equals(String attribute, Object value) implements Guard {
    /**
     * Validates.
     *
     * @param attribute the attribute name
     * @param value the value
     */
    public Equals {
      requireNonNull(attribute, "attribute");
      requireNonNull(value, "value");
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
     * Validates and copies.
     *
     * @param attribute the attribute name
     * @param values the values
     */
    public In {
      requireNonNull(attribute, "attribute");
      values = List.copyOf(values);
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
      LT,
      /** Less than or equal. */
      LE,
      /** Greater than. */
      GT,
      /** Greater than or equal. */
      GE
    }

    /**
     * Validates.
     *
     * @param attribute the attribute name
     * @param op the comparison
     * @param value the value compared with
     */
    public Compare {
      requireNonNull(attribute, "attribute");
      requireNonNull(op, "op");
      requireNonNull(value, "value");
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
  }
}
