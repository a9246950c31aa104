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
package io.github.motcua.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * What every suite shares: the agencies of a small city shaped like the examples' demo city (a
 * city, a tax sub-department, three districts each with a land office, a culture office and two
 * wards), the four shipped procedures (version 1, read from {@code
 * examples/src/main/resources/procedures}), an engine over a JDBC store on a pool with bounded
 * timeouts, and the random commands the workers send. Officers are opaque ids {@code
 * agency.role.n}: an actor is made for whatever step a dossier waits at.
 */
final class Fixture {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Where the load starts: a working Wednesday morning on which version 1 is in force. */
  static final Instant START = LocalDateTime.of(2026, 4, 1, 8, 0).atZone(VN).toInstant();

  static final String BIRTH = "1.001193";
  static final String HOUSEHOLD = "2.000720";
  static final String PERMIT = "1.009972";
  static final String LAND = "1.003003";
  static final String TAX = "thue-kv1";

  private static final List<String> PROCEDURE_FILES =
      List.of(
          "birth-registration.yaml",
          "household-business-registration.yaml",
          "construction-permit-private-house.yaml",
          "land-use-right-certificate-first-issuance.yaml");

  private static final String[][] DISTRICTS = {
    {"hc", "hc-tt", "hc-pn"}, {"tk", "tk-tc", "tk-tg"}, {"st", "st-ahb", "st-mt"}
  };

  /** Every agency id, for drawing a stranger. */
  static final List<String> AGENCIES;

  static {
    List<String> all = new ArrayList<>(List.of("dn", TAX));
    for (String[] d : DISTRICTS) {
      all.addAll(List.of(d[0], d[0] + "-vpdk", d[0] + "-vhtt", d[1], d[2]));
    }
    AGENCIES = List.copyOf(all);
  }

  private Fixture() {}

  static AgencyDirectory directory() {
    AgencyDirectory.Builder b = AgencyDirectory.builder();
    b.add(Agency.root("dn", "city People's Committee", "province"));
    b.add(Agency.under("dn", TAX, "tax sub-department", "tax"));
    for (String[] d : DISTRICTS) {
      b.add(Agency.under("dn", d[0], "district " + d[0], "district"));
      b.add(Agency.under("dn", d[0] + "-vpdk", "land office " + d[0], "land-office"));
      b.add(Agency.under(d[0], d[0] + "-vhtt", "culture office " + d[0], "culture-office"));
      b.add(Agency.under(d[0], d[1], "ward " + d[1], "ward"));
      b.add(Agency.under(d[0], d[2], "ward " + d[2], "ward"));
    }
    return b.build();
  }

  /** The shipped procedures' directory: the module's sibling {@code examples}. */
  static Path procedureDir() {
    String set = System.getProperty("motcua.reliability.procedures");
    if (set != null) {
      return Path.of(set);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path dir = p.resolve("examples/src/main/resources/procedures");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "examples/src/main/resources/procedures not found from " + here);
  }

