/**
 * The persistence benchmark: the peer workload (five-step procedure, one client thread, every
 * command its own transaction, audit trail kept) on the in-memory store, H2 in memory and in a
 * file, PostgreSQL and MariaDB in one run, against single-client baselines of the same servers
 * (pgbench, a single-row update-and-insert loop), and the worklist and timer claim at a million
 * open dossiers on PostgreSQL. Entry point: {@link
 * io.github.motcua.benchmarks.persistence.PersistenceFigures}; {@code
 * benchmarks/run-persistence.sh}.
 */
package io.github.motcua.benchmarks.persistence;
