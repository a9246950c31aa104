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
import java.nio.file.Path;
import java.util.List;

/**
 * One-line checks of procedures for an agency's own tests, with any test framework: failures are
 * {@link AssertionError}s whose message names the file, the problem and the offending path.
 *
 * <pre>{@code
 * ProcedureAssertions.assertThat(Path.of("procedures/birth-registration.yaml"))
 *     .isValid()
 *     .hasNoWarnings()
 *     .fitsLegalTimeLimit();
 * }</pre>
 *
 * <p>Not thread-safe; create one assertion per check.
 */
public final class ProcedureAssertions {
  private ProcedureAssertions() {}

  /**
   * Starts checks on a procedure.
   *
   * @param procedure the procedure
   * @return the assertion
   */
  public static ProcedureAssert assertThat(Procedure procedure) {
    return new ProcedureAssert(requireNonNull(procedure, "procedure"), null, null);
  }

  /**
   * Starts checks on a procedure file, read as {@link ProcedureFormat#load(Path)} reads it. A file
   * that cannot be read fails every check with its problems.
   *
   * @param file the YAML or JSON file
   * @return the assertion
   */
  public static ProcedureAssert assertThat(Path file) {
    requireNonNull(file, "file");
    try {
      return new ProcedureAssert(ProcedureFormat.load(file), file.toString(), null);
    } catch (ProcedureDefinitionException | java.io.UncheckedIOException e) {
      return new ProcedureAssert(null, file.toString(), e);
    }
  }

  /** Checks on one procedure. Each check returns this assertion, to chain the next. */
  public static final class ProcedureAssert {
    private final Procedure procedure;
    private final String source;
    private final RuntimeException loadFailure;
    private ProcedureVerifier verifier = ProcedureVerifier.create();
    private Verification verification;

    private ProcedureAssert(Procedure procedure, String source, RuntimeException loadFailure) {
      this.procedure = procedure;
      this.source = source;
      this.loadFailure = loadFailure;
    }

    private String name() {
      return procedure == null
          ? source
          : "procedure "
              + procedure.code()
              + " v"
              + procedure.version()
              + (source == null ? "" : " (" + source + ")");
    }

    /**
     * Uses another working week (its standard day) for the time checks.
     *
     * @param week the working week
     * @return this assertion
     */
    public ProcedureAssert withWorkingWeek(WorkingWeek week) {
      this.verifier = verifier.withWorkingWeek(requireNonNull(week, "week"));
      this.verification = null;
      return this;
    }

    /**
     * Uses another path limit for the time checks.
     *
     * @param limit the most paths walked
     * @return this assertion
     */
    public ProcedureAssert withPathLimit(int limit) {
      this.verifier = verifier.withPathLimit(limit);
      this.verification = null;
      return this;
    }

    /**
     * Checks that the procedure was read and validated without errors.
     *
     * @return this assertion
     * @throws AssertionError listing the problems, if not
     */
    public ProcedureAssert isValid() {
      procedure();
      return this;
    }

    /**
     * Checks that validation found no warnings either.
     *
     * @return this assertion
     * @throws AssertionError listing the warnings
     */
    public ProcedureAssert hasNoWarnings() {
      List<Problem> warnings = procedure().warnings();
      if (!warnings.isEmpty()) {
        StringBuilder sb = new StringBuilder(name() + " has " + warnings.size() + " warnings:");
        warnings.forEach(w -> sb.append("\n  ").append(w));
        throw new AssertionError(sb.toString());
      }
      return this;
    }

    /**
     * Checks that every path fits in the legal time limit in the worst case, with no loop left
     * unbounded (see {@link Verification#pathsOverLimit()}). Paths that extend the due date (gia
     * hạn) are left out, as an extension moves the due date: the worst case checked is {@link
     * Verification#worstWithoutExtension()}, and the failure message counts the paths left out
     * ({@link Verification#extendedPathCount()}).
     *
     * @return this assertion
     * @throws AssertionError naming the offending path, its working time and the limit
     */
    public ProcedureAssert fitsLegalTimeLimit() {
      Verification v = verification();
      List<ProcedurePath> over = v.pathsOverLimit();
      if (!over.isEmpty()) {
        ProcedurePath worst = over.get(0);
        throw new AssertionError(
            name()
                + " does not fit its legal time limit of "
                + procedure.timeLimit()
                + " ("
                + v.format(v.legalTimeLimit())
                + "): path "
                + worst.describe()
                + (worst.unboundedLoop()
                    ? " passes a loop without a bound"
                    : " takes " + v.format(worst.worst()) + " in the worst case")
                + (over.size() > 1 ? "; " + (over.size() - 1) + " more paths do not fit" : "")
                + (v.extendedPathCount() > 0
                    ? "; "
                        + v.extendedPathCount()
                        + " paths that extend the due date are not checked"
                    : ""));
      }
      return this;
    }

    /**
     * Checks that no walk ends with no action left to perform.
     *
     * @return this assertion
     * @throws AssertionError naming the first dead end
     */
    public ProcedureAssert hasNoDeadEnds() {
      Verification v = verification();
      if (!v.deadEnds().isEmpty()) {
        throw new AssertionError(
            name()
                + " has "
                + v.deadEnds().size()
                + " dead ends, such as "
                + v.deadEnds().get(0).describe());
      }
      return this;
    }

    /**
     * Returns the procedure, for further checks.
     *
     * @return the procedure
     * @throws AssertionError if the file could not be read
     */
    public Procedure procedure() {
      if (procedure == null) {
        throw new AssertionError(
            source + " is not a valid procedure: " + loadFailure.getMessage(), loadFailure);
      }
      return procedure;
    }

    /**
     * Returns the verification, for further checks.
     *
     * @return the paths and their working time
     * @throws AssertionError if the file could not be read or has too many paths
     */
    public Verification verification() {
      if (verification == null) {
        try {
          verification = verifier.verify(procedure());
        } catch (PathLimitExceededException e) {
          throw new AssertionError(name() + " could not be verified: " + e.getMessage(), e);
        }
      }
      return verification;
    }
  }
}
