/**
 * The peer workload's driver, engine-neutral and JDK-only: {@link
 * io.github.motcua.benchmarks.peers.driver.PeerWorkload} runs measures 1 and 2 of the workload
 * (/work/shared/peer-workload/README.md) against a {@link
 * io.github.motcua.benchmarks.peers.driver.PeerEngine}, in the peer's own JVM, and {@link
 * io.github.motcua.benchmarks.peers.driver.PeerSamples} carries the raw samples back to the
 * benchmarks module, which summarises them beside motcua's ({@code
 * io.github.motcua.benchmarks.peers.PeersFigures}).
 */
package io.github.motcua.benchmarks.peers.driver;
