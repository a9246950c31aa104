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
package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One page of step instances, most urgent first.
 *
 * @param items the items of the page
 * @param next where the next page starts; empty when this page is the last
 */
public record StepPage(List<WorkItem> items, Optional<WorklistCursor> next) {
  /**
   * Validates and copies.
   *
   * @param items the items
   * @param next the cursor of the next page, if any
   */
  public StepPage {
    items = List.copyOf(items);
    requireNonNull(next, "next");
  }

  /**
   * The page of a keyset query that fetched one item more than its limit to learn whether another
   * page follows: the extra item is dropped and the cursor points after the last one kept.
   *
   * @param fetched up to {@code limit + 1} items, in page order
   * @param limit the page size
   * @return the page
   */
  public static StepPage ofOverfetched(List<WorkItem> fetched, int limit) {
    if (fetched.size() <= limit) {
      return new StepPage(fetched, Optional.empty());
    }
    List<WorkItem> kept = fetched.subList(0, limit);
    return new StepPage(kept, Optional.of(kept.get(limit - 1).cursor()));
  }
}
