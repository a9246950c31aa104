package io.github.motcua.examples.spring;

import io.github.motcua.engine.TimerRunner;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the engine's {@link TimerRunner} when the application context has started and stops it
 * (letting the batch in flight finish) when the context closes, before the data source goes away.
 * Disabled with {@code motcua.timers.enabled=false}.
 */
final class TimerRunnerLifecycle implements SmartLifecycle {
  private final TimerRunner runner;
  private final boolean autoStartup;

  TimerRunnerLifecycle(TimerRunner runner, boolean autoStartup) {
    this.runner = runner;
    this.autoStartup = autoStartup;
  }

  /** The runner, for monitoring ({@link TimerRunner#lastRun()}). */
  TimerRunner runner() {
    return runner;
  }

  @Override
  public void start() {
    runner.start();
  }

  @Override
  public void stop() {
    runner.stop();
  }

  @Override
  public boolean isRunning() {
    return runner.isRunning();
  }

  @Override
  public boolean isAutoStartup() {
    return autoStartup;
  }
}
