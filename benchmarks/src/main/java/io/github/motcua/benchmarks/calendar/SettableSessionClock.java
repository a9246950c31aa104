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
package io.github.motcua.benchmarks.calendar;

import org.kie.api.time.SessionClock;

/**
 * A jBPM session clock set by the caller: {@code BusinessCalendarImpl} counts from the clock's
 * time, so a benchmark sets it to the start instant before each call. Not thread-safe: one per
 * thread, like the calculator reading it.
 */
final class SettableSessionClock implements SessionClock {
  private long millis;

  void set(long epochMillis) {
    this.millis = epochMillis;
  }

  @Override
  public long getCurrentTime() {
    return millis;
  }
}
