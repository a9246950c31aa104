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
