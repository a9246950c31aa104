package io.github.motcua.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the examples' command line as {@code java -jar} would, keeping what it prints. */
final class CommandLine {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs a command; returns its exit code. */
  int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** What every run so far printed to standard output. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what was printed so far, so the next assertions see only the next run. */
  void reset() {
    out.reset();
    err.reset();
  }

  /** What every run so far printed to standard error. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
