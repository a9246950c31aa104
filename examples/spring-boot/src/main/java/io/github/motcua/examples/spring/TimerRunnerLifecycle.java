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
