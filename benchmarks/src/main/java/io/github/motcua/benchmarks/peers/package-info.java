/**
 * The benchmark against the peers (issue 11 §5): the five-step peer workload on motcua (in memory,
 * H2 in memory, PostgreSQL, MariaDB), on Flowable 7.2.0 and on Camunda 7.24.0 (each in a JVM of its
 * own, class path from {@code benchmarks/peers/<peer>}), and pgbench on the same PostgreSQL, in one
 * run and one table. Entry point: {@link io.github.motcua.benchmarks.peers.PeersFigures}; {@code
 * benchmarks/run-peers.sh}.
 */
package io.github.motcua.benchmarks.peers;
