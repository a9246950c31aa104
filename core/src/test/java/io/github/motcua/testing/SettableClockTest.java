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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SettableClockTest {
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  @Test
  void standsStillUntilSetOrAdvanced() {
    SettableClock clock = SettableClock.at(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(clock.advance(Duration.ofHours(3))).isEqualTo(START.plusSeconds(3 * 3600));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(3 * 3600));
    clock.set(START.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(START.minusSeconds(60));
    assertThat(clock.advance(Duration.ZERO)).isEqualTo(START.minusSeconds(60));
  }

  @Test
  void advancingBackwardsIsRefused() {
    SettableClock clock = SettableClock.at(START);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use set(Instant) to go back");
    assertThat(clock.instant()).isEqualTo(START);
    assertThatThrownBy(() -> clock.set(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aClockInAnotherZoneSharesTheInstant() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    Clock vietnam = clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(vietnam.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    clock.advance(Duration.ofDays(1));
    assertThat(vietnam.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
    ((SettableClock) vietnam).set(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    assertThat(vietnam.withZone(ZoneOffset.UTC)).isEqualTo(clock).hasSameHashCodeAs(clock);
    assertThat(SettableClock.at(START, ZoneOffset.UTC)).isNotEqualTo(clock);
    assertThat(clock).hasToString("SettableClock[2026-03-02T02:00:00Z, Z]");
  }

  @Test
  void concurrentAdvancesAllCount() throws Exception {
    SettableClock clock = SettableClock.at(START);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10_000; i++) {
                    clock.advance(Duration.ofSeconds(1));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(40_000));
  }
}
