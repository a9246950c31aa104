#!/bin/sh
# Builds the benchmarks module and runs the persistence benchmark (PersistenceFigures): the peer
# workload (five-step procedure, one client thread, every command its own transaction, audit trail
# kept) on the in-memory store, H2 in memory, H2 in a file, PostgreSQL (127.0.0.1:5432, user
# postgres) and MariaDB (127.0.0.1:3306, user root), each in a fresh database of its own; pgbench
# -c 1 and a single-row update+insert loop on the same servers; the worklist and the timer claim
# at 1,000,000 open dossiers on PostgreSQL with their EXPLAIN (ANALYZE) plans. Prints one table.
#
# Options are passed on, e.g.
#   benchmarks/run-persistence.sh --stores h2-mem,postgresql   # a subset of the stores
#   benchmarks/run-persistence.sh --worklist-rows 100000       # a quicker load; 0 skips it
#   benchmarks/run-persistence.sh --pgbench-seconds 0 --baseline-seconds 0   # no baselines
# Every option is listed in benchmarks/README.md (section Persistence). The JVM settings are the
# peers' (-Xms1g -Xmx1g -XX:+UseG1GC); logging is kept to warnings.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
exec java -Xms1g -Xmx1g -XX:+UseG1GC \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
  -cp benchmarks/target/benchmarks.jar \
  io.github.motcua.benchmarks.persistence.PersistenceFigures "$@"
