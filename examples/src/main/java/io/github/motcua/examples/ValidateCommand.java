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
package io.github.motcua.examples;

import io.github.motcua.procedure.PathLimitExceededException;
import io.github.motcua.procedure.Problem;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureVerifier;
import io.github.motcua.procedure.Verification;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code validate FILE...}: reads procedure definitions (YAML, or JSON by the {@code .json}
 * extension), prints every problem with its path, and for a valid one its paths' worst case against
 * the legal time limit. Paths that extend the due date (gia hạn) are counted but left out of the
 * worst case, as they are out of the limit check: an extension moves the due date. Everything
 * printed from a file has its control characters escaped. Exit code 0 when every file is valid, 1
 * otherwise, 2 on usage.
 */
final class ValidateCommand {
  private ValidateCommand() {}

  static void usage(PrintStream out) {
    out.println("usage: validate FILE...   (YAML, or JSON for *.json)");
    out.println(
        "  prints every problem of each file with its path, or for a valid file its paths'");
    out.println(
        "  worst case against the legal time limit; exit 0 when all are valid, 1 otherwise");
    out.println("  --help, -h  this text;  --  ends the options (for a file named like one)");
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    ProcedureFiles.Arguments a =
        ProcedureFiles.read(
            "validate", args, 1, Integer.MAX_VALUE, ValidateCommand::usage, out, err);
    if (a.done()) {
      return a.exit();
    }
    boolean allValid = true;
    for (String file : a.files()) {
      allValid &= validate(file, out, err);
    }
    return allValid ? 0 : 1;
  }

  private static boolean validate(String file, PrintStream out, PrintStream err) {
    Optional<Procedure> loaded = ProcedureFiles.load(file, out, err);
    if (loaded.isEmpty()) {
      return false;
    }
    Procedure p = loaded.get();
    StringBuilder line =
        new StringBuilder(file + ": valid, procedure " + p.code() + " v" + p.version());
    try {
      Verification v = ProcedureVerifier.create().verify(p);
      int extended = v.extendedPathCount();
      line.append(", ")
          .append(v.paths().size())
          .append(" paths, worst case ")
          .append(v.format(v.worstWithoutExtension()))
          .append(" of the legal ")
          .append(p.timeLimit())
          .append(" (")
          .append(v.format(v.legalTimeLimit()))
          .append(")");
      if (extended > 0) {
        line.append("; ").append(extended).append(" paths with an extension left out");
      }
    } catch (PathLimitExceededException e) {
      line.append("; paths not verified: ").append(e.getMessage());
    }
    out.println(ProcedureFiles.printable(line.toString()));
    for (Problem w : p.warnings()) {
      out.println("  " + ProcedureFiles.printable(w.toString()));
    }
    return true;
  }
}
