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
