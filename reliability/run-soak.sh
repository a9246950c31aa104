#!/usr/bin/env bash
# Runs the reliability suites at soak size. Everything is a system property of the tests; the
# defaults below are soak sizes (CI runs the same suites at their small defaults in `mvn verify`).
#
#   reliability/run-soak.sh                      # 10 minutes of load per suite and database
#   SECONDS_PER_RUN=3600 KILLS=30 reliability/run-soak.sh
#   SUITES=TimersOnSeveralNodesTest reliability/run-soak.sh
#
# Needs PostgreSQL and MariaDB as .ci/start-databases starts them (override the URLs with
# -Dmotcua.test.postgresql.url=... in MAVEN_ARGS); the restart suite starts private servers of its
# own and never touches the shared ones. Output: the figures of each run on stdout, the workers'
# JSON-lines logs in the temporary directories the runs print.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN="${SECONDS_PER_RUN:-600}"
DOSSIERS="${DOSSIERS:-500}"
THREADS="${THREADS:-4}"
KILLS="${KILLS:-10}"
TIMER_DOSSIERS="${TIMER_DOSSIERS:-5000}"
OUTAGE_SECONDS="${OUTAGE_SECONDS:-10}"
RESTARTS="${RESTARTS:-5}"
SUITES="${SUITES:-SeveralProcessesTest,TimersOnSeveralNodesTest,DatabaseRestartTest}"

# -am builds core and persistence-jdbc from the reactor (never `mvn install`); only the named
# suites run.
exec mvn -B -pl reliability -am verify \
  -Dtest="$SUITES" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmotcua.reliability.seconds="$SECONDS_PER_RUN" \
  -Dmotcua.reliability.restartSeconds="$SECONDS_PER_RUN" \
  -Dmotcua.reliability.outageSeconds="$OUTAGE_SECONDS" \
  -Dmotcua.reliability.restarts="$RESTARTS" \
  -Dmotcua.reliability.dossiers="$DOSSIERS" \
  -Dmotcua.reliability.threads="$THREADS" \
  -Dmotcua.reliability.kills="$KILLS" \
  -Dmotcua.reliability.timerDossiers="$TIMER_DOSSIERS" \
  ${MAVEN_ARGS:-}
