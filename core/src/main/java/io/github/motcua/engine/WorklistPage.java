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
package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.spi.WorklistCursor;
import java.util.List;
import java.util.Optional;

/**
 * One page of a worklist, most urgent first.
 *
 * @param items the items
 * @param next where the next page starts (pass it back), empty on the last page
 */
public record WorklistPage(List<WorklistItem> items, Optional<WorklistCursor> next) {
  /**
   * Validates and copies.
   *
   * @param items the items
   * @param next the next cursor, if any
   */
  public WorklistPage {
    items = List.copyOf(items);
    requireNonNull(next, "next");
  }
}
