package io.github.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeLimitTest {
  @Test
  void parsesWhatToStringWrites() {
    for (TimeLimit t :
        new TimeLimit[] {
          TimeLimit.workingDays(15),
          TimeLimit.workingDays("0.5"),
          TimeLimit.workingHours(4),
          TimeLimit.calendarDays(30),
          TimeLimit.workingDays(1)
        }) {
      assertThat(TimeLimit.parse(t.toString())).isEqualTo(t);
    }
  }

  @Test
  void parsesVietnameseAndSingulars() {
    assertThat(TimeLimit.parse("15 ngày làm việc")).isEqualTo(TimeLimit.workingDays(15));
    assertThat(TimeLimit.parse(" 0,5  Ngày làm việc ")).isEqualTo(TimeLimit.workingDays("0.5"));
    assertThat(TimeLimit.parse("4 giờ làm việc")).isEqualTo(TimeLimit.workingHours(4));
    assertThat(TimeLimit.parse("30 ngày")).isEqualTo(TimeLimit.calendarDays(30));
    assertThat(TimeLimit.parse("1 working hour")).isEqualTo(TimeLimit.workingHours(1));
    assertThat(TimeLimit.parse("1 calendar day")).isEqualTo(TimeLimit.calendarDays(1));
  }

  @Test
  void refusesTextThatIsNotALimit() {
    assertThatThrownBy(() -> TimeLimit.parse("fifteen working days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("'fifteen' is not a number")
        .hasMessageContaining("write '15 working days'");
    assertThatThrownBy(() -> TimeLimit.parse("15"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("it has no unit");
    assertThatThrownBy(() -> TimeLimit.parse("-1 working days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> TimeLimit.parse("1.5 calendar days"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> TimeLimit.parse("2 weeks"))
        .isInstanceOf(InvalidTimeLimitException.class)
        .hasMessageContaining("'weeks' is not a unit");
  }
}
