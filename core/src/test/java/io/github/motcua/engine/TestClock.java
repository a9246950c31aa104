package io.github.motcua.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand. Never sleeps. */
final class TestClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  TestClock(Instant start) {
    this(start, ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void set(Instant instant) {
    now = instant;
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new TestClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
