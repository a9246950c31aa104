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

import io.github.motcua.MotcuaException;

/**
 * The verifier gave up: the procedure has more paths than the configured limit (loops with large
 * {@code maxRounds} and parallel branches multiply them), or a path longer than the verifier walks.
 */
public class PathLimitExceededException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The code of the procedure verified. */
  private final String procedureCode;

  /** The limit reached. */
  private final int limit;

  /**
   * Creates the exception.
   *
   * @param procedureCode the code of the procedure verified
   * @param limit the limit that was reached
   * @param message what was exceeded and how to proceed
   */
  public PathLimitExceededException(String procedureCode, int limit, String message) {
    super(message);
    this.procedureCode = procedureCode;
    this.limit = limit;
  }

  /**
   * Returns the code of the procedure verified.
   *
   * @return the code
   */
  public String procedureCode() {
    return procedureCode;
  }

  /**
   * Returns the limit reached.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
