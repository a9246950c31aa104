/**
 * Camunda 7.24.0 behind the peer driver, started in a JVM of its own by {@code
 * io.github.motcua.benchmarks.peers.PeersFigures}.
 */
package io.github.motcua.benchmarks.peers.camunda;
