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
package io.github.motcua.benchmarks.peers.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one peer run measured, raw: the samples travel from the peer's JVM to the benchmarks
 * module's as a small text file, one {@code name value} line each, arrays comma-separated.
 *
 * @param dossiers the measured dossiers of measure 1
 * @param checked the dossiers found ended with their five tasks in history afterwards
 * @param flowNanos the wall-clock time of measure 1's measured loop, starts included
 * @param startNanos the time of each start
 * @param transitionNanos the time of each transition (find + claim + complete), five per dossier
 * @param worklistNanos the time of each timed worklist query
 */
public record PeerSamples(
    int dossiers,
    int checked,
    long flowNanos,
    long[] startNanos,
    long[] transitionNanos,
    long[] worklistNanos) {

  /**
   * Writes the samples.
   *
   * @param file the file, replaced
   */
  public void write(Path file) {
    String text =
        "dossiers "
            + dossiers
            + "\nchecked "
            + checked
            + "\nflow-nanos "
            + flowNanos
            + "\nstart-nanos "
            + join(startNanos)
            + "\ntransition-nanos "
            + join(transitionNanos)
            + "\nworklist-nanos "
            + join(worklistNanos)
            + "\n";
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads samples written by {@link #write}.
   *
   * @param file the file
   * @return the samples
   * @throws IllegalArgumentException if a line is missing or malformed
   */
  public static PeerSamples read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> m = new HashMap<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space > 0) {
        m.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    try {
      return new PeerSamples(
          Integer.parseInt(field(m, "dossiers")),
          Integer.parseInt(field(m, "checked")),
          Long.parseLong(field(m, "flow-nanos")),
          split(field(m, "start-nanos")),
          split(field(m, "transition-nanos")),
          split(field(m, "worklist-nanos")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed peer samples in " + file, e);
    }
  }

  private static String field(Map<String, String> m, String name) {
    String v = m.get(name);
    if (v == null) {
      throw new IllegalArgumentException("peer samples lack the line '" + name + "'");
    }
    return v;
  }

  private static String join(long[] values) {
    return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
  }

  private static long[] split(String text) {
    return text.isEmpty()
        ? new long[0]
        : Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
