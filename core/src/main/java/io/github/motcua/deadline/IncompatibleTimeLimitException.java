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
 * A time limit cannot be used where it was given: a limit in working days under the calendar-days
 * rule, or an extension in calendar days. The message says what is allowed.
 */
public final class IncompatibleTimeLimitException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient TimeLimit limit;
  private final transient CountingRule rule;

  /**
   * Creates the exception.
   *
   * @param limit the limit refused
   * @param rule the counting rule in force
   * @param problem what is wrong and what is allowed
   */
  public IncompatibleTimeLimitException(TimeLimit limit, CountingRule rule, String problem) {
    super("time limit " + limit + " under rule " + rule + ": " + problem);
    this.limit = limit;
    this.rule = rule;
  }

  /**
   * Returns the limit refused.
   *
   * @return the limit
   */
  public TimeLimit limit() {
    return limit;
  }

  /**
   * Returns the counting rule in force.
   *
   * @return the rule
   */
  public CountingRule rule() {
    return rule;
  }
}
