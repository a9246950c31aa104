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
package io.github.motcua.examples.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The example's settings, under {@code motcua.*} in {@code application.properties}.
 *
 * @param timers the timer runner's settings
 * @param store the store's settings
 * @param demoDossiers how many dossiers to submit at start-up so that the worklists are not empty
 *     (0 for none)
 */
@ConfigurationProperties("motcua")
public record MotcuaProperties(
    @DefaultValue Timers timers, @DefaultValue Store store, @DefaultValue("0") int demoDossiers) {

  /**
   * The store's settings ({@code motcua.store.*}).
   *
   * @param migrate whether the store migrates motcua's tables when the application starts (its own
   *     Flyway location and history table); false when a deployment step migrates them ({@code
   *     JdbcDossierStore.migrate(dataSource)}), and the store only checks the schema's version
   */
  public record Store(@DefaultValue("true") boolean migrate) {}

  /**
   * The timer runner's settings ({@code motcua.timers.*}).
   *
   * @param enabled whether the runner starts with the application
   * @param interval the pause between runs
   * @param batchSize how many due dossiers one claim takes
   * @param maxBatchesPerRun how many batches one run claims at most
   */
  public record Timers(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("30s") Duration interval,
      @DefaultValue("100") int batchSize,
      @DefaultValue("100") int maxBatchesPerRun) {}
}
