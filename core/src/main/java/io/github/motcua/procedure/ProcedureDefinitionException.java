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

import io.github.motcua.MotcuaException;
import java.util.List;
import java.util.Optional;

/**
 * A procedure definition was refused: built in Java or read from YAML or JSON, it has at least one
 * error. Carries every problem found at once (errors, and the warnings found with them), each with
 * the path of the element it concerns.
 */
public class ProcedureDefinitionException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before summarising the rest. */
  private static final int MESSAGE_PROBLEMS = 50;

  /** The problems; an immutable list, which is serializable. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /** Where the definition came from, or null. */
  private final String source;

  /**
   * Creates the exception.
   *
   * @param source where the definition came from (a file name), or null for one built in Java
   * @param problems the problems found, at least one of them an error
   */
  public ProcedureDefinitionException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<Problem> problems) {
    requireNonNull(problems, "problems");
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder sb = new StringBuilder();
    sb.append(source == null ? "procedure definition" : source)
        .append(" is invalid: ")
        .append(errors)
        .append(errors == 1 ? " error" : " errors");
    long warnings = problems.size() - errors;
    if (warnings > 0) {
      sb.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == MESSAGE_PROBLEMS) {
        sb.append("\n  ... and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more");
        break;
      }
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, errors first in the order found, then warnings.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the errors only.
   *
   * @return the errors
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * Returns where the definition came from, such as a file name.
   *
   * @return the source, empty for a definition built in Java
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
