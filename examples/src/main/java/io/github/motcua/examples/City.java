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
import io.github.motcua.agency.Reorganisation;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.SuccessorChooser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The city of the demo: Đà Nẵng with its history across 1 July 2025 (see {@code
 * docs/da-nang-2026.md} for the sources and their confidence).
 *
 * <p>Before 1 July 2025 00:00 (Asia/Ho_Chi_Minh) the city People's Committee has three districts
 * (quận Hải Châu, Thanh Khê, Sơn Trà), each with a land registration office branch, a culture
 * office and some of its real wards. From that instant the district level ends (Nghị quyết
 * 202/2025/QH15; Nghị quyết 1659/NQ-UBTVQH15 of 16 June 2025 on the commune-level units of Đà Nẵng)
 * and the city has new wards and communes, each with its People's Committee, its public
 * administration service centre ({@code <id>-hcc}, Nghị định 118/2025/NĐ-CP) and its business
 * registration office ({@code <id>-dkkd}), the provincial service centre {@code dn-hcc}, the
 * departments and the land registration office's branches by area. Both structures stay in the
 * directory with their validity periods; the change is recorded as {@link Reorganisation}s that the
 * simulation runs through {@code DossierEngine.reorganise} on the effective instant.
 *
 * <p>Officers are opaque user ids ({@code hai-chau.specialist.1}), never names.
 */
