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
package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A parallel block: several branches entered together (consulting several agencies at once) and
 * joined on all or on any. An action whose target is the block's id enters it: the first step of
 * every branch becomes active. Inside a branch, an action whose target is {@link Action#JOIN}
 * completes that branch. When the join condition holds, the dossier moves to {@code next}; in
 * {@link Join#ANY} mode the branches still active are cancelled.
 *
 * @param id the block id, unique among steps and parallel blocks
 * @param name a readable name
 * @param branches the branches, at least two
 * @param join when the block is done
 * @param next the step (or block) the dossier moves to after the join
 */
public record ParallelBlock(String id, String name, List<Branch> branches, Join join, String next) {
  /** When a parallel block is done. */
  public enum Join {
    /** When every branch has completed. */
    ALL,
    /** When any one branch has completed. */
    ANY
  }

  /**
   * A branch of a parallel block: a sequence of steps, often at another agency.
   *
   * @param id the branch id, unique within the block
   * @param steps the step ids, the first one entered when the block is entered
   */
  public record Branch(String id, List<String> steps) {
    /**
     * Validates and copies.
     *
     * @param id the branch id
     * @param steps the step ids
     */
    public Branch {
      requireNonNull(id, "id");
      steps = List.copyOf(steps);
    }
  }

  /**
   * Validates and copies.
   *
   * @param id the block id
   * @param name a readable name
   * @param branches the branches
   * @param join the join policy
   * @param next the step after the join
   */
  public ParallelBlock {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    branches = List.copyOf(branches);
    requireNonNull(join, "join");
    requireNonNull(next, "next");
  }
}
