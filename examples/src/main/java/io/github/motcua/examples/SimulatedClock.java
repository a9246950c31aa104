package io.github.motcua.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The demo's fake clock: it shows the simulated instant and only moves forward, by hand. */
final class SimulatedClock extends Clock {
  private Instant now;
  private final ZoneId zone;

  SimulatedClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** Moves the clock forward to an instant; moving it back is a bug of the simulation. */
  void moveTo(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalStateException("the simulated clock cannot go back from " + now);
    }
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new SimulatedClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
