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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * A database server the suites run on: the shared test servers (overridable like the JDBC module's
 * tests: system properties {@code motcua.test.<postgresql|mariadb>.url|user|password}) or a private
 * instance a test started. A test whose server is unreachable is skipped with one line.
 */
record Db(Vendor vendor, String url, String user, String password) {
  enum Vendor {
    POSTGRESQL,
    MARIADB
  }

  static Db shared(Vendor vendor) {
    String key = vendor.name().toLowerCase(Locale.ROOT);
    String url =
        vendor == Vendor.POSTGRESQL
            ? "jdbc:postgresql://127.0.0.1:5432/motcua_test"
            : "jdbc:mariadb://127.0.0.1:3306/motcua_test";
    String user = vendor == Vendor.POSTGRESQL ? "postgres" : "root";
    return new Db(
        vendor,
        System.getProperty("motcua.test." + key + ".url", url),
        System.getProperty("motcua.test." + key + ".user", user),
        System.getProperty("motcua.test." + key + ".password", ""));
  }

  /** As command-line arguments of a worker. */
  List<String> args() {
    return List.of(vendor.name(), url, user, password.isEmpty() ? "-" : password);
  }

  static Db fromArgs(String[] a, int at) {
    return new Db(
        Vendor.valueOf(a[at]), a[at + 1], a[at + 2], "-".equals(a[at + 3]) ? "" : a[at + 3]);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Skips the calling test, with one line, when the server cannot be reached. */
  void assumeReachable() {
    String problem = null;
    try (Connection c = connect()) {
      c.isValid(2);
    } catch (SQLException e) {
      problem =
          vendor
              + " is not reachable at "
              + url
              + " (SQLState "
              + e.getSQLState()
              + "): the reliability suite on it is skipped. Start it with .ci/start-databases.";
      System.err.println(problem);
    }
    Assumptions.assumeTrue(problem == null, problem);
  }

  /** A random table prefix for one run. */
  static String freshPrefix(String tag) {
    return "r" + tag + Long.toHexString(System.nanoTime() & 0xffffffffL) + "_";
  }

  /** Drops the tables of a prefix. */
  void drop(String prefix) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String t :
          List.of("outbox", "sequence", "idempotency", "active_step", "dossier_event", "dossier")) {
        s.execute("DROP TABLE IF EXISTS " + prefix + t);
      }
      String history = prefix + "schema_history";
      s.execute(
          "DROP TABLE IF EXISTS "
              + (vendor == Vendor.MARIADB ? "`" + history + "`" : "\"" + history + "\""));
    } catch (SQLException e) {
      System.err.println(
          "could not drop the tables of " + prefix + ": SQLState " + e.getSQLState());
    }
  }
}
