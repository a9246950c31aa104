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

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A database server of the test's own, in a temporary directory on a free port, that the test may
 * stop and start at will (the shared servers are never touched): PostgreSQL through {@code
 * initdb}/{@code pg_ctl} (as user {@code postgres} when the test runs as root), MariaDB through
 * {@code mariadb-install-db}/{@code mariadbd}. {@link #create} is empty when the binaries are
 * missing or the server does not come up; the caller skips with the reason.
 */
final class PrivateServer implements AutoCloseable {
  private final Db.Vendor vendor;
  private final Path dir;
  private final int port;
  private final Path bin;
  private Process mariadbd;
  final Db db;

  private PrivateServer(Db.Vendor vendor, Path dir, int port, Path bin) {
    this.vendor = vendor;
    this.dir = dir;
    this.port = port;
    this.bin = bin;
    this.db =
        vendor == Db.Vendor.POSTGRESQL
            ? new Db(vendor, "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")
            : new Db(vendor, "jdbc:mariadb://127.0.0.1:" + port + "/motcua", "root", "");
  }

  /** Why a private server cannot be had here, or empty with the server started. */
  static Object create(Db.Vendor vendor) {
    try {
      Path bin;
      if (vendor == Db.Vendor.POSTGRESQL) {
        Optional<Path> found;
        try (var s = Files.list(Path.of("/usr/lib/postgresql"))) {
          found =
              s.map(p -> p.resolve("bin"))
                  .filter(p -> Files.isExecutable(p.resolve("initdb")))
                  .sorted()
                  .reduce((a, b) -> b);
        } catch (IOException e) {
          found = Optional.empty();
        }
        if (found.isEmpty()) {
          return "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin";
        }
        bin = found.get();
      } else {
        bin = Path.of("/usr/sbin");
        if (!Files.isExecutable(bin.resolve("mariadbd"))
            || !Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"))) {
          return "no mariadbd or mariadb-install-db";
        }
      }
      Path dir = Files.createTempDirectory("motcua-private-" + vendor.name().toLowerCase() + "-");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      PrivateServer server = new PrivateServer(vendor, dir, port, bin);
      server.init();
      server.start();
      if (vendor == Db.Vendor.MARIADB) {
        Db bare = new Db(vendor, "jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        try (Connection c = bare.connect();
            Statement st = c.createStatement()) {
          st.execute("CREATE DATABASE IF NOT EXISTS motcua");
        }
      }
      return server;
    } catch (IOException | SQLException | RuntimeException e) {
      return "the private " + vendor + " server did not start: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private List<String> asPostgres(String... cmd) {
    List<String> all = new ArrayList<>();
    if (root()) {
      all.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    all.addAll(List.of(cmd));
    return all;
  }

  private void init() throws IOException, InterruptedException {
    if (vendor == Db.Vendor.POSTGRESQL) {
      if (root()) {
        exec(List.of("chown", "postgres:postgres", dir.toString()));
      }
      exec(
          asPostgres(
              bin.resolve("initdb").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-A",
              "trust",
              "-U",
              "postgres",
              "--no-sync"));
    } else {
      exec(
          List.of(
              "/usr/bin/mariadb-install-db",
              "--no-defaults",
              "--datadir=" + dir.resolve("data"),
              "--user=" + System.getProperty("user.name"),
              "--auth-root-authentication-method=normal",
              "--skip-test-db"));
    }
  }

  /** Starts the server and waits until it accepts connections (at most 60 s). */
  void start() throws IOException, InterruptedException {
    if (vendor == Db.Vendor.POSTGRESQL) {
      pgCtl(
          "-l",
          dir.resolve("server.log").toString(),
          "-o",
          "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
          "-w",
          "start");
    } else {
      mariadbd =
          new ProcessBuilder(
                  bin.resolve("mariadbd").toString(),
                  "--no-defaults",
                  "--datadir=" + dir.resolve("data"),
                  "--port=" + port,
                  "--bind-address=127.0.0.1",
                  "--socket=" + dir.resolve("mysqld.sock"),
                  "--pid-file=" + dir.resolve("mysqld.pid"),
                  "--user=" + System.getProperty("user.name"),
                  "--skip-grant-tables",
                  "--skip-log-bin",
                  "--innodb-buffer-pool-size=64M")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
              .start();
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Db probe =
        vendor == Db.Vendor.MARIADB
            ? new Db(vendor, "jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")
            : db;
    while (true) {
      try (Connection c = probe.connect()) {
        if (c.isValid(2)) {
          return;
        }
      } catch (SQLException e) {
        if (System.nanoTime() > until) {
          throw new IOException("the private server did not accept connections in 60 s", e);
        }
        Thread.sleep(200);
      }
    }
  }

  /** Runs {@code pg_ctl -D <data> args...} as the PostgreSQL user. */
  private void pgCtl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(bin.resolve("pg_ctl").toString());
    cmd.add("-D");
    cmd.add(dir.resolve("data").toString());
    cmd.addAll(List.of(args));
    exec(asPostgres(cmd.toArray(String[]::new)));
  }

  /** Stops the server: PostgreSQL with {@code pg_ctl stop -m fast}, MariaDB with SIGTERM. */
  void stop() throws IOException, InterruptedException {
    if (vendor == Db.Vendor.POSTGRESQL) {
      pgCtl("-m", "fast", "-w", "stop");
    } else if (mariadbd != null) {
      mariadbd.destroy();
      if (!mariadbd.waitFor(60, TimeUnit.SECONDS)) {
        mariadbd.destroyForcibly().waitFor();
      }
      mariadbd = null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      stop();
      exec(List.of("rm", "-rf", dir.toString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the private server", e);
    }
  }

  private static void exec(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(cmd.get(0) + " failed: " + out.lines().limit(5).toList());
    }
  }
}
