package io.github.motcua.benchmarks.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the benchmark sets before each command; one thread only. */
final class SettableClock extends Clock {
  private Instant now;
  private final ZoneId zone;

  SettableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new SettableClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
