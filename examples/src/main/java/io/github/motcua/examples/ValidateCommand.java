package io.github.motcua.examples;

import io.github.motcua.procedure.PathLimitExceededException;
import io.github.motcua.procedure.Problem;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureDefinitionException;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.procedure.ProcedureVerifier;
import io.github.motcua.procedure.Verification;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code validate FILE...}: reads procedure definitions (YAML, or JSON by the {@code .json}
 * extension), prints every problem with its path, and for a valid one its paths' worst case against
 * the legal time limit. Paths that extend the due date (gia hạn) are counted but left out of the
 * worst case, as they are out of the limit check: an extension moves the due date. Exit code 0 when
 * every file is valid, 1 otherwise, 2 on usage.
 */
final class ValidateCommand {
  private ValidateCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("usage: validate FILE...   (YAML, or JSON for *.json)");
      return 2;
    }
    boolean allValid = true;
    for (String arg : args) {
      allValid &= validate(Path.of(arg), out, err);
    }
    return allValid ? 0 : 1;
  }

  private static boolean validate(Path file, PrintStream out, PrintStream err) {
    Procedure p;
    try {
      p = ProcedureFormat.load(file);
    } catch (ProcedureDefinitionException e) {
      out.println(
          file
              + ": invalid, "
              + e.errors().size()
              + (e.errors().size() == 1 ? " error" : " errors"));
      for (Problem problem : e.problems()) {
        out.println("  " + problem);
      }
      return false;
    } catch (UncheckedIOException e) {
      err.println(file + ": cannot be read (" + e.getCause().getMessage() + ")");
      return false;
    }
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
    out.println(line);
    for (Problem w : p.warnings()) {
      out.println("  " + w);
    }
    return true;
  }
}
