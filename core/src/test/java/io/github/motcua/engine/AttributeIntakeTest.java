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
package io.github.motcua.engine;

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attribute values at intake: numbers out of bounds, and the shape of the refusal. */
class AttributeIntakeTest {
  private static final String NUMBER_ALLOWED =
      "must be a NUMBER: a number with at most 18 digits before the decimal point and 9 after it";

  private final DossierEngine engine =
      DossierEngine.builder()
          .store(new InMemoryDossierStore())
          .catalog(ProcedureCatalog.of(land(), permit()))
          .agencies(directory())
          .clock(SettableClock.at(at(3, 2, 9, 0)))
          .build();

  private InvalidAttributeException refused(String attribute, Object value) {
    return assertThrows(
        InvalidAttributeException.class,
        () -> engine.submit(landSubmission("a").attribute(attribute, value).build()));
  }

  private static Map<String, Object> json(ObjectMapper mapper, String json) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = mapper.readValue(json, Map.class);
    return m;
  }

  @Test
  void numbersWithHugeExponentsAreRefusedAsInvalidAttributesAtOnce() {
    List<Object> values =
        List.of(
            "1e999999999",
            "1e100000000",
            "-1e100000000",
            "1e-100000000",
            "1e9999999999",
            new BigDecimal("1e999999999"),
            new BigDecimal("1e100000000"),
            BigInteger.TEN.pow(100_000),
            Double.MAX_VALUE,
            Double.POSITIVE_INFINITY,
            Double.NaN,
            Long.MAX_VALUE,
            "9".repeat(100_000));
    List<InvalidAttributeException> refusals = new ArrayList<>();
    assertTimeout(
        Duration.ofSeconds(2),
        () -> {
          for (Object v : values) {
            refusals.add(refused("area", v));
          }
        });
    assertThat(refusals).hasSameSizeAs(values).doesNotContainNull();
    for (InvalidAttributeException e : refusals) {
      assertThat(e.attribute()).isEqualTo("area");
      assertThat(e.getMessage()).startsWith("attribute 'area' of procedure 1.000046 v1 ");
      assertThat(e.getMessage()).contains(NUMBER_ALLOWED).contains("; the value given ");
    }
    assertThat(refusals.get(0).getMessage())
        .endsWith("; the value given has more than 18 digits before the decimal point");
    assertThat(refusals.get(3).getMessage())
        .endsWith("; the value given has more than 9 digits after the decimal point");
    assertThat(refusals.get(12).getMessage())
        .endsWith("; the value given is text longer than 64 characters")
        .hasSizeLessThan(400);
  }

  @Test
  void jsonNumbersAreBoundedWhicheverTypeJacksonChose() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper decimals =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (ObjectMapper m : List.of(plain, decimals)) {
      for (String json :
          List.of(
              "{\"area\": 1e999999999}",
              "{\"area\": 1e100000000}",
              "{\"area\": 123456789012345678901234567890}",
              "{\"area\": \"1e100000000\"}")) {
        Map<String, Object> attributes = json(m, json);
        InvalidAttributeException e =
            assertTimeout(
                Duration.ofSeconds(1),
                () ->
                    assertThrows(
                        InvalidAttributeException.class,
                        () -> engine.submit(landSubmission("a").attributes(attributes).build())));
        assertThat(e).as(json).isNotNull();
        assertThat(e.attribute()).isEqualTo("area");
      }
      Map<String, Object> fine = json(m, "{\"area\": 120.50, \"urban\": true}");
      assertThat(engine.submit(landSubmission("a").attributes(fine).build()).dossier().attributes())
          .containsEntry("area", new BigDecimal("120.5"));
    }
  }

  @Test
  void numbersWithinTheBoundsAreKeptNormalised() {
    assertThat(submittedArea("1250.50")).isEqualTo(new BigDecimal("1250.5"));
    assertThat(submittedArea("1E+3")).isEqualTo(new BigDecimal("1000"));
    assertThat(submittedArea(0.1)).isEqualTo(new BigDecimal("0.1"));
    assertThat(submittedArea(0.1f)).isEqualTo(new BigDecimal("0.1"));
    assertThat(submittedArea(999_999_999_999_999_999L))
        .isEqualTo(new BigDecimal("999999999999999999"));
    assertThat(submittedArea(new BigDecimal("0.123456789")))
        .isEqualTo(new BigDecimal("0.123456789"));
  }

  private Object submittedArea(Object value) {
    return engine
        .submit(landSubmission("a").attribute("area", value).build())
        .dossier()
        .attributes()
        .get("area");
  }

  @Test
  void aRefusalAtIntakeNamesTheProcedureAndHasNoDossier() {
    InvalidAttributeException undeclared = refused("colour", "red");
    InvalidAttributeException mistyped = refused("urban", 1);
    InvalidAttributeException badDate = refused("since", "01/05/2020");
    InvalidAttributeException missing =
        assertThrows(
            InvalidAttributeException.class,
            () ->
                engine.submit(
                    SubmitCommand.builder(LAND, "a")
                        .receivedBy(OFFICER)
                        .bind("desk", DESK)
                        .bind("ward", WARD)
                        .bind("tax", TAX)
                        .build()));
    for (InvalidAttributeException e : List.of(undeclared, mistyped, badDate, missing)) {
      assertThat(e.dossierId()).isEmpty();
      assertThat(e.procedureCode()).isEqualTo(LAND);
      assertThat(e.procedureVersion()).isEqualTo(1);
    }
    assertThat(mistyped)
        .hasMessage(
            "attribute 'urban' of procedure 1.000046 v1 must be a BOOLEAN (true or false);"
                + " the value given is a Integer");
    assertThat(badDate)
        .hasMessage(
            "attribute 'since' of procedure 1.000046 v1 must be a DATE (a LocalDate or ISO text"
                + " such as 2026-03-02); the value given is text that is not an ISO date");
    assertThat(refused("area", "big"))
        .hasMessage(
            "attribute 'area' of procedure 1.000046 v1 "
                + NUMBER_ALLOWED
                + " (a Java Number, or text such as 1250.5 of at most 64 characters);"
                + " the value given is text that is not a number");
  }
}
