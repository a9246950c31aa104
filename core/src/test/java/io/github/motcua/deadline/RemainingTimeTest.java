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
package io.github.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RemainingTimeTest {
  static final Duration DAY = Duration.ofHours(8);
  static final Locale VI = Locale.forLanguageTag("vi");

  static RemainingTime of(Duration d) {
    return new RemainingTime(d, DAY);
  }

  @Test
  void daysAndHoursLeftOrOverdue() {
    RemainingTime left = of(Duration.ofHours(19));
    assertThat(left.days()).isEqualTo(2);
    assertThat(left.hours()).isEqualTo(3);
    assertThat(left.render(VI)).isEqualTo("còn 2 ngày 3 giờ");
    assertThat(left.render(Locale.ENGLISH)).isEqualTo("2 days 3 hours left");
    RemainingTime over = of(Duration.ofHours(-10));
    assertThat(over.isOverdue()).isTrue();
    assertThat(over.render(VI)).isEqualTo("quá 1 ngày 2 giờ");
    assertThat(over.toString()).isEqualTo("1 day 2 hours overdue");
  }

  @Test
  void wholeDaysAndWholeHoursAloneDropTheOtherPart() {
    assertThat(of(Duration.ofHours(16)).toString()).isEqualTo("2 days left");
    assertThat(of(Duration.ofHours(1)).render(VI)).isEqualTo("còn 1 giờ");
  }

  @Test
  void minutesAreDroppedFromOneHourAndShownBelowIt() {
    assertThat(of(Duration.ofMinutes(2 * 60 + 59)).toString()).isEqualTo("2 hours left");
    assertThat(of(Duration.ofMinutes(8 * 60 + 30)).toString()).isEqualTo("1 day left");
    assertThat(of(Duration.ofMinutes(40)).render(VI)).isEqualTo("còn 40 phút");
    assertThat(of(Duration.ofMinutes(-1)).toString()).isEqualTo("1 minute overdue");
  }

  @Test
  void underAMinuteIsDueNow() {
    assertThat(of(Duration.ZERO).toString()).isEqualTo("due now");
    assertThat(of(Duration.ofSeconds(-30)).render(VI)).isEqualTo("đến hạn");
  }

  @Test
  void theStandardDayMustBePositive() {
    assertThatThrownBy(() -> new RemainingTime(Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard day must be positive");
  }
}
