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