final class City {
  /** The instant the two-tier local government takes over: 2025-07-01 00:00 in Vietnam. */
  static final Instant TWO_TIER =
      LocalDateTime.of(2025, 7, 1, 0, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();

  /** The city's tax authority, which assesses every land dossier, before and after. */
  static final String TAX = "thue-dn";

  /** The provincial public administration service centre (from 1 July 2025). */
  static final String PROVINCIAL_CENTRE = "dn-hcc";

  /** The procedure code whose competent office after 1 July 2025 is a business registrar. */
  private static final String HOUSEHOLD_BUSINESS = "2.000720";

  /** A ward (phường) before 1 July 2025 and the district above it. */
  record Ward(String id, String districtId) {}

  /** A district (quận) with its land registration office branch and its culture office. */
  record District(String id, String landOfficeId, String cultureOfficeId) {}

  /**
   * A ward, commune or special zone from 1 July 2025, with its service centre, its business
   * registration office and the land registration office branch of its area.
   *
   * @param id the id of its People's Committee
   * @param inhabited whether the simulation draws applicants there (not the Hoàng Sa special zone)
   */
  record Commune(String id, String landOfficeId, boolean inhabited) {
    String centreId() {
      return id + "-hcc";
    }

    String registrarId() {
      return id + "-dkkd";
    }
  }

  private final AgencyDirectory directory;
  private final List<District> districts = new ArrayList<>();
  private final List<Ward> wards = new ArrayList<>();
  private final List<Commune> communes = new ArrayList<>();
  private final Map<String, Map<String, List<Actor>>> officers = new LinkedHashMap<>();

  private City() {
    AgencyDirectory.Builder b = AgencyDirectory.builder();
    b.add(Agency.root("dn", "UBND thành phố Đà Nẵng (city People's Committee)", "province"));
    // the departments after the reorganisation of specialised bodies (Nghị định 150/2025/NĐ-CP; S)
    b.add(Agency.under("dn", "dn-sxd", "Sở Xây dựng (Department of Construction)", "department"));
    b.add(
        Agency.under(
            "dn",
            "dn-snnmt",
            "Sở Nông nghiệp và Môi trường (Department of Agriculture and Environment)",
            "department"));
    b.add(Agency.under("dn", "dn-stc", "Sở Tài chính (Department of Finance)", "department"));
    b.add(Agency.under("dn", "dn-stp", "Sở Tư pháp (Department of Justice)", "department"));
    b.add(
        Agency.under(
            "dn-snnmt",
            "dn-vpdk",
            "Văn phòng Đăng ký đất đai thành phố (land registration office)",
            "land-office"));
    b.add(Agency.under("dn", TAX, "Thuế thành phố Đà Nẵng (tax authority)", "tax"));
    staff(TAX, "tax-officer", 3);

    // before 1 July 2025: three districts and some of their wards
    district(b, "q-hc", "Hải Châu", "hc-tt", "Thạch Thang", "hc-pn", "Phước Ninh");
    ward(b, "q-hc", "hc-hcb", "Hòa Cường Bắc");
    district(b, "q-tk", "Thanh Khê", "tk-cg", "Chính Gián", "tk-tg", "Thạc Gián");
    district(b, "q-st", "Sơn Trà", "st-ahb", "An Hải Bắc", "st-mt", "Mân Thái");

    // from 1 July 2025: the provincial centre, the land office branches, the new communes
    b.add(
        Agency.under(
            "dn",
            PROVINCIAL_CENTRE,
            "Trung tâm Phục vụ hành chính công thành phố Đà Nẵng (provincial service centre)",
            "service-centre"),
        TWO_TIER);
    staff(PROVINCIAL_CENTRE, "one-stop-officer", 4);
    String[][] branches = {
      {"dn-vpdk-cn1", "khu vực 1 (Hải Châu, Hòa Cường, Thanh Khê)"},
      {"dn-vpdk-cn2", "khu vực 2 (An Hải, Sơn Trà, Ngũ Hành Sơn)"},
      {"dn-vpdk-cn3", "khu vực 3 (Hòa Vang, Hoàng Sa, Hội An)"}
    };
    for (String[] branch : branches) {
      b.add(
          Agency.under(
              "dn-vpdk",
              branch[0],
              "Chi nhánh VP đăng ký đất đai "
                  + branch[1]
                  + " (land registration office branch, illustrative)",
              "land-office"),
          TWO_TIER);
      staff(branch[0], "one-stop-officer", 1);
      staff(branch[0], "specialist", 3);
    }
    commune(b, "hai-chau", "phường Hải Châu", "ward", "dn-vpdk-cn1", true);
    commune(b, "hoa-cuong", "phường Hòa Cường", "ward", "dn-vpdk-cn1", true);
    commune(b, "thanh-khe", "phường Thanh Khê", "ward", "dn-vpdk-cn1", true);
    commune(b, "an-hai", "phường An Hải", "ward", "dn-vpdk-cn2", true);
    commune(b, "son-tra", "phường Sơn Trà", "ward", "dn-vpdk-cn2", true);
    commune(b, "ngu-hanh-son", "phường Ngũ Hành Sơn", "ward", "dn-vpdk-cn2", true);
    commune(b, "hoa-vang", "xã Hòa Vang", "commune", "dn-vpdk-cn3", true);
    commune(b, "hoang-sa", "đặc khu Hoàng Sa", "special-zone", "dn-vpdk-cn3", false);
    commune(b, "hoi-an", "phường Hội An", "ward", "dn-vpdk-cn3", true);

    for (Reorganisation r : reorganisations()) {
      b.reorganise(r);
    }
    this.directory = b.build();
  }

  /** Builds the city. */
  static City daNang() {
    return new City();
  }

  /**
   * The change of 1 July 2025, old to new, as in {@code docs/da-nang-2026.md} §4: the wards merged
   * into the new wards, the districts and their culture offices split among the communes that take
   * over their work, the district land office branches become the city office's branches.
   */
  private static List<Reorganisation> reorganisations() {
    String wards =
        "Nghị quyết 1659/NQ-UBTVQH15 of 16/06/2025 on the commune-level units of Đà Nẵng, art. 1";
    String districts =
        "Nghị quyết 202/2025/QH15 (district level ends 01/07/2025); the district's powers pass to"
            + " the commune: civil status Nghị định 120/2025/NĐ-CP art. 4, construction permits"
            + " Nghị định 140/2025/NĐ-CP, first land certificates Nghị định 151/2025/NĐ-CP art. 18,"
            + " household businesses Nghị định 168/2025/NĐ-CP (secondary sources)";
    String landOffices =
        "Nghị định 151/2025/NĐ-CP (land registration by the city office's branches; areas"
            + " illustrative)";
    List<Reorganisation> list = new ArrayList<>();
    list.add(merge("nq1659-hai-chau", List.of("hc-tt", "hc-pn"), "hai-chau", wards + "(1)"));
    list.add(merge("nq1659-hoa-cuong", List.of("hc-hcb"), "hoa-cuong", wards + "(2)"));
    list.add(merge("nq1659-thanh-khe", List.of("tk-cg", "tk-tg"), "thanh-khe", wards));
    list.add(merge("nq1659-an-hai", List.of("st-ahb"), "an-hai", wards));
    list.add(merge("nq1659-son-tra", List.of("st-mt"), "son-tra", wards));
    String[][] split = {
      {"q-hc", "hai-chau", "hoa-cuong"}, {"q-tk", "thanh-khe"}, {"q-st", "an-hai", "son-tra"}
    };
    for (String[] d : split) {
      List<String> takers = new ArrayList<>();
      List<String> cultureTakers = new ArrayList<>();
      for (int i = 1; i < d.length; i++) {
        takers.add(d[i]);
        takers.add(d[i] + "-dkkd");
        cultureTakers.add(d[i]);
      }
      list.add(split(d[0] + "-ends", d[0], takers, districts));
      list.add(split(d[0] + "-vhtt-ends", d[0] + "-vhtt", cultureTakers, districts));
    }
    list.add(
        new Reorganisation(
            "vpdk-cn1",
            Reorganisation.Kind.MERGE,
            TWO_TIER,
            List.of("q-hc-vpdk", "q-tk-vpdk"),
            List.of("dn-vpdk-cn1"),
            landOffices));
    list.add(
        new Reorganisation(
            "vpdk-cn2",
            Reorganisation.Kind.CHANGE_OF_LEVEL,
            TWO_TIER,
            List.of("q-st-vpdk"),
            List.of("dn-vpdk-cn2"),
            landOffices));
    return list;
  }

  private static Reorganisation merge(String id, List<String> from, String to, String legalBasis) {
    return new Reorganisation(
        id, Reorganisation.Kind.MERGE, TWO_TIER, from, List.of(to), legalBasis);
  }

  private static Reorganisation split(String id, String from, List<String> to, String legalBasis) {
    Reorganisation.Kind kind =
        to.size() == 1 ? Reorganisation.Kind.ABOLISH : Reorganisation.Kind.SPLIT;
    return new Reorganisation(id, kind, TWO_TIER, List.of(from), to, legalBasis);
  }

  /**
   * Which successor takes a dossier's agency that ceased: the single successor, or for a split the
   * new commune of the dossier's ward (the place of residence, the site, the parcel), and the
   * commune's business registration office for a household business.
   */
  SuccessorChooser successorChooser() {
    return (Dossier dossier, String predecessor, Reorganisation r) -> {
      if (r.successors().size() == 1) {
        return r.successors().get(0);
      }
      String ward = dossier.bindings().get("ward");
      if (ward == null) {
        return r.successorOf(predecessor);
      }
      String commune = directory.successorAt(ward, r.effectiveAt());
      String registrar = commune + "-dkkd";
      if (dossier.procedureCode().equals(HOUSEHOLD_BUSINESS)
          && r.successors().contains(registrar)) {
        return registrar;
      }
      return r.successors().contains(commune) ? commune : r.successorOf(predecessor);
    };
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
            "Chi nhánh VP đăng ký đất đai quận " + name + " (land registration office branch)",
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
    ward(b, id, ward1, ward1Name);
    ward(b, id, ward2, ward2Name);
  }

  private void ward(AgencyDirectory.Builder b, String districtId, String id, String name) {
    b.add(
        Agency.under(districtId, id, "UBND phường " + name + " (ward People's Committee)", "ward"));
    wards.add(new Ward(id, districtId));
    staff(id, "one-stop-officer", 1);
    staff(id, "civil-status-officer", 1);
    staff(id, "cadastral-officer", 1);
    staff(id, "specialist", 1);
    staff(id, "leader", 1);
  }

  private void commune(
      AgencyDirectory.Builder b,
      String id,
      String name,
      String kind,
      String landOffice,
      boolean inhabited) {
    String what = kind.equals("commune") ? "commune" : kind.equals("ward") ? "ward" : "zone";
    b.add(
        Agency.under("dn", id, "UBND " + name + " (" + what + " People's Committee)", kind),
        TWO_TIER);
    b.add(
        Agency.under(
            id,
            id + "-hcc",
            "Trung tâm Phục vụ hành chính công " + name + " (commune service centre)",
            "service-centre"),
        TWO_TIER);
    b.add(
        Agency.under(
            id,
            id + "-dkkd",
            "Cơ quan đăng ký kinh doanh "
                + name
                + " (business registration office, name illustrative)",
            "business-registrar"),
        TWO_TIER);
    communes.add(new Commune(id, landOffice, inhabited));
    staff(id, "one-stop-officer", 1);
    staff(id, "civil-status-officer", 2);
    staff(id, "cadastral-officer", 1);
    staff(id, "specialist", 3);
    staff(id, "leader", 1);
    staff(id + "-hcc", "one-stop-officer", 3);
    staff(id + "-dkkd", "one-stop-officer", 1);
    staff(id + "-dkkd", "specialist", 2);
    staff(id + "-dkkd", "leader", 1);
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

  /** The wards of the district structure (before 1 July 2025). */
  List<Ward> wards() {
    return wards;
  }

  /** The wards, communes and the special zone of the two-tier structure (from 1 July 2025). */
  List<Commune> communes() {
    return communes;
  }

  /** The new units where applicants live. */
  List<Commune> inhabitedCommunes() {
    return communes.stream().filter(Commune::inhabited).toList();
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
