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

import io.github.motcua.procedure.Problem;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureDefinitionException;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the procedure commands ({@code validate}, {@code diagram}) share: their arguments, loading a
 * file with a plain answer when it cannot be, and printing what came from a file so that it cannot
 * drive the terminal.
 */
final class ProcedureFiles {
  private ProcedureFiles() {}

  /** The files a procedure command is given, or its exit code when it is done already. */
  record Arguments(List<String> files, int exit) {
    boolean done() {
      return exit >= 0;
    }
  }

  /**
   * Reads the arguments of a command and answers help and mistakes: help on {@code out} (exit 0), a
   * bad option or a wrong number of files on {@code err} (exit 2).
   */
  static Arguments read(
      String command,
      String[] args,
      int minFiles,
      int maxFiles,
      Consumer<PrintStream> usage,
      PrintStream out,
      PrintStream err) {
    Arguments a;
    try {
      a = parse(args);
    } catch (Options.BadArgument e) {
      err.println(command + ": " + e.getMessage());
      usage.accept(err);
      return new Arguments(List.of(), 2);
    }
    if (a.exit() == 0) {
      usage.accept(out);
      return a;
    }
    if (a.files().size() < minFiles || a.files().size() > maxFiles) {
      usage.accept(err);
      return new Arguments(List.of(), 2);
    }
    return a;
  }

  /**
   * Reads the arguments: {@code --help} or {@code -h} asks for help; {@code --} ends the options,
   * so a file named {@code --help} can still be given; any other argument starting with {@code -}
   * is not an option of these commands.
   *
   * @throws Options.BadArgument for an unknown option
   */
  private static Arguments parse(String[] args) throws Options.BadArgument {
    List<String> files = new ArrayList<>();
    boolean options = true;
    boolean help = false;
    for (String a : args) {
      if (options && a.equals("--")) {
        options = false;
      } else if (options && (a.equals("--help") || a.equals("-h"))) {
        help = true;
      } else if (options && a.startsWith("-") && a.length() > 1) {
        throw new Options.BadArgument(
            "unknown option '"
                + printable(a)
                + "'; allowed: --help, -h, and -- before a file"
                + " name that starts with '-'");
      } else {
        files.add(a);
      }
    }
    return new Arguments(files, help ? 0 : -1);
  }

  /**
   * Loads a procedure, or prints why it cannot be: the problems of an invalid file on {@code
   * problems}, a file that does not exist or cannot be read on {@code err}.
   *
   * @return the procedure, or empty after printing why not
   */
  static Optional<Procedure> load(String name, PrintStream problems, PrintStream err) {
    Path file = Path.of(name);
    String shown = printable(name);
    if (Files.isDirectory(file)) {
      err.println(shown + ": is a directory, not a procedure file");
      return Optional.empty();
    }
    try {
      return Optional.of(ProcedureFormat.load(file));
    } catch (ProcedureDefinitionException e) {
      int n = e.errors().size();
      problems.println(shown + ": invalid, " + n + (n == 1 ? " error" : " errors"));
      for (Problem problem : e.problems()) {
        problems.println("  " + printable(problem.toString()));
      }
    } catch (UncheckedIOException e) {
      err.println(shown + ": " + unreadable(e.getCause()));
    }
    return Optional.empty();
  }

  private static String unreadable(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    return "cannot be read ("
        + printable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
        + ")";
  }

  /**
   * Returns text from a file (or a file name) with its control characters (C0, DEL, C1, format and
   * separator characters) written as backslash-u escapes, so printing it cannot move the cursor,
   * recolour or reorder the terminal.
   */
  static String printable(String s) {
    return CONTROL
        .matcher(s)
        .replaceAll(m -> String.format(Locale.ROOT, "\\\\u%04X", (int) m.group().charAt(0)));
  }

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]");
}
