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

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The simulated city of the demo, modelled on Da Nang: a city People's Committee, three districts
 * with two wards each, a land registration office branch and a culture office per district, and one
 * tax sub-department; and the officers who act for them. Officers are opaque user ids ({@code
 * hc.specialist.1}), never names.
 */
final class City {
  /** The tax sub-department every land dossier of the city is assessed by. */
  static final String TAX = "thue-kv1";

  /** A ward (phường) and the district above it. */
  record Ward(String id, String districtId) {}

  /** A district (quận) with its land registration office branch and its culture office. */
  record District(String id, String landOfficeId, String cultureOfficeId) {}

  private final AgencyDirectory directory;
  private final List<District> districts = new ArrayList<>();
  private final List<Ward> wards = new ArrayList<>();
  private final Map<String, Map<String, List<Actor>>> officers = new LinkedHashMap<>();

  private City() {
    AgencyDirectory.Builder b = AgencyDirectory.builder();
    b.add(Agency.root("dn", "UBND thành phố Đà Nẵng (city People's Committee)", "province"));
    b.add(Agency.under("dn", TAX, "Chi cục Thuế khu vực I (tax sub-department)", "tax"));
    district(b, "hc", "Hải Châu", "hc-tt", "Thạch Thang", "hc-pn", "Phước Ninh");
    district(b, "tk", "Thanh Khê", "tk-tc", "Tân Chính", "tk-tg", "Thạc Gián");
    district(b, "st", "Sơn Trà", "st-ahb", "An Hải Bắc", "st-mt", "Mân Thái");
    this.directory = b.build();
    staff(TAX, "tax-officer", 2);
  }

  /** Builds the city. */
  static City daNangLike() {
    return new City();
  }

  private void district(
      AgencyDirectory.Builder b,
      String id,
      String name,
      String ward1,
      String ward1Name,
      String ward2,
      String ward2Name) {
    b.add(
        Agency.under("dn", id, "UBND quận " + name + " (district People's Committee)", "district"));
    String land = id + "-vpdk";
    String culture = id + "-vhtt";
    b.add(
        Agency.under(
            "dn",
            land,
            "Chi nhánh VP đăng ký đất đai " + name + " (land registration office branch)",
            "land-office"));
    b.add(
        Agency.under(
            id,
            culture,
            "Phòng Văn hóa và Thông tin quận " + name + " (culture office)",
            "culture-office"));
    districts.add(new District(id, land, culture));
    staff(id, "one-stop-officer", 2);
    staff(id, "specialist", 3);
    staff(id, "leader", 1);
    staff(land, "specialist", 2);
    staff(culture, "specialist", 1);
    for (String[] w : new String[][] {{ward1, ward1Name}, {ward2, ward2Name}}) {
      b.add(Agency.under(id, w[0], "UBND phường " + w[1] + " (ward People's Committee)", "ward"));
      wards.add(new Ward(w[0], id));
      staff(w[0], "one-stop-officer", 1);
      staff(w[0], "civil-status-officer", 1);
      staff(w[0], "cadastral-officer", 1);
      staff(w[0], "specialist", 1);
      staff(w[0], "leader", 1);
    }
  }

  private void staff(String agencyId, String role, int count) {
    List<Actor> list =
        officers
            .computeIfAbsent(agencyId, k -> new LinkedHashMap<>())
            .computeIfAbsent(role, k -> new ArrayList<>());
    for (int i = 1; i <= count; i++) {
      list.add(Actor.of(agencyId + "." + role + "." + i, agencyId, role));
    }
  }

  AgencyDirectory directory() {
    return directory;
  }

  List<Ward> wards() {
    return wards;
  }

  District district(String id) {
    return districts.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  /** The readable name of an agency. */
  String name(String agencyId) {
    return directory.get(agencyId).name();
  }

  /** The officers of an agency holding a staff role, in a fixed order. */
  List<Actor> officers(String agencyId, String role) {
    return officers.getOrDefault(agencyId, Map.of()).getOrDefault(role, List.of());
  }

  /** The staff roles staffed in an agency, in a fixed order. */
  List<String> roles(String agencyId) {
    return List.copyOf(officers.getOrDefault(agencyId, Map.of()).keySet());
  }

  /**
   * An officer of the agency holding one of the roles (the first role staffed), drawn at random.
   */
  Optional<Actor> officer(String agencyId, Iterable<String> roles, Random random) {
    for (String role : roles) {
      List<Actor> list = officers(agencyId, role);
      if (!list.isEmpty()) {
        return Optional.of(list.get(random.nextInt(list.size())));
      }
    }
    return Optional.empty();
  }

  /** The staff roles and how they are called in Vietnamese. */
  static String roleName(String role) {
    return switch (role) {
      case "one-stop-officer" -> "cán bộ một cửa (one-stop officer)";
      case "specialist" -> "chuyên viên (specialist)";
      case "leader" -> "lãnh đạo (leader)";
      case "civil-status-officer" -> "công chức tư pháp - hộ tịch (civil status officer)";
      case "cadastral-officer" -> "công chức địa chính (cadastral officer)";
      case "tax-officer" -> "công chức thuế (tax officer)";
      default -> role;
    };
  }
}
