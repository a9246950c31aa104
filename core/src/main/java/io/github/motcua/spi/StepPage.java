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
}
