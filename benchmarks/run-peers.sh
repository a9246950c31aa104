#!/bin/sh
# Builds the benchmarks module and the peers' modules, then runs the benchmark against the peers
# (PeersFigures, issue 11 §5): the five-step peer workload, one client thread each, on motcua (in
# memory, H2 in memory, PostgreSQL, MariaDB), on Flowable 7.2.0 and Camunda 7.24.0 each in a JVM
# of its own on H2 in memory and PostgreSQL (127.0.0.1:5432, user postgres, a fresh database per
# run), and pgbench -c 1 -j 1 -T 10 on the same PostgreSQL. Prints one table with the ratios and
# whether the targets (motcua >= 30x both peers on H2 in memory, >= 10x on PostgreSQL) are met.
#
# Options are passed on, e.g.
#   benchmarks/run-peers.sh --peer-dbs h2-mem --stores mem,h2-mem   # H2 only
#   benchmarks/run-peers.sh --peers camunda                         # one peer
# Every option is listed in benchmarks/README.md (section Peers). Every JVM runs with the peers'
# settings (-Xms1g -Xmx1g -XX:+UseG1GC); motcua's logging is kept to warnings, the peers' is off.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
exec java -Xms1g -Xmx1g -XX:+UseG1GC \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
  -cp benchmarks/target/benchmarks.jar \
  io.github.motcua.benchmarks.peers.PeersFigures "$@"
