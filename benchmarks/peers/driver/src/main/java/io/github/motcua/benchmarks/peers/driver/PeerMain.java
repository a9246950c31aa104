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
package io.github.motcua.benchmarks.peers.driver;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The main of a peer's JVM: opens the engine on a database, runs {@link PeerWorkload} and writes
 * the {@link PeerSamples}.
 *
 * <pre>
 * --jdbc-url URL             the database, empty (the engine creates its schema)
 * --user NAME --password PW  its credentials (default sa, empty)
 * --dossiers 1000,2000       warm-up, measured dossiers
 * --worklist-dossiers 1000   dossiers opened for measure 2
 * --worklist-queries 100,500 untimed, timed worklist queries
 * --out FILE                 where the samples go
 * </pre>
 */
public final class PeerMain {
  /**
   * Where an engine is opened.
   *
   * @param jdbcUrl the JDBC URL
   * @param user the user
   * @param password the password
   */
  public record Database(String jdbcUrl, String user, String password) {
    /**
     * The JDBC driver class of the URL: PostgreSQL's or H2's.
     *
     * @return the class name
     * @throws IllegalArgumentException for another database
     */
    public String driverClassName() {
      if (jdbcUrl.startsWith("jdbc:postgresql:")) {
        return "org.postgresql.Driver";
      }
      if (jdbcUrl.startsWith("jdbc:h2:")) {
        return "org.h2.Driver";
      }
      throw new IllegalArgumentException(
          "the peers run on jdbc:h2: or jdbc:postgresql: URLs only; got another database");
    }
  }

  private PeerMain() {}

  /**
   * Runs one peer.
   *
   * @param args the options (see the class comment)
   * @param open opens the engine, with the process deployed, on a database
   */
  public static void run(String[] args, Function<Database, PeerEngine> open) {
    Map<String, String> m = options(args);
    Database db =
        new Database(
            required(m, "jdbc-url"), m.getOrDefault("user", "sa"), m.getOrDefault("password", ""));
    int[] dossiers = pair(required(m, "dossiers"));
    int[] queries = pair(m.getOrDefault("worklist-queries", "100,500"));
    int worklistDossiers = Integer.parseInt(m.getOrDefault("worklist-dossiers", "1000"));
    Path out = Path.of(required(m, "out"));
    try (PeerEngine engine = open.apply(db)) {
      new PeerWorkload(engine, () -> analyze(db))
          .run(dossiers[0], dossiers[1], worklistDossiers, queries[0], queries[1])
          .write(out);
    }
  }

  /**
   * Gathers the planner's statistics on PostgreSQL ({@code ANALYZE}), as autovacuum would in time
   * (it may be off on a benchmark server); nothing on H2. motcua's side of the benchmark does the
   * same at the same point.
   *
   * @param db the database
   */
  static void analyze(Database db) {
    if (!db.jdbcUrl().startsWith("jdbc:postgresql:")) {
      return;
    }
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code --name value} pairs.
   *
   * @param args the arguments
   * @return the values by name (without the dashes), in order
   * @throws IllegalArgumentException if an argument is not a name followed by a value
   */
  public static Map<String, String> options(String... args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value pairs; got '" + args[i] + "'");
      }
      m.put(args[i].substring(2), args[++i]);
    }
    return m;
  }

  /**
   * Reads a pair of counts {@code a,b}.
   *
   * @param v the text
   * @return the two numbers
   * @throws IllegalArgumentException if it is not two numbers
   */
  public static int[] pair(String v) {
    int[] p;
    try {
      p = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
    } catch (NumberFormatException e) {
      p = new int[0];
    }
    if (p.length != 2) {
      throw new IllegalArgumentException("expected two numbers a,b; got '" + v + "'");
    }
    return p;
  }

  private static String required(Map<String, String> m, String name) {
    String v = m.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing option --" + name);
    }
    return v;
  }
}
