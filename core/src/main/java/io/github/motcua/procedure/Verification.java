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

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ProcedureVerifier} found: every path from the start step to an ending action, with
 * its best and worst working time, and the legal time limit they are measured against.
 *
 * @param procedure the procedure verified
 * @param paths the complete paths, in the order found
 * @param deadEnds the walks that stop with no action left to perform (their loop bounds spent, or a
 *     branch that can neither join nor end); a valid procedure may still have some when bounds run
 *     out
 * @param legalTimeLimit the legal time limit as working time in the worst case of receipt (see
 *     {@link ProcedureVerifier})
 * @param standardDay the working time of one working day used for the conversion
 */
public record Verification(
    Procedure procedure,
    List<ProcedurePath> paths,
    List<ProcedurePath> deadEnds,
    Duration legalTimeLimit,
    Duration standardDay) {
  /**
   * Validates and copies.
   *
   * @param procedure the procedure
   * @param paths the complete paths
   * @param deadEnds the dead ends
   * @param legalTimeLimit the legal limit in working time
   * @param standardDay the standard day
   */
  public Verification {
    requireNonNull(procedure, "procedure");
    paths = List.copyOf(paths);
    deadEnds = List.copyOf(deadEnds);
    requireNonNull(legalTimeLimit, "legalTimeLimit");
    requireNonNull(standardDay, "standardDay");
  }

  /**
   * Returns the path with the most working time, the first such when several tie.
   *
   * @return the worst path, empty when there is no complete path
   */
  public Optional<ProcedurePath> worstPath() {
    return paths.stream().max(Comparator.comparing(ProcedurePath::worst));
  }

  /**
   * Returns the least working time of any complete path.
   *
   * @return the best case, zero when there is no complete path
   */
  public Duration best() {
    return paths.stream()
        .map(ProcedurePath::best)
        .min(Comparator.naturalOrder())
        .orElse(Duration.ZERO);
  }

  /**
   * Returns the most working time of any complete path.
   *
   * @return the worst case, zero when there is no complete path
   */
  public Duration worst() {
    return worstPath().map(ProcedurePath::worst).orElse(Duration.ZERO);
  }

  /**
   * Returns the path with the most working time among those that do not extend the due date (gia
   * hạn): the worst case the legal time limit is checked against, since an extension moves the due
   * date by the reason given. The first such path when several tie.
   *
   * @return the worst path without an extension, empty when every complete path extends (or there
   *     is none)
   */
  public Optional<ProcedurePath> worstPathWithoutExtension() {
    return paths.stream()
        .filter(p -> !p.extended())
        .max(Comparator.comparing(ProcedurePath::worst));
  }

  /**
   * Returns the most working time of any complete path that does not extend the due date; see
   * {@link #worstPathWithoutExtension()}.
   *
   * @return the worst case without extensions, zero when there is no such path
   */
  public Duration worstWithoutExtension() {
    return worstPathWithoutExtension().map(ProcedurePath::worst).orElse(Duration.ZERO);
  }

  /**
   * Returns how many complete paths extend the due date ({@link ProcedurePath#extended()}): those
   * left out of {@link #worstWithoutExtension()} and {@link #pathsOverLimit()}.
   *
   * @return the number of extension paths
   */
  public int extendedPathCount() {
    int n = 0;
    for (ProcedurePath p : paths) {
      if (p.extended()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the complete paths that do not fit in the legal time limit: their worst case exceeds
   * it, or they pass a loop without a bound. Paths that extend the due date are left out: an
   * extension moves the due date by the reason given.
   *
   * @return the offending paths, worst first
   */
  public List<ProcedurePath> pathsOverLimit() {
    return paths.stream()
        .filter(p -> !p.extended())
        .filter(p -> p.unboundedLoop() || p.worst().compareTo(legalTimeLimit) > 0)
        .sorted(Comparator.comparing(ProcedurePath::worst).reversed())
        .toList();
  }

  /**
   * Returns whether every path fits in the legal time limit.
   *
   * @return true when {@link #pathsOverLimit()} is empty
   */
  public boolean fitsLegalTimeLimit() {
    return pathsOverLimit().isEmpty();
  }

  /**
   * Formats working time as working days, hours and minutes of this verification's standard day.
   *
   * @param workingTime the working time
   * @return such as {@code 2 working days 3 hours}
   */
  public String format(Duration workingTime) {
    return WorkingTimes.format(requireNonNull(workingTime, "workingTime"), standardDay);
  }
}
