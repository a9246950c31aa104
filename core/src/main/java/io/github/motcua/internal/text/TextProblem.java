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
package io.github.motcua.internal.text;

/**
 * A problem found in the text of a definition, with where it is: a line and column ("line 3, column
 * 7"), a path in the tree ("steps[2].name"), or empty for the whole text. Callers turn it into
 * their own definition exception; it never leaves the library.
 */
public final class TextProblem extends Exception {
  private static final long serialVersionUID = 1L;

  /** Where the problem is; see the class comment. */
  private final String where;

  /**
   * Creates a problem.
   *
   * @param where the line and column, the path, or empty
   * @param message what is wrong and what is allowed
   */
  public TextProblem(String where, String message) {
    super(message, null, false, false);
    this.where = where;
  }

  /**
   * Returns where the problem is.
   *
   * @return "line L, column C", a path, or empty
   */
  public String where() {
    return where;
  }
}
