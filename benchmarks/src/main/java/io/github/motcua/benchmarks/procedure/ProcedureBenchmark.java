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
package io.github.motcua.benchmarks.procedure;

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.procedure.ProcedureVerifier;
import io.github.motcua.procedure.Verification;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a procedure from YAML (parse, map, full validation including the budget check over every
 * path) and verifying every path of a procedure with ten bounded loops.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ProcedureBenchmark -wi 3 -i 5 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProcedureBenchmark {
  /** Steps of the generated chain. */
  @Param({"200"})
  public int steps;

  /** The bound of each of the ten loops: 2^10 or 3^10 paths. */
  @Param({"1", "2"})
  public int rounds;

  private String yaml;
  private Procedure loops;

  /** Generates the inputs once. */
  @Setup
  public void setUp() {
    yaml = GeneratedProcedures.chainYaml(steps);
    loops = GeneratedProcedures.tenLoops(rounds);
  }

  /**
   * Reads and validates the generated chain.
   *
   * @return the procedure
   */
  @Benchmark
  public Procedure loadAndValidateYaml() {
    return ProcedureFormat.yaml().read(yaml, "generated.yaml");
  }

  /**
   * Walks every path of the ten-loop procedure.
   *
   * @return the verification
   */
  @Benchmark
  public Verification verifyTenBoundedLoops() {
    return ProcedureVerifier.create().verify(loops);
  }
}