  static ProcedureCatalog catalog(Path dir) {
    ProcedureCatalog catalog = new ProcedureCatalog();
    for (String file : PROCEDURE_FILES) {
      try (InputStream in = Files.newInputStream(dir.resolve(file))) {
        catalog.add(ProcedureFormat.yaml().read(in, file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return catalog;
  }

  /**
   * A pool whose every wait is bounded: a connection in {@code connectionTimeoutMs}, a statement's
   * socket read in {@code socketTimeoutS}.
   */
  static HikariDataSource pool(Db db, int size, long connectionTimeoutMs, int socketTimeoutS) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(connectionTimeoutMs);
    config.setValidationTimeout(Math.min(1000, connectionTimeoutMs));
    config.setInitializationFailTimeout(-1);
    if (db.vendor() == Db.Vendor.POSTGRESQL) {
      config.addDataSourceProperty("socketTimeout", Integer.toString(socketTimeoutS));
      config.addDataSourceProperty("connectTimeout", "2");
      config.addDataSourceProperty("options", "-c synchronous_commit=off");
    } else {
      config.addDataSourceProperty("socketTimeout", Integer.toString(socketTimeoutS * 1000));
      config.addDataSourceProperty("connectTimeout", "2000");
    }
    return new HikariDataSource(config);
  }

  static JdbcDossierStore store(javax.sql.DataSource ds, String prefix, boolean migrate) {
    return JdbcDossierStore.builder(ds).tablePrefix(prefix).migrate(migrate).build();
  }

  static DossierEngine engine(JdbcDossierStore store, ProcedureCatalog catalog, Clock clock) {
    return DossierEngine.builder()
        .store(store)
        .catalog(catalog)
        .agencies(directory())
        .clock(clock)
        .build();
  }

  /** A random valid submission of one of the shipped procedures, with a fresh key. */
  static SubmitCommand submission(Random r, LocalDate today) {
    String[] d = DISTRICTS[r.nextInt(DISTRICTS.length)];
    String ward = d[1 + r.nextInt(2)];
    String code = List.of(BIRTH, HOUSEHOLD, PERMIT, LAND).get(r.nextInt(4));
    SubmitCommand.Builder cmd =
        SubmitCommand.builder(code, String.format("a-%08x", r.nextInt()))
            .channel(Channel.COUNTER)
            .idempotencyKey("s-" + UUID.randomUUID());
    Actor receiver;
    switch (code) {
      case BIRTH -> {
        cmd.bind("ward", ward).attribute("birthDate", today.minusDays(r.nextInt(60)));
        receiver = officer(ward, "civil-status-officer", r);
      }
      case HOUSEHOLD -> {
        cmd.bind("ward", ward)
            .attribute("capital", 50 + r.nextInt(40) * 50)
            .attribute("conditionalBusiness", r.nextInt(5) == 0);
        receiver = officer(d[0], "one-stop-officer", r);
      }
      case PERMIT -> {
        int floors = r.nextBoolean() ? 1 + r.nextInt(2) : 3 + r.nextInt(4);
        cmd.bind("ward", ward)
            .bind("culture", d[0] + "-vhtt")
            .attribute("floors", floors)
            .attribute("floorArea", floors * (60 + r.nextInt(90)))
            .attribute("heritageZone", r.nextInt(10) == 0);
        receiver = officer(d[0], "one-stop-officer", r);
      }
      default -> {
        cmd.bind("ward", ward)
            .bind("land-office", d[0] + "-vpdk")
            .bind("tax", TAX)
            .attribute("area", 60 + r.nextInt(540))
            .attribute(
                "landOrigin", List.of("allocated", "inherited", "transferred").get(r.nextInt(3)))
            .attribute("inUseSince", LocalDate.of(1980 + r.nextInt(30), 1 + r.nextInt(12), 1));
        receiver = officer(ward, "one-stop-officer", r);
      }
    }
    return cmd.receivedBy(receiver).build();
  }

  static Actor officer(String agency, String role, Random r) {
    return Actor.of(agency + "." + role + "." + (1 + r.nextInt(2)), agency, role);
  }

  /** The actor an undo point names: the user {@code agency.role.n} who performed the action. */
  static Actor performer(String userId) {
    String[] parts = userId.split("\\.");
    return Actor.of(userId, parts[0], parts[1]);
  }

  /**
   * A valid-looking command on a dossier: an action available at one of its active steps, by an
   * officer of that step's agency holding a role the action allows, with a reason and an extension
   * where the action needs them. Its guard may still refuse it (a typed refusal).
   */
  static Optional<PerformCommand.Builder> validCommand(Dossier d, Procedure p, Random r) {
    List<StepInstance> steps = d.activeSteps();
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    StepInstance s = steps.get(r.nextInt(steps.size()));
    List<Action> actions = p.actionsFrom(s.stepId());
    if (actions.isEmpty()) {
      return Optional.empty();
    }
    Action a = actions.get(r.nextInt(actions.size()));
    List<String> roles = new ArrayList<>(a.allowedRoles());
    String role = roles.isEmpty() ? s.staffRole() : roles.get(r.nextInt(roles.size()));
    PerformCommand.Builder cmd =
        PerformCommand.builder(d.id(), a.id(), officer(s.agencyId(), role, r), d.version())
            .at(s.id());
    if (a.reasonRequired() || a.clockEffect() == ClockEffect.EXTEND) {
      cmd.comment("reason for " + a.id());
    }
    if (a.clockEffect() == ClockEffect.EXTEND) {
      cmd.extension(TimeLimit.workingDays(1 + r.nextInt(3)));
    }
    return Optional.of(cmd);
  }
}
