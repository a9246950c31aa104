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
package io.github.motcua.examples.embedding;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.Receipt;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.engine.WorklistItem;
import io.github.motcua.persistence.jdbc.JdbcDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's "Use it" example: a host application embedding motcua in about thirty lines. It
 * loads a procedure shipped in this module's resources (household business registration, version 2,
 * from 1 July 2025), an agency directory and the national working calendar, keeps its dossiers in
 * the JDBC store on the data source it is given (migrated on the spot), receives a dossier at a
 * service centre's counter, lets a specialist and a leader of the competent commune office act on
 * it, prints the specialist's worklist with the time left and the explained appointment date.
 *
 * <p>The code between {@code tag::use[]} and {@code end::use[]} is the README's snippet, word for
 * word (a test compares them).
 */
public final class EmbeddingExample {
  /** Vietnam's time zone, in which the calendar and the printed dates are read. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private EmbeddingExample() {}

  /**
   * Runs the example on an H2 database in memory at the current time and prints to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:motcua-embedding;DB_CLOSE_DELAY=-1");
    run(h2, JdbcDossierStore.DEFAULT_PREFIX, Clock.system(VIETNAM), System.out);
  }

  /**
   * Runs the example on a data source: migrates the store's tables (prefixed {@code tablePrefix}),
   * receives one dossier, has it examined by a specialist and approved by a leader, and prints the
   * worklist and the appointment date.
   *
   * @param dataSource where the dossiers are kept (H2, PostgreSQL or MariaDB); the host owns it
   * @param tablePrefix the prefix of the store's tables, e.g. {@code motcua_}
   * @param clock the engine's clock (the system clock in production, a fixed one in tests)
   * @param out where to print
   * @return the dossier after the leader's approval, waiting to be handed over at the centre
   */
  public static Dossier run(
      DataSource dataSource, String tablePrefix, Clock clock, PrintStream out) {
    // tag::use[]
    // The rules: a procedure (YAML shipped with the application), the agencies, the calendar.
    ProcedureCatalog catalog = new ProcedureCatalog();
    String file = "/procedures/household-business-registration-v2.yaml";
    try (InputStream yaml = EmbeddingExample.class.getResourceAsStream(file)) {
      catalog.add(ProcedureFormat.yaml().read(yaml, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AgencyDirectory agencies =
        AgencyDirectory.builder()
            .add(Agency.root("dn", "UBND thành phố Đà Nẵng", "province"))
            .add(Agency.under("dn", "dn-hcc", "Trung tâm Phục vụ hành chính công", "centre"))
            .add(Agency.under("dn", "hai-chau", "UBND phường Hải Châu", "commune"))
            .build();

    // The store on the host's DataSource (H2, PostgreSQL or MariaDB), and the engine.
    JdbcDossierStore store =
        JdbcDossierStore.builder(dataSource).tablePrefix(tablePrefix).migrate(true).build();
    DossierEngine engine =
        DossierEngine.builder()
            .store(store)
            .catalog(catalog)
            .agencies(agencies)
            .calendar(WorkingCalendar.vietnam())
            .clock(clock)
            .build();

    // Received at the centre's counter, forwarded to the competent commune office.
    Actor desk = Actor.of("u-desk-01", "dn-hcc", "one-stop-officer");
    Actor specialist = Actor.of("u-spec-17", "hai-chau", "specialist");
    Actor leader = Actor.of("u-lead-02", "hai-chau", "leader");
    Receipt receipt =
        engine.submit(
            SubmitCommand.builder("2.000720", "applicant-ref-7f3a")
                .receivedBy(desk)
                .channel(Channel.COUNTER)
                .bind("centre", "dn-hcc")
                .bind("registrar", "hai-chau")
                .attribute("capital", 100)
                .build());
    Dossier dossier = receipt.dossier();
    dossier =
        engine
            .perform(
                PerformCommand.builder(dossier.id(), "forward", desk, dossier.version()).build())
            .dossier();

    // The specialist's worklist, most urgent first, with the working time left.
    Locale vi = Locale.forLanguageTag("vi");
    for (WorklistItem item : engine.worklist("hai-chau", "specialist", 20).items()) {
      out.println(
          item.dossier().number()
              + "  "
              + item.stepName()
              + "  "
              + item.remaining().map(left -> left.render(vi)).orElse("chờ công dân"));
    }
    dossier =
        engine
            .perform(
                PerformCommand.builder(dossier.id(), "propose", specialist, dossier.version())
                    .build())
            .dossier();
    dossier =
        engine
            .perform(
                PerformCommand.builder(dossier.id(), "approve", leader, dossier.version()).build())
            .dossier();

    // The appointment date and why: received when, cut-off, days off skipped.
    out.println(engine.explainDue(dossier.id()).render(vi));
    // end::use[]
    return dossier;
  }
}
