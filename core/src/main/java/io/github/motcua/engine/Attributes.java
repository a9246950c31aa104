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
package io.github.motcua.engine;

import io.github.motcua.internal.number.Decimals;
import io.github.motcua.procedure.AttributeDeclaration;
import io.github.motcua.procedure.AttributeType;
import io.github.motcua.procedure.Procedure;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks and normalises submitted attribute values against their declared types. Numbers go through
 * {@link Decimals}, which bounds length, exponent and scale before any arithmetic.
 */
final class Attributes {
  private Attributes() {}

  /**
   * Checks that a procedure declares an attribute and converts its value to the declared type.
   *
   * @param dossierId the dossier whose attribute changes, or null at intake
   * @throws InvalidAttributeException if undeclared or not of its type
   */
  static Object declared(Procedure p, String name, Object value, String dossierId) {
    for (AttributeDeclaration decl : p.attributes()) {
      if (decl.name().equals(name)) {
        return coerce(p, decl, value);
      }
    }
    List<String> names = p.attributes().stream().map(AttributeDeclaration::name).toList();
    throw new InvalidAttributeException(
        p.code(),
        p.version(),
        dossierId,
        name,
        "attribute '"
            + name
            + "' is not declared by procedure "
            + p.code()
            + " v"
            + p.version()
            + "; declared: "
            + (names.isEmpty() ? "none" : String.join(", ", names)));
  }

  static Object coerce(Procedure p, AttributeDeclaration decl, Object value) {
    Object out =
        switch (decl.type()) {
          case STRING ->
              value instanceof String s && s.length() <= AttributeDeclaration.MAX_TEXT_LENGTH
                  ? value
                  : null;
          case NUMBER -> Decimals.check(value).value();
          case BOOLEAN -> bool(value);
          case DATE -> date(value);
        };
    if (out == null) {
      throw new InvalidAttributeException(
          p.code(),
          p.version(),
          decl.name(),
          "attribute '"
              + decl.name()
              + "' of procedure "
              + p.code()
              + " v"
              + p.version()
              + " must be "
              + allowed(decl)
              + "; the value given "
              + problem(decl, value));
    }
    return out;
  }

  /** Says what is wrong with a refused value, without repeating it (it may be personal data). */
  private static String problem(AttributeDeclaration decl, Object value) {
    if (value == null) {
      return "is missing (null); an attribute is corrected with a value, not removed";
    }
    if (value instanceof String s && decl.type() == AttributeType.STRING) {
      return "has " + s.length() + " characters";
    }
    if (decl.type() == AttributeType.NUMBER) {
      return Decimals.check(value).problem();
    }
    if (value instanceof String && decl.type() == AttributeType.DATE) {
      return "is text that is not an ISO date";
    }
    if (value instanceof String && decl.type() == AttributeType.BOOLEAN) {
      return "is text other than true or false";
    }
    return "is a " + value.getClass().getSimpleName();
  }

  private static String allowed(AttributeDeclaration decl) {
    return switch (decl.type()) {
      case STRING ->
          "a STRING (text of at most " + AttributeDeclaration.MAX_TEXT_LENGTH + " characters)";
      case NUMBER -> "a NUMBER: " + Decimals.allowed();
      case BOOLEAN -> "a BOOLEAN (true or false)";
      case DATE -> "a DATE (a LocalDate or ISO text such as 2026-03-02)";
    };
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
