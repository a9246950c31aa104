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
