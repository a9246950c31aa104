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

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The entry point of the examples jar: {@code java -jar motcua-examples.jar [command] [args]}.
 * Without a command it runs the city demo.
 */
public final class Main {
  private Main() {}

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command and returns its exit code, for tests.
   *
   * @param args the command and its arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 on success
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "demo" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "demo" -> {
        return CityDemo.run(rest, out, err);
      }
      case "deadline" -> {
        return DeadlineCommand.run(rest, out, err);
      }
      case "validate" -> {
        return ValidateCommand.run(rest, out, err);
      }
      case "diagram" -> {
        return DiagramCommand.run(rest, out, err);
      }
      case "help", "--help", "-h" -> {
        usage(out);
        return 0;
      }
      default -> {
        err.println("unknown command '" + command + "'");
        usage(err);
        return 2;
      }
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar motcua-examples.jar [command] [args]");
    out.println("commands:");
    out.println(
        "  demo              (the default) a year of Đà Nẵng across the reorganisation of 1 July"
            + " 2025: a worklist,");
    out.println(
        "                    one dossier's appointment date and history, a moved dossier,"
            + " on-time statistics,");
    out.println("                    the procedures' Mermaid diagrams; demo --help");
    out.println("  help              this text");
    out.println(
        "  validate FILE...  check procedure files (YAML/JSON): problems with paths, worst case");
    out.println("  diagram FILE      print a procedure as a Mermaid flowchart");
    out.println(
        "  diagram --shipped [DIR]  write every shipped procedure version's diagram and a"
            + " Markdown page to DIR");
    out.println(
        "  deadline          the due date of a time limit and why, e.g. deadline --received"
            + " 2026-04-24T16:10 --limit \"15 working days\" --cutoff 15:00 --lang vi");
  }
}
