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
package io.github.motcua.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The engine on the JDBC store inside a host's plain-JDBC transaction: a submission commits or
 * rolls back together with the host's own row.
 */
class EngineOnHostTransactionTest {
  @Test
  void aSubmissionCommitsAndRollsBackWithTheHostsOwnRow() throws Exception {
    DataSource ds = TestDatabase.H2_MEMORY.plain();
    JdbcDossierStore store = TestDatabase.H2_MEMORY.fresh();
    String table = store.tablePrefix() + "host_receipt";
    Procedure p;
    try (InputStream in =
        getClass().getResourceAsStream("/io/github/motcua/engine/household-business.yaml")) {
      p = ProcedureFormat.yaml().read(in, "household-business.yaml");
    }
    DossierEngine engine =
        DossierEngine.builder()
            .store(store)
            .catalog(ProcedureCatalog.of(p))
            .agencies(
                AgencyDirectory.builder()
                    .add(Agency.root("dn", "Đà Nẵng", "province"))
                    .add(Agency.under("dn", "hc", "Hải Châu", "district"))
                    .add(Agency.under("hc", "tp", "Thuận Phước", "ward"))
                    .build())
            .clock(
                Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")))
            .build();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + table + " (dossier_id VARCHAR(100) PRIMARY KEY)");
    }
    String rolledBack;
    String committed;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (HostTransaction tx = store.join(c)) {
        Dossier d = engine.submit(submission("hb-1")).dossier();
        rolledBack = d.id();
        receipt(c, table, d.id());
        tx.rollback();
      }
      try (HostTransaction tx = store.join(c)) {
        Dossier d = engine.submit(submission("hb-2")).dossier();
        committed = d.id();
        receipt(c, table, d.id());
        tx.commit();
      }
    }
    assertThat(store.load(rolledBack)).isEmpty();
    assertThat(store.load(committed)).isPresent();
    assertThat(receipts(ds, table)).isEqualTo(1);
  }

  private static SubmitCommand submission(String applicant) {
    return SubmitCommand.builder("2.000720", applicant)
        .receivedBy(Actor.of("u-desk", "hc", "one-stop-officer"))
        .attribute("capital", 50_000_000)
        .bind("ward", "tp")
        .build();
  }

  private static void receipt(Connection c, String table, String id) throws SQLException {
    try (var ps = c.prepareStatement("INSERT INTO " + table + " (dossier_id) VALUES (?)")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  private static int receipts(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getInt(1);
    }
  }
}
