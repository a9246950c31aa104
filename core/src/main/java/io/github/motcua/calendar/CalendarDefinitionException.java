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

import static java.util.Objects.requireNonNull;

import io.github.motcua.MotcuaException;
import io.github.motcua.internal.text.DefinitionText;

/**
 * A calendar definition or an announced schedule (JSON, YAML or CSV) is malformed. The message
 * names the file, the path of the element inside it (such as {@code schedules[3].date}, {@code
 * week.monday[1]} or {@code line 5, column 'date'}) and what is wrong and allowed.
 */
public final class CalendarDefinitionException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String source;
  private final transient String path;
  private final transient String problem;

  /**
   * Creates the exception.
   *
   * @param source the file or stream, such as {@code "vn-2027.yaml"}
   * @param path the path of the element inside it, or empty for the whole document
   * @param problem what is wrong and what is allowed
   * @param cause the underlying failure, or {@code null}
   */
  public CalendarDefinitionException(String source, String path, String problem, Throwable cause) {
    super(message(source, path, problem), cause);
    this.source = requireNonNull(source, "source");
    this.path = requireNonNull(path, "path");
    this.problem = requireNonNull(problem, "problem");
  }

  /**
   * Creates the exception without a cause.
   *
   * @param source the file or stream
   * @param path the path of the element inside it, or empty for the whole document
   * @param problem what is wrong and what is allowed
   */
  public CalendarDefinitionException(String source, String path, String problem) {
    this(source, path, problem, null);
  }

  private static String message(String source, String path, String problem) {
    // control characters from a file (an escape sequence in a bad value) are written escaped
    String p = DefinitionText.printable(problem);
    return path == null || path.isEmpty()
        ? DefinitionText.printable(source) + ": " + p
        : DefinitionText.printable(source + ": " + path) + ": " + p;
  }

  /**
   * Returns the file or stream that was read.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the path of the offending element inside the file, such as {@code schedules[3].date};
   * empty when the whole document is at fault (a syntax error names its line and column in the
   * problem).
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong and what is allowed.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
