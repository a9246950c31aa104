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
package io.github.motcua.testing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} a test sets and advances by hand; it never moves on its own. Inject it where the
 * engine takes a clock, then {@link #set(Instant)} or {@link #advance(Duration)} it between
 * commands:
 *
 * <pre>{@code
 * SettableClock clock = SettableClock.at(Instant.parse("2026-03-02T02:00:00Z"));
 * DossierEngine engine = DossierEngine.builder().clock(clock)...build();
 * engine.submit(...);              // received at 09:00 in Vietnam
 * clock.advance(Duration.ofDays(3));
 * engine.fireDueTimers(clock.instant());
 * }</pre>
 *
 * <p>Thread-safe: the instant is held atomically, so an engine or timer thread reading the clock
 * sees every {@code set} and {@code advance} at once, and concurrent advances add up. A clock
 * returned by {@link #withZone(ZoneId)} shares the instant: setting either one moves both; only the
 * zone differs. Two settable clocks are {@linkplain #equals(Object) equal} when they share the
 * instant and have the same zone.
 */
public final class SettableClock extends Clock {
  /** The zone {@link #at(Instant)} uses: Vietnam's, the engine's default. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Returns a clock standing at an instant, in the zone {@code Asia/Ho_Chi_Minh}.
   *
   * @param start the instant the clock shows until it is set or advanced
   * @return a new clock
   * @throws NullPointerException if {@code start} is null
   */
  public static SettableClock at(Instant start) {
    return at(start, VIETNAM);
  }

  /**
   * Returns a clock standing at an instant, in a zone.
   *
   * @param start the instant the clock shows until it is set or advanced
   * @param zone the zone {@link #getZone()} returns
   * @return a new clock
   * @throws NullPointerException if an argument is null
   */
  public static SettableClock at(Instant start, ZoneId zone) {
    return new SettableClock(
        new AtomicReference<>(requireNonNull(start, "start")), requireNonNull(zone, "zone"));
  }

  /**
   * Sets the clock to an instant, forwards or backwards.
   *
   * @param instant the instant the clock shows from now on
   * @throws NullPointerException if {@code instant} is null
   */
  public void set(Instant instant) {
    now.set(requireNonNull(instant, "instant"));
  }

  /**
   * Moves the clock forward by a duration, atomically: two threads advancing by one hour each move
   * it by two hours.
   *
   * @param duration how far to move, zero or positive
   * @return the instant the clock shows after the move
   * @throws IllegalArgumentException if the duration is negative (use {@link #set(Instant)} to go
   *     back)
   * @throws java.time.DateTimeException if the result is beyond {@link Instant#MAX}
   * @throws NullPointerException if {@code duration} is null
   */
  public Instant advance(Duration duration) {
    requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "a settable clock advances by zero or more; got "
              + duration
              + " (use set(Instant) to go back)");
    }
    return now.updateAndGet(t -> t.plus(duration));
  }

  /**
   * Returns the zone.
   *
   * @return the zone given when the clock was made
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock in another zone that shares this clock's instant: setting or advancing either
   * one moves both.
   *
   * @param zone the zone of the returned clock
   * @return a settable clock in that zone
   * @throws NullPointerException if {@code zone} is null
   */
  @Override
  public SettableClock withZone(ZoneId zone) {
    requireNonNull(zone, "zone");
    return zone.equals(this.zone) ? this : new SettableClock(now, zone);
  }

  /**
   * Returns the instant the clock was last set or advanced to.
   *
   * @return the current instant
   */
  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Returns the current instant in milliseconds since the epoch.
   *
   * @return the milliseconds
   */
  @Override
  public long millis() {
    return now.get().toEpochMilli();
  }

  /**
   * Returns whether another object is a settable clock sharing this clock's instant, in the same
   * zone.
   *
   * @param o the other object
   * @return whether they are the same clock
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SettableClock c && c.now == now && c.zone.equals(zone);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return System.identityHashCode(now) * 31 + zone.hashCode();
  }

  /**
   * Describes the clock, for test failure messages.
   *
   * @return such as {@code SettableClock[2026-03-02T02:00:00Z, Asia/Ho_Chi_Minh]}
   */
  @Override
  public String toString() {
    return "SettableClock[" + now.get() + ", " + zone + "]";
  }
}
