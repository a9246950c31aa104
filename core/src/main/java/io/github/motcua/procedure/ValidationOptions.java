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

import io.github.motcua.calendar.WorkingWeek;

/**
 * How {@link Procedure.Builder#build()} and the readers validate a procedure beyond its structure.
 *
 * @param budgetOverrun what a path whose step budgets do not fit in the legal time limit is: an
 *     {@link Problem.Severity#ERROR} (the default) or a {@link Problem.Severity#WARNING}
 * @param workingWeek the working week that turns working days into working time and gives the
 *     working time left after an intake cut-off (default: the public-sector week, 8-hour days)
 * @param pathLimit how many paths the budget check may walk before it gives up with a warning
 *     (default {@value #DEFAULT_PATH_LIMIT}), at least 1
 */
public record ValidationOptions(
    Problem.Severity budgetOverrun, WorkingWeek workingWeek, int pathLimit) {
  /** The default path limit. */
  public static final int DEFAULT_PATH_LIMIT = 100_000;

  /** Budget overruns are errors; public-sector week; {@value #DEFAULT_PATH_LIMIT} paths. */
  public static final ValidationOptions DEFAULT =
      new ValidationOptions(Problem.Severity.ERROR, WorkingWeek.publicSector(), DEFAULT_PATH_LIMIT);

  /**
   * Validates.
   *
   * @param budgetOverrun the severity of a budget overrun
   * @param workingWeek the working week
   * @param pathLimit the path limit, at least 1
   * @throws IllegalArgumentException if the path limit is below 1
   */
  public ValidationOptions {
    requireNonNull(budgetOverrun, "budgetOverrun");
    requireNonNull(workingWeek, "workingWeek");
    if (pathLimit < 1) {
      throw new IllegalArgumentException("path limit must be at least 1; got " + pathLimit);
    }
  }

  /**
   * Returns these options with another severity for budget overruns.
   *
   * @param severity the severity
   * @return the options
   */
  public ValidationOptions withBudgetOverrun(Problem.Severity severity) {
    return new ValidationOptions(severity, workingWeek, pathLimit);
  }

  /**
   * Returns these options with another working week.
   *
   * @param week the working week
   * @return the options
   */
  public ValidationOptions withWorkingWeek(WorkingWeek week) {
    return new ValidationOptions(budgetOverrun, week, pathLimit);
  }

  /**
   * Returns these options with another path limit.
   *
   * @param limit the path limit, at least 1
   * @return the options
   */
  public ValidationOptions withPathLimit(int limit) {
    return new ValidationOptions(budgetOverrun, workingWeek, limit);
  }
}
