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
package io.github.motcua.benchmarks.persistence;

import java.util.Arrays;

/**
 * Nearest-rank percentiles and the mean of a sample of durations in nanoseconds, as milliseconds.
 */
public record Percentiles(double p50, double p99, double mean, int count) {
  /**
   * Summarises a sample.
   *
   * @param nanos the durations in nanoseconds (not modified)
   * @return the summary, in milliseconds
   * @throws IllegalArgumentException if the sample is empty
   */
  public static Percentiles of(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("an empty sample has no percentiles");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Percentiles(
        rank(sorted, 0.50) / 1e6,
        rank(sorted, 0.99) / 1e6,
        sum / sorted.length / 1e6,
        sorted.length);
  }

  private static long rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
