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

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureDiagram;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code diagram FILE}: prints a procedure as a Mermaid flowchart on standard output. An invalid
 * file prints its problems on standard error and exits with 1. {@code diagram --shipped [DIR]}
 * writes the diagram of every procedure version shipped in the jar to a folder, with a Markdown
 * page that shows them ({@link ProcedureDiagrams}), as the demo does.
 */
final class DiagramCommand {
  private DiagramCommand() {}

  /** The folder {@code diagram --shipped} writes to when none is given. */
  static final String DEFAULT_DIR = DemoStore.DEFAULT_DIR + "/diagrams";

  static void usage(PrintStream out) {
    out.println("usage: diagram FILE   (YAML, or JSON for *.json); prints Mermaid");
    out.println(
        "       diagram --shipped [DIR]   writes every shipped procedure version to DIR (default"
            + " ./"
            + DEFAULT_DIR
            + "): <code>-v<n>.mmd and "
            + ProcedureDiagrams.PAGE);
    out.println("  --help, -h  this text;  --  ends the options (for a file named like one)");
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("--shipped")) {
      if (args.length > 2) {
        err.println("diagram: --shipped takes at most one folder");
        usage(err);
        return 2;
      }
      Path dir = Path.of(args.length == 2 ? args[1] : DEFAULT_DIR);
      try {
        List<Path> files = ProcedureDiagrams.write(CitySimulation.loadProcedures(), dir);
        out.println(
            "wrote " + (files.size() - 1) + " diagrams and " + dir.resolve(ProcedureDiagrams.PAGE));
        return 0;
      } catch (UncheckedIOException e) {
        err.println(
            "diagram: cannot write to "
                + ProcedureFiles.printable(dir.toString())
                + ": "
                + e.getCause());
        return 1;
      }
    }
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
