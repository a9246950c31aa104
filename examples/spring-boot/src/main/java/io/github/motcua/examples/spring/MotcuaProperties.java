package io.github.motcua.examples.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The example's settings, under {@code motcua.*} in {@code application.properties}.
 *
 * @param timers the timer runner's settings
 * @param demoDossiers how many dossiers to submit at start-up so that the worklists are not empty
 *     (0 for none)
 */
@ConfigurationProperties("motcua")
public record MotcuaProperties(@DefaultValue Timers timers, @DefaultValue("0") int demoDossiers) {

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
