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
package io.github.motcua.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {
  private final AgencyDirectory dir =
      AgencyDirectory.builder()
          .add(Agency.root("dn", "Đà Nẵng", "province"))
          .add(Agency.under("dn", "hc", "Hải Châu", "district"))
          .add(Agency.under("hc", "tp", "Thuận Phước", "ward"))
          .add(Agency.under("hc", "hc-land", "Hải Châu land office", "land-office"))
          .build();

  @Test
  void nearestAncestorOfAKindIsTheDistrictAboveTheWard() {
    assertThat(dir.nearestAncestorOfKind("tp", "district").id()).isEqualTo("hc");
    assertThat(dir.nearestAncestorOfKind("tp", "province").id()).isEqualTo("dn");
    assertThat(dir.ancestors("tp")).extracting(Agency::id).containsExactly("hc", "dn");
  }

  @Test
  void missingAncestorOrAgencyIsATypedErrorNamingIt() {
    assertThatThrownBy(() -> dir.nearestAncestorOfKind("tp", "ministry"))
        .isInstanceOf(UnknownAgencyException.class)
        .hasMessageContaining("'tp'")
        .hasMessageContaining("'ministry'");
    assertThatThrownBy(() -> dir.get("nowhere"))
        .isInstanceOfSatisfying(
            UnknownAgencyException.class, e -> assertThat(e.agencyId()).isEqualTo("nowhere"));
  }

  @Test
  void unknownParentsAndCyclesAreRefusedAtBuild() {
    assertThatThrownBy(
            () -> AgencyDirectory.builder().add(Agency.under("x", "a", "A", "ward")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(
            () ->
                AgencyDirectory.builder()
                    .add(Agency.under("b", "a", "A", "ward"))
                    .add(Agency.under("a", "b", "B", "district"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cycle");
    assertThatThrownBy(
            () ->
                AgencyDirectory.builder()
                    .add(Agency.root("a", "A", "ward"))
                    .add(Agency.root("a", "A2", "ward")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actorHoldsItsRoles() {
    Actor a = Actor.of("u1", "tp", "one-stop-officer", "specialist");
    assertThat(a.hasRole("specialist")).isTrue();
    assertThat(a.hasRole("leader")).isFalse();
  }
}
