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

import java.util.Locale;

/** The names enum constants have in the file format and in messages: lower case, dashed. */
final class Names {
  private Names() {}

  /** {@code RESULT_READY} → {@code result-ready}. */
  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Finds a constant by its format name, accepting also upper case and underscores. */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** All format names of an enum, for "allowed: ..." messages. */
  static <E extends Enum<E>> String allowed(Class<E> type) {
    StringBuilder sb = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(of(e));
    }
    return sb.toString();
  }

  static String describe(AttributeType type) {
    return switch (type) {
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date";
    };
  }

  static String example(AttributeType type) {
    return switch (type) {
      case STRING -> " in quotes";
      case NUMBER -> " such as 100";
      case BOOLEAN -> "";
      case DATE -> " such as 2025-01-01";
    };
  }
}
