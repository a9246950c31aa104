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
package io.github.motcua.spi;

import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.CompetenceChange;
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random snapshots and events of every shape the JSON format knows: each optional field present or
 * absent, attributes of every type, clocks paused, resumed, extended, restarted and stopped,
 * several active steps in branches, documents, competence changes and an undo point with its
 * earlier snapshot; texts with quotes, escapes, controls and non-Latin letters; instants from the
 * year 1 to the far future with every precision of nanoseconds.
 */
public final class RandomDossiers {
  private static final String[] TEXTS = {
    "",
    "a",
    "hc",
    "u-officer",
    "Sở TN&MT Huế",
    "map \"missing\" — bản đồ",
    "back\\slash / slash",
    "tab\tnew\nline\rcr",
    "\u0000\u0001\u001f\u007f",
    "\u2028\u2029",
    "emoji 😀 𝄞",
    "<script>&amp;</script>",
    "1.000046",
    "true",
    "null",
    "{\"not\":\"json\"}",
  };

  private final Random r;

  /**
   * Starts a sequence.
   *
   * @param seed the seed: the same seed gives the same values
   */
  public RandomDossiers(long seed) {
    this.r = new Random(seed);
  }

  /**
   * Returns a text.
   *
   * @return it
   */
  public String text() {
    if (r.nextInt(4) == 0) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append((char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000)));
      }
      // no lone surrogates: they do not survive every store
      return b.toString().replaceAll("[\\uD800-\\uDFFF]", "?");
    }
    return TEXTS[r.nextInt(TEXTS.length)];
  }

  /**
   * Returns a text with a letter.
   *
   * @return it
   */
  public String nonBlank() {
    String t = text();
    return t.isBlank() ? "x" + t : t;
  }

  private String shortText() {
    String t = nonBlank();
    return t.length() > 50 ? t.substring(0, 50) : t;
  }

  /**
   * Returns an instant.
   *
   * @return it
   */
  public Instant instant() {
    long seconds =
        switch (r.nextInt(10)) {
          case 0 -> Instant.MIN.getEpochSecond() + r.nextInt(1000);
          case 1 -> Instant.MAX.getEpochSecond() - r.nextInt(1000);
          case 2 -> -62_135_596_800L + r.nextInt(1_000_000_000); // from the year 1
          case 3 -> 253_402_300_799L - r.nextInt(1_000_000_000); // to the year 9999
          case 4 -> 253_402_300_800L + r.nextInt(1_000_000_000); // past 9999
          case 5 -> -62_167_219_200L - r.nextInt(1_000_000_000); // before the year 0
          default -> 1_700_000_000L + r.nextInt(200_000_000);
        };
    int nanos =
        switch (r.nextInt(5)) {
          case 0 -> r.nextInt(1000) * 1_000_000;
          case 1 -> r.nextInt(1_000_000) * 1000;
          case 2 -> r.nextInt(1_000_000_000);
          default -> 0;
        };
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** Instants that follow each other, for clock ledgers. */
  private Instant later(Instant t) {
    if (t.getEpochSecond() > Instant.MAX.getEpochSecond() - 200_000) {
      return t;
    }
    return t.plusSeconds(r.nextInt(100_000)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1000));
  }

  private Optional<Instant> optInstant() {
    return r.nextBoolean() ? Optional.of(instant()) : Optional.empty();
  }

  private Optional<String> optText() {
    return r.nextBoolean() ? Optional.of(text()) : Optional.empty();
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  /**
   * Returns a decimal of any scale.
   *
   * @return it
   */
  public BigDecimal decimal() {
    return new BigDecimal(BigInteger.valueOf(r.nextLong() >> r.nextInt(64)), r.nextInt(30) - 10);
  }

  /**
   * Returns an attribute value of any type.
   *
   * @return it
   */
  public Object attribute() {
    return switch (r.nextInt(4)) {
      case 0 -> text();
      case 1 -> decimal();
      case 2 -> r.nextBoolean();
      default -> LocalDate.ofEpochDay(r.nextInt(8_000_000) - 4_000_000);
    };
  }

  private TimeLimit limit(boolean forExtension) {
    TimeLimit.Unit unit =
        forExtension
            ? (r.nextBoolean() ? TimeLimit.Unit.WORKING_DAYS : TimeLimit.Unit.WORKING_HOURS)
            : pick(TimeLimit.Unit.class);
    BigDecimal amount =
        unit == TimeLimit.Unit.CALENDAR_DAYS || r.nextBoolean()
            ? BigDecimal.valueOf(1 + r.nextInt(60))
            : new BigDecimal(BigInteger.valueOf(1 + r.nextInt(100_000)), r.nextInt(5));
    return new TimeLimit(amount, unit);
  }

  /**
   * Returns a clock started at an instant, with a ledger.
   *
   * @param from when it starts
   * @return it
   */
  public DeadlineClock clock(Instant from) {
    DeadlineClock c;
    try {
      CountingRule rule = pick(CountingRule.class);
      CountingPolicy policy =
          r.nextBoolean()
              ? CountingPolicy.of(rule)
              : CountingPolicy.of(rule, LocalTime.ofNanoOfDay(r.nextLong(86_400_000_000_000L)));
      c = DeadlineClock.start(limit(false), policy, from, text());
    } catch (RuntimeException e) {
      c =
          DeadlineClock.start(
              TimeLimit.workingDays(3), CountingPolicy.of(CountingRule.WORKING_TIME), from, "u");
    }
    Instant t = from;
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      t = later(t);
      try {
        c =
            switch (r.nextInt(5)) {
              case 0 -> c.pause(t, nonBlank(), text());
              case 1 -> c.resume(t, text());
              case 2 -> c.extend(limit(true), t, nonBlank(), text());
              case 3 -> c.restart(t, text());
              default -> c.stop(t, text());
            };
      } catch (RuntimeException e) {
        // not allowed in this state: try another
      }
    }
    return c;
  }

  /**
   * Returns an active step.
   *
   * @return it
   */
  public StepInstance step() {
    Instant entered = instant();
    return new StepInstance(
        shortText(),
        shortText(),
        optText(),
        optText(),
        text(),
        text(),
        optText(),
        entered,
        clock(entered),
        optInstant(),
        optInstant(),
        r.nextBoolean(),
        r.nextBoolean());
  }

  /**
   * Returns a snapshot, with an undo point or not.
   *
   * @return it
   */
  public Dossier dossier() {
    return dossier(true);
  }

  private Dossier dossier(boolean mayUndo) {
    Instant received = instant();
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      attributes.put(text(), attribute());
    }
    Map<String, String> bindings = new LinkedHashMap<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      bindings.put(text(), text());
    }
    List<StepInstance> steps = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      steps.add(step());
    }
    Map<String, List<String>> joined = new LinkedHashMap<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      List<String> branches = new ArrayList<>();
      for (int j = r.nextInt(4); j > 0; j--) {
        branches.add(text());
      }
      joined.put(text(), branches);
    }
    Map<String, Integer> rounds = new LinkedHashMap<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      rounds.put(text(), r.nextInt(5) == 0 ? r.nextInt() : r.nextInt(10));
    }
    List<DocumentRef> documents = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      documents.add(
          new DocumentRef(
              shortText(),
              shortText(),
              shortText(),
              r.nextBoolean()
                  ? Optional.empty()
                  : Optional.of(1 + (r.nextBoolean() ? r.nextInt(100) : r.nextLong(1L << 62)))));
    }
    List<CompetenceChange> changes = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      changes.add(new CompetenceChange(instant(), text(), text(), text()));
    }
    boolean finished = r.nextBoolean();
    Dossier.Builder b =
        Dossier.builder()
            .id(text())
            .number(text())
            .procedure(text(), r.nextInt(4) == 0 ? r.nextInt() : 1 + r.nextInt(5))
            .channel(pick(Channel.class))
            .applicantRef(text())
            .receivingAgencyId(text())
            .externalRef(optText())
            .attributes(attributes)
            .bindings(bindings)
            .receivedAt(received)
            .status(pick(DossierStatus.class))
            .version(r.nextBoolean() ? 1 + r.nextInt(50) : 1 + r.nextLong(Long.MAX_VALUE - 1))
            .clock(clock(received))
            .dueAt(optInstant())
            .activeSteps(steps)
            .joinedBranches(joined)
            .actionRounds(rounds)
            .supplementRounds(r.nextInt(4))
            .extensions(r.nextInt(4) == 0 ? Integer.MAX_VALUE : r.nextInt(3))
            .stepCounter(r.nextInt(20))
            .nextTimerAt(optInstant())
            .dueSoonMarked(r.nextBoolean())
            .overdueMarked(r.nextBoolean())
            .finished(
                finished ? Optional.of(instant()) : Optional.empty(),
                finished ? Optional.of(pick(Outcome.class)) : Optional.empty())
            .timeliness(r.nextBoolean() ? Optional.of(pick(Timeliness.class)) : Optional.empty())
            .documents(documents)
            .competenceChanges(changes);
    if (r.nextBoolean()) {
      b.competentAgencyId(text());
    }
    if (mayUndo && r.nextBoolean()) {
      b.undo(Optional.of(new UndoPoint(text(), text(), r.nextInt(100), dossier(false))));
    }
    return b.build();
  }

  /**
   * Returns an event.
   *
   * @return it
   */
  public DossierEvent event() {
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      details.put(text(), text());
    }
    return new DossierEvent(
        text(),
        r.nextBoolean() ? 1 + r.nextInt(100) : 1 + r.nextLong(Long.MAX_VALUE - 1),
        pick(EventType.class),
        instant(),
        optText(),
        optText(),
        optText(),
        optText(),
        optText(),
        optText(),
        optInstant(),
        optInstant(),
        details);
  }
}
