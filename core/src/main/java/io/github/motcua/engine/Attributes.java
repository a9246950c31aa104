package io.github.motcua.engine;

import io.github.motcua.procedure.AttributeDeclaration;
import io.github.motcua.procedure.Procedure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks and normalises submitted attribute values against their declared types. */
final class Attributes {
  private Attributes() {}

  static Object coerce(Procedure p, AttributeDeclaration decl, Object value) {
    Object out =
        switch (decl.type()) {
          case STRING -> value instanceof String ? value : null;
          case NUMBER -> number(value);
          case BOOLEAN -> bool(value);
          case DATE -> date(value);
        };
    if (out == null) {
      throw new InvalidAttributeException(
          p.code(),
          decl.name(),
          "attribute '"
              + decl.name()
              + "' of procedure "
              + p.code()
              + " v"
              + p.version()
              + " must be "
              + allowed(decl)
              + "; got a "
              + value.getClass().getSimpleName());
    }
    return out;
  }

  private static String allowed(AttributeDeclaration decl) {
    return switch (decl.type()) {
      case STRING -> "a STRING (text)";
      case NUMBER -> "a NUMBER (a Java Number or numeric text)";
      case BOOLEAN -> "a BOOLEAN (true or false)";
      case DATE -> "a DATE (a LocalDate or ISO text such as 2026-03-02)";
    };
  }

  private static BigDecimal number(Object v) {
    BigDecimal d;
    if (v instanceof BigDecimal b) {
      d = b;
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      d = BigDecimal.valueOf(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      double x = ((Number) v).doubleValue();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        return null;
      }
      d = BigDecimal.valueOf(x);
    } else if (v instanceof java.math.BigInteger i) {
      d = new BigDecimal(i);
    } else if (v instanceof String s) {
      try {
        d = new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    d = d.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if ("true".equals(v)) {
      return Boolean.TRUE;
    }
    if ("false".equals(v)) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static LocalDate date(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof String s) {
      try {
        return LocalDate.parse(s.trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
