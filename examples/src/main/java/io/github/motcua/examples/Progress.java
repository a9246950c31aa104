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
import java.util.Locale;

/**
 * Tells the user on standard error what the demo is doing. On a terminal ({@code System.console()
 * != null} and the stream is the process's standard error) a bar redrawn in place with the share
 * done; otherwise one plain line per phase, so that logs and pipes get no carriage returns.
 */
final class Progress {
  private static final int BAR = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private String phase = "";
  private boolean active;
  private int shown = -1;

  private Progress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Progress on a stream: a bar when it is the standard error of a terminal, else phase lines. */
  static Progress on(PrintStream err) {
    return new Progress(err, System.console() != null && err == System.err);
  }

  /** Starts a phase: ends the bar of the previous one, prints the phase's line. */
  void phase(String text) {
    end();
    phase = text;
    shown = -1;
    if (!terminal) {
      err.println("demo: " + text);
    } else {
      active = true;
      err.print("\r\033[Kdemo: " + text);
      err.flush();
    }
  }

  /**
   * Reports the share of the phase done (0 to 1) with a note (the simulated day); redrawn on a
   * terminal when the percentage changes, ignored otherwise.
   */
  void done(double share, String note) {
    if (!active) {
      return;
    }
    int percent = (int) Math.floor(Math.max(0, Math.min(1, share)) * 100);
    if (percent != shown) {
      draw(percent, note);
    }
  }

  /**
   * Ends the last phase and says how long the run took: wall-clock time, and the CPU time of the
   * thread that ran it (the simulation is single-threaded; other helpers' load does not count).
   */
  void finish() {
    end();
    double wall = (System.nanoTime() - startNanos) / 1e9;
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    String cpu =
        threads.isCurrentThreadCpuTimeSupported()
            ? String.format(Locale.ROOT, ", %.1f s of CPU", threads.getCurrentThreadCpuTime() / 1e9)
            : "";
    err.println(String.format(Locale.ROOT, "demo: done in %.1f s%s", wall, cpu));
  }

  /**
   * Ends the current phase's line (on a terminal) with a line break, before anything else is
   * printed on the terminal.
   */
  void end() {
    if (active) {
      err.print("\r\033[K");
      err.println("demo: " + phase + ": done");
      active = false;
      shown = -1;
    }
  }

  private void draw(int percent, String note) {
    shown = percent;
    int filled = percent * BAR / 100;
    err.print(
        "\r\033[K"
            + String.format(
                Locale.ROOT,
                "demo: %s [%s%s] %3d%% %s",
                phase,
                "#".repeat(filled),
                " ".repeat(BAR - filled),
                percent,
                note));
    err.flush();
  }
}
