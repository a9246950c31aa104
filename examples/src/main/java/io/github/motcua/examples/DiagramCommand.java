package io.github.motcua.examples;

import io.github.motcua.procedure.Problem;
import io.github.motcua.procedure.ProcedureDefinitionException;
import io.github.motcua.procedure.ProcedureDiagram;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code diagram FILE}: prints a procedure as a Mermaid flowchart on standard output. An invalid
 * file prints its problems on standard error and exits with 1.
 */
final class DiagramCommand {
  private DiagramCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: diagram FILE   (YAML, or JSON for *.json); prints Mermaid");
      return 2;
    }
    Path file = Path.of(args[0]);
    try {
      out.print(ProcedureDiagram.mermaid(ProcedureFormat.load(file)));
      return 0;
    } catch (ProcedureDefinitionException e) {
      err.println(
          file
              + ": invalid, "
              + e.errors().size()
              + (e.errors().size() == 1 ? " error" : " errors"));
      for (Problem problem : e.problems()) {
        err.println("  " + problem);
      }
      return 1;
    } catch (UncheckedIOException e) {
      err.println(file + ": cannot be read (" + e.getCause().getMessage() + ")");
      return 1;
    }
  }
}
