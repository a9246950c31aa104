package io.github.motcua.examples;

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureDiagram;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code diagram FILE}: prints a procedure as a Mermaid flowchart on standard output. An invalid
 * file prints its problems on standard error and exits with 1.
 */
final class DiagramCommand {
  private DiagramCommand() {}

  static void usage(PrintStream out) {
    out.println("usage: diagram FILE   (YAML, or JSON for *.json); prints Mermaid");
    out.println("  --help, -h  this text;  --  ends the options (for a file named like one)");
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    ProcedureFiles.Arguments a =
        ProcedureFiles.read("diagram", args, 1, 1, DiagramCommand::usage, out, err);
    if (a.done()) {
      return a.exit();
    }
    Optional<Procedure> p = ProcedureFiles.load(a.files().get(0), err, err);
    if (p.isEmpty()) {
      return 1;
    }
    out.print(ProcedureDiagram.mermaid(p.get()));
    return 0;
  }
}
