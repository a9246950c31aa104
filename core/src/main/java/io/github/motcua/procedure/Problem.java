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

import io.github.motcua.internal.text.DefinitionText;

/**
 * A problem found in a procedure definition: where it is, what is wrong, and how serious it is.
 *
 * <p>Control characters in the path and message (an escape sequence in a key of a hostile file) are
 * written as <code>&#92;u001B</code>, so a problem can be printed or logged as it is.
 *
 * @param path the path of the element in the definition, such as {@code actions[4].to} or {@code
 *     steps[2].budget}; the same in a YAML or JSON file as in a procedure built in Java (lists are
 *     numbered from 0 in declaration order); empty for the definition as a whole
 * @param message a sentence a procedure author understands: what is wrong and what is allowed
 * @param severity whether the definition is refused ({@link Severity#ERROR}) or only flagged
 */
public record Problem(String path, String message, Severity severity) {
  /** How serious a problem is. */
  public enum Severity {
    /** The definition is refused. */
    ERROR,
    /** The definition is accepted; the problem is reported on {@link Procedure#warnings()}. */
    WARNING
  }

  /**
   * Validates.
   *
   * @param path the path of the element, empty for the whole definition
   * @param message what is wrong
   * @param severity how serious it is
   */
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(severity, "severity");
    path = DefinitionText.printable(path);
    message = DefinitionText.printable(message);
  }

  /**
   * Returns an error.
   *
   * @param path the path of the element
   * @param message what is wrong
   * @return the problem
   */
  public static Problem error(String path, String message) {
    return new Problem(path, message, Severity.ERROR);
  }

  /**
   * Returns a warning.
   *
   * @param path the path of the element
   * @param message what is wrong
   * @return the problem
   */
  public static Problem warning(String path, String message) {
    return new Problem(path, message, Severity.WARNING);
  }

  /**
   * Returns whether the problem refuses the definition.
   *
   * @return true for an error
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the problem as one line: {@code error at actions[4].to: ...}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT)
        + (path.isEmpty() ? "" : " at " + path)
        + ": "
        + message;
  }
}
