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
package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineCommandTest {
  private final CommandLine cli = new CommandLine();

  @Test
  void printsTheDueDateAndWhyInEnglish() {
    int code =
        cli.run(
            "deadline",
            "--received",
            "2026-04-24T16:10",
            "--limit",
            "15 working days",
            "--cutoff",
            "15:00");
    assertThat(code).isZero();
    assertThat(cli.out())
        .startsWith(
            "15 working days from 07:30 on 28 April 2026, skipping 27 April, 30 April and 1 May:"
                + " due 17:00 on 20 May 2026\n")
        .contains(
            "Received after the 15:00 cut-off: counting starts at 07:30 on Tuesday 28 April 2026.")
        .contains("Monday 27 April 2026 (")
        .contains("and 8 weekly rest days.")
        .contains("Due at 17:00 on Wednesday 20 May 2026.");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void printsInVietnamese() {
    int code =
        cli.run(
            "deadline",
            "--received=2026-04-24T16:10",
            "--limit=15 ngày làm việc",
            "--cutoff=15:00",
            "--lang=vi");
    assertThat(code).isZero();
    assertThat(cli.out())
        .startsWith(
            "15 ngày làm việc từ 07:30 ngày 28/4/2026, không tính 27/4, 30/4 và 1/5: hạn 17:00 ngày"
                + " 20/5/2026\n")
        .contains("Tiếp nhận sau 15:00 nên thời hạn được tính từ 07:30 thứ Ba, ngày 28/4/2026.")
        .contains("Hạn giải quyết: 17:00 thứ Tư, ngày 20/5/2026.");
  }

  @Test
  void endOfDayAndCalendarDaysRules() {
    assertThat(
            cli.run(
                "deadline",
                "--received",
                "2026-03-09T16:00",
                "--limit",
                "0 working days",
                "--rule",
                "end-of-day",
                "--cutoff",
                "15:00"))
        .isZero();
    assertThat(cli.out()).contains("Due at 17:00 on Tuesday 10 March 2026.");
    cli.reset();
    assertThat(
            cli.run(
                "deadline",
                "--received",
                "2026-03-13T09:00",
                "--limit",
                "1 calendar day",
                "--rule",
                "calendar-days"))
        .isZero();
    assertThat(cli.out())
        .contains("Saturday 14 March 2026, is not a working day")
        .contains("Due at 17:00 on Monday 16 March 2026.");
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhatIsAllowed() {
    assertThat(cli.run("deadline", "--limit", "15 working days")).isEqualTo(2);
    assertThat(cli.err()).contains("--received is required").contains("usage: deadline");
    cli.reset();
    assertThat(cli.run("deadline", "--received", "24/4/2026", "--limit", "15 working days"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("is not a date and time; write 2026-04-24T16:10");
    cli.reset();
    assertThat(cli.run("deadline", "--received", "2026-04-24T16:10", "--limit", "15 weeks"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("'weeks' is not a unit").contains("'15 working days'");
    cli.reset();
    assertThat(
            cli.run(
                "deadline",
                "--received",
                "2026-04-24T16:10",
                "--limit",
                "15 working days",
                "--rule",
                "fast"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("allowed: working-time, end-of-day, calendar-days");
    cli.reset();
    assertThat(
            cli.run(
                "deadline",
                "--received",
                "2026-04-24T16:10",
                "--limit",
                "15 working days",
                "--rule",
                "calendar-days"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("cannot be counted by the calendar-days rule");
    cli.reset();
    assertThat(
            cli.run(
                "deadline",
                "--received",
                "2026-04-24T16:10",
                "--limit",
                "1 working day",
                "--lang",
                "fr"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("allowed: vi, en");
    cli.reset();
    assertThat(cli.run("deadline", "--when", "now")).isEqualTo(2);
    assertThat(cli.err()).contains("unknown argument '--when'");
    assertThat(cli.out()).isEmpty();
  }
}
