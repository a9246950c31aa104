#!/bin/sh
# Builds the benchmarks module and runs the engine benchmarks (the five-step workload on the
# in-memory store, one thread, audit trail kept), then prints the figures of that one run: one
# transition (directly and as (dossier - submit) / 5), a submission, a whole dossier, and the
# allocation per operation.
#
# The defaults suit a noisy 2-core machine: 1 fork, 5 warm-up and 5 measured iterations of 1 s,
# with the GC profiler. Extra arguments are JMH options and are passed on, e.g.
#   benchmarks/run-engine.sh -prof jfr          # also record a flight recording per benchmark
#   benchmarks/run-engine.sh -bm thrpt -tu ms   # operations per millisecond instead
# JMH refuses an option given twice: to change forks or iterations, call EngineFigures directly
# (see benchmarks/README.md).
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar \
  io.github.motcua.benchmarks.engine.EngineFigures -f 1 -wi 5 -w 1s -i 5 -r 1s -prof gc "$@"
