package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import java.util.List;
import java.util.Optional;

/**
 * One page of a dossier search, newest received first.
 *
 * @param items the dossiers of the page
 * @param next where the next page starts; empty when this page is the last
 */
public record DossierPage(List<Dossier> items, Optional<DossierCursor> next) {
  /**
   * Validates and copies.
   *
   * @param items the dossiers
   * @param next the cursor of the next page, if any
   */
  public DossierPage {
    items = List.copyOf(items);
    requireNonNull(next, "next");
  }
}
