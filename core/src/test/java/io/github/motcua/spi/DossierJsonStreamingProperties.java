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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.spi.contract.StoreFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of {@link DossierJson} takes every document it writes, in any key order,
 * without handing it to the tree reader; its instants and dates are those of {@link Instant} and
 * {@link LocalDate}, for the texts they write and for any other text.
 */
class DossierJsonStreamingProperties {
  private static final String NEAR = "0123456789-:.TZtz+ 5";

  @Property(tries = 1000)
  void everyWrittenDocumentIsStreamedInAnyKeyOrder(@ForAll long seed) {
    RandomDossiers g = new RandomDossiers(seed);
    Random r = new Random(seed);
    Dossier d = g.dossier();
    for (String json : JsonVariants.of(DossierJson.write(d), r)) {
      assertThat(DossierJson.streamedDossier(json)).as(json).isEqualTo(d);
    }
    DossierEvent e = g.event();
    for (String json : JsonVariants.of(DossierJson.write(e), r)) {
      assertThat(DossierJson.streamedEvent(json)).as(json).isEqualTo(e);
    }
  }

  @Test
  void aTextWithALoneSurrogateOrLeadingSpaceIsStreamedToo() {
    Dossier d =
        StoreFixtures.dossier(
            "lone-\uD800-" + "\uDC00x", StoreFixtures.step("s1", "desk", "o", null));
    String json = DossierJson.write(d);
    assertThat(DossierJson.streamedDossier(json)).isEqualTo(d);
    assertThat(DossierJson.streamedDossier(" \n" + json)).isEqualTo(d);
  }

  @Property(tries = 3000)
  void instantsAreWrittenAndReadAsInstantDoes(@ForAll long seed) {
    Instant t = new RandomDossiers(seed).instant();
    assertThat(DossierJson.instantText(t)).isEqualTo(t.toString());
    assertThat(DossierJson.instant(t.toString())).isEqualTo(t);
    String near = near(t.toString(), new Random(seed));
    assertThat(outcome(() -> DossierJson.instant(near)))
        .as(near)
        .isEqualTo(outcome(() -> Instant.parse(near)));
  }

  @Property(tries = 3000)
  void datesAreReadAsLocalDateDoes(@ForAll long seed) {
    Random r = new Random(seed);
    LocalDate d = LocalDate.ofEpochDay(r.nextInt(8_000_000) - 4_000_000);
    assertThat(DossierJson.date(d.toString())).isEqualTo(d);
    String near = near(d.toString(), r);
    assertThat(outcome(() -> DossierJson.date(near)))
        .as(near)
        .isEqualTo(outcome(() -> LocalDate.parse(near)));
  }

  @Test
  void edgesOfTheCalendarAreReadAsInstantDoes() {
    for (String s :
        new String[] {
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z",
          "2024-02-29T12:00:00Z",
          "2023-02-29T12:00:00Z",
          "2026-04-31T00:00:00Z",
          "2026-03-02T24:00:00Z",
          "2026-03-02T23:59:60Z",
          "2026-03-02T23:60:00Z",
          "2026-03-02T02:00:00.Z",
          "2026-03-02T02:00:00.1234567890Z",
          "2026-03-02T02:00:00+07:00",
          "2026-03-02T02:00Z",
          "2026-03-02t02:00:00z",
          "+2026-03-02T02:00:00Z",
          "-2026-03-02T02:00:00Z",
          "２０２６-03-02T02:00:00Z",
        }) {
      assertThat(outcome(() -> DossierJson.instant(s)))
          .as(s)
          .isEqualTo(outcome(() -> Instant.parse(s)));
    }
  }

  /** The text with one character replaced, removed or added. */
  private static String near(String s, Random r) {
    int at = r.nextInt(s.length());
    char c = NEAR.charAt(r.nextInt(NEAR.length()));
    return switch (r.nextInt(4)) {
      case 0 -> s.substring(0, at) + c + s.substring(at + 1);
      case 1 -> s.substring(0, at) + s.substring(at + 1);
      case 2 -> s.substring(0, at) + c + s.substring(at);
      default -> s;
    };
  }

  private static Object outcome(Supplier<?> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
