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
package io.github.motcua.benchmarks.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single client can do on the same servers, to read motcua's figures against:
 *
 * <ul>
 *   <li>{@link #pgbench}: {@code pgbench -i -s 10} in a database of its own, then the TPC-B-like
 *       script, one client, over 127.0.0.1 (five statements in a transaction: three single-row
 *       updates, a select, an insert);
 *   <li>{@link #singleRowLoop}: a JDBC loop through the same kind of pool as the store, one
 *       transaction per iteration holding one single-row {@code UPDATE} of a 100,000-row table by
 *       primary key and one {@code INSERT} into a history table, then the commit — the smallest
 *       honest write transaction, run on MariaDB (where there is no pgbench) and, for comparison
 *       with pgbench, on PostgreSQL.
 * </ul>
 */
public final class Baselines {
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");

  private Baselines() {}

  /**
   * Runs pgbench on the local PostgreSQL in its own database.
   *
   * @param database the database to (re)create and initialise
   * @param scale the {@code -s} of the initialisation
   * @param seconds the {@code -T} of the run
   * @return the transactions per second pgbench reports (without initial connection time)
   * @throws IllegalStateException if pgbench fails or prints no TPS
   */
  public static double pgbench(String database, int scale, int seconds) {
    BenchStore.recreateDatabase("postgresql", database);
    String[] connect = {"-h", "127.0.0.1", "-p", "5432", "-U", "postgres"};
    List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", "" + scale));
    init.addAll(List.of(connect));
    init.add(database);
    run(init);
    List<String> bench =
        new ArrayList<>(List.of("pgbench", "-c", "1", "-j", "1", "-T", "" + seconds));
    bench.addAll(List.of(connect));
    bench.add(database);
    String out = run(bench);
    Matcher m = TPS.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("pgbench printed no TPS:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }

  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Runs the single-row update-and-insert loop in a fresh database.
   *
   * @param server {@code postgresql} or {@code mariadb}
   * @param database the database to (re)create
   * @param seconds how long to run, after one second of warm-up
   * @return transactions per second
   */
  public static double singleRowLoop(String server, String database, double seconds) {
    BenchStore.recreateDatabase(server, database);
    boolean pg = server.equals("postgresql");
    String url = (pg ? BenchStore.PG_SERVER : BenchStore.MARIADB_SERVER) + database;
    int accounts = 100_000;
    try (HikariDataSource pool = BenchStore.pool(url, pg ? "postgres" : "root", "")) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE bl_account (id INT PRIMARY KEY, balance BIGINT NOT NULL)");
        s.execute(
            pg
                ? "CREATE TABLE bl_history (id BIGSERIAL PRIMARY KEY, account INT NOT NULL,"
                    + " delta INT NOT NULL, at TIMESTAMP NOT NULL)"
                : "CREATE TABLE bl_history (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " account INT NOT NULL, delta INT NOT NULL, at TIMESTAMP(6) NOT NULL)"
                    + " ENGINE=InnoDB");
        c.setAutoCommit(false);
        try (PreparedStatement insert =
            c.prepareStatement("INSERT INTO bl_account (id, balance) VALUES (?, 0)")) {
          for (int i = 0; i < accounts; i++) {
            insert.setInt(1, i);
            insert.addBatch();
            if (i % 1000 == 999) {
              insert.executeBatch();
            }
          }
          insert.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
      }
      SplittableRandom random = new SplittableRandom(42);
      loop(pool, random, accounts, 1.0);
      return loop(pool, random, accounts, seconds);
    } catch (SQLException e) {
      throw new IllegalStateException("the single-row loop failed on " + server, e);
    }
  }

  private static double loop(
      HikariDataSource pool, SplittableRandom random, int accounts, double seconds)
      throws SQLException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long t0 = System.nanoTime();
    long n = 0;
    while (System.nanoTime() < end) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        int account = random.nextInt(accounts);
        int delta = random.nextInt(-5000, 5001);
        try (PreparedStatement u =
                c.prepareStatement("UPDATE bl_account SET balance = balance + ? WHERE id = ?");
            PreparedStatement h =
                c.prepareStatement(
                    "INSERT INTO bl_history (account, delta, at)"
                        + " VALUES (?, ?, CURRENT_TIMESTAMP)")) {
          u.setInt(1, delta);
          u.setInt(2, account);
          u.executeUpdate();
          h.setInt(1, account);
          h.setInt(2, delta);
          h.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
      }
      n++;
    }
    return n / ((System.nanoTime() - t0) / 1e9);
  }
}
