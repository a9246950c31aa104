#!/bin/sh
# Builds the benchmarks module and runs the calendar benchmarks (motcua against jBPM 7 and
# ObjectLab datecalc, same days off), then prints the ratios of that one run.
#
# The defaults suit a noisy 2-core machine: 1 fork, 3 warm-up and 5 measured iterations of 1 s.
# Extra arguments are JMH options and are passed on, e.g.
#   benchmarks/run-calendar.sh -p days=1,250
#   benchmarks/run-calendar.sh -prof gc
#   benchmarks/run-calendar.sh -rf json -rff benchmarks/target/calendar.json
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar \
  io.github.motcua.benchmarks.calendar.CalendarRatios -f 1 -wi 3 -w 1s -i 5 -r 1s "$@"
