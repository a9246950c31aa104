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

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.agency.Reorganisation;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.fuzz.BadInput;
import io.github.motcua.procedure.AttributeDeclaration;
import io.github.motcua.procedure.AttributeType;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.testing.SettableClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine with a few dossiers of the land procedure at its interesting places (the desk's intake,
 * a claimed appraisal, the parallel consultation, the leader's approval, the result's return), each
 * carrying the {@linkplain BadInput marker personal data} in its applicant reference and in a text
 * attribute, and a directory with a parent, a sibling and another province around the agencies the
 * steps are bound to. {@link #state()} is everything a refused command must leave as it was.
 */
final class FuzzWorld {
  /** A district beside Hải Châu in the same city. */
  static final String SIBLING_DISTRICT = "st";

  /** A ward of the sibling district. */
  static final String SIBLING_WARD = "st-ward";

  /** Another province. */
  static final String OTHER_PROVINCE = "hue";

  /** A department of the other province. */
  static final String OTHER_PROVINCE_DEPT = "hue-tnmt";

  /** A merger of the sibling ward into a new ward, in effect since 3 March 2026. */
  static final String MERGER = "nq-fuzz/2026";

  /** A merger in the other province, in effect from 1 June 2026 only. */
  static final String LATER_MERGER = "nq-fuzz-later/2026";

  /** When the merger takes effect; the world's clock is past it once the dossiers are placed. */
  static final java.time.Instant MERGER_AT = at(3, 3, 0, 0);

  /** An attribute of the land procedure that takes free text (where personal data may land). */
  static final String NOTE = "owner-note";

  final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  final DossierEngine engine;
  final Dossier atIntake;
  final Dossier atAppraisal;
  final Dossier atConsultation;
  final Dossier atApproval;
  final Dossier atReturn;
  final Dossier atSiblingWard;

  FuzzWorld() {
    engine =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(procedure(), permit()))
            .agencies(directory2())
            .clock(clock)
            .build();
    atIntake = submit("intake");
    Dossier forwarded = act(submit("appraisal"), "forward", OFFICER);
    atAppraisal =
        engine
            .assign(
                AssignmentCommand.claim(
                        forwarded.id(),
                        forwarded.activeSteps().get(0).id(),
                        SPECIALIST,
                        forwarded.version())
                    .build())
            .dossier();
    atConsultation = consulting("consult");
    atApproval = approving("approval");
    atReturn = act(approving("return"), "approve", LEADER);
    Dossier sibling =
        engine
            .submit(
                landSubmission(BadInput.APPLICANT + " sibling")
                    .bind("ward", SIBLING_WARD)
                    .attribute(NOTE, BadInput.APPLICANT)
                    .build())
            .dossier();
    atSiblingWard =
        act(
            act(sibling, "forward", OFFICER),
            "consult",
            Actor.of("u-spec-st", SIBLING_DISTRICT, "specialist"));
    clock.set(at(3, 4, 9, 0));
  }

  /** The land procedure with a free-text attribute. */
  static Procedure procedure() {
    return land().toBuilder()
        .attribute(new AttributeDeclaration(NOTE, AttributeType.STRING, false))
        .build();
  }

  /** The test directory with a parent, a sibling district and another province. */
  static AgencyDirectory directory2() {
    AgencyDirectory.Builder b = AgencyDirectory.builder();
    directory().agencies().forEach(b::add);
    return b.add(Agency.under("dn", SIBLING_DISTRICT, "Sơn Trà", "district"))
        .add(Agency.under(SIBLING_DISTRICT, SIBLING_WARD, "An Hải", "ward"))
        .add(Agency.root(OTHER_PROVINCE, "Huế", "province"))
        .add(Agency.under(OTHER_PROVINCE, OTHER_PROVINCE_DEPT, "Sở TN&MT Huế", "department"))
        .add(Agency.under(SIBLING_DISTRICT, "st-new", "Phường mới", "ward"), MERGER_AT)
        .add(Agency.under(OTHER_PROVINCE, "hue-new", "Sở mới", "department"), at(6, 1, 0, 0))
        .reorganise(
            new Reorganisation(
                MERGER,
                Reorganisation.Kind.MERGE,
                MERGER_AT,
                List.of(SIBLING_WARD),
                List.of("st-new"),
                "Nghị quyết thử nghiệm, Điều 1"))
        .reorganise(
            new Reorganisation(
                LATER_MERGER,
                Reorganisation.Kind.RENAME,
                at(6, 1, 0, 0),
                List.of(OTHER_PROVINCE_DEPT),
                List.of("hue-new"),
                "Nghị quyết thử nghiệm, Điều 2"))
        .build();
  }

  /** Every agency of the directory, plus one it does not know. */
  static List<String> agencyIds() {
    List<String> ids = new ArrayList<>();
    directory2().agencies().forEach(a -> ids.add(a.id()));
    ids.add("no-such-agency");
    return ids;
  }

  private Dossier submit(String tag) {
    return engine
        .submit(
            landSubmission(BadInput.APPLICANT + " " + tag)
                .attribute(NOTE, "chủ sử dụng " + BadInput.APPLICANT)
                .build())
        .dossier();
  }

  private Dossier consulting(String tag) {
    return act(act(submit(tag), "forward", OFFICER), "consult", SPECIALIST);
  }

  private Dossier approving(String tag) {
    return act(act(consulting(tag), "tax-ok", TAX_SPECIALIST), "ward-ok", WARD_SPECIALIST);
  }

  private Dossier act(Dossier d, String action, Actor actor) {
    return engine
        .perform(PerformCommand.builder(d.id(), action, actor, d.version()).comment("ok").build())
        .dossier();
  }

  /** Every dossier with its history: what a refusal must leave unchanged. */
  Map<String, Object> state() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Dossier d : engine.search(DossierQuery.builder(1000).build()).items()) {
      List<DossierEvent> history = engine.history(d.id());
      out.put(d.id(), List.of(d, history));
    }
    return out;
  }

  /** The dossiers a command may name. */
  List<Dossier> dossiers() {
    return List.of(atIntake, atAppraisal, atConsultation, atApproval, atReturn, atSiblingWard);
  }
}
