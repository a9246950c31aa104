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
  void writesOneInTheSingular() {
    assertThat(TimeLimit.workingDays(1)).hasToString("1 working day");
    assertThat(TimeLimit.workingHours(1)).hasToString("1 working hour");
    assertThat(TimeLimit.calendarDays(1)).hasToString("1 calendar day");
    assertThat(TimeLimit.workingDays("1.0")).hasToString("1 working day");
    assertThat(TimeLimit.workingDays("0.5")).hasToString("0.5 working days");
  }

  @Test
  void refusesAmountsThatAreNotPlainDecimals() {
    for (String text : new String[] {"1e3 working days", "+1 working day", ".5 working days"}) {
      assertThatThrownBy(() -> TimeLimit.parse(text))
          .as(text)
          .isInstanceOf(InvalidTimeLimitException.class)
          .hasMessageContaining("is not a number");
    }
  }

  @Test
  void aLongRefusedTextIsAbbreviatedInTheMessage() {
    String text = "x".repeat(500) + " working days";
    assertThatThrownBy(() -> TimeLimit.parse(text))
        .isInstanceOfSatisfying(
            InvalidTimeLimitException.class, e -> assertThat(e.text()).isEqualTo(text))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
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
