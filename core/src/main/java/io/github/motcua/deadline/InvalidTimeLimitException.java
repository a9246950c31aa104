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
package io.github.motcua.deadline;

import io.github.motcua.MotcuaException;

/**
 * Text that should be a time limit is not one; the message says what is allowed (and shows at most
 * the first 60 characters of the text).
 */
public final class InvalidTimeLimitException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The text refused. */
  private final String text;

  /** What is wrong with it. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param text the text refused
   * @param problem what is wrong with it
   */
  public InvalidTimeLimitException(String text, String problem) {
    super(
        "'"
            + abbreviate(text)
            + "' is not a time limit: "
            + problem
            + "; write '15 working days', '0.5 working days', '4 working hours' or '30 calendar"
            + " days' (or '15 ngày làm việc', '4 giờ làm việc', '30 ngày')");
    this.text = text;
    this.problem = problem;
  }

  /** At most 60 characters of a text, for messages. */
  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * Returns the text refused.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns what is wrong with the text, such as "it is negative".
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
