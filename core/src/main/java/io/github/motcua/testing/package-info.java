/**
 * Support for tests of applications that embed motcua: a {@link
 * io.github.motcua.testing.SettableClock} to inject where the engine takes a {@link
 * java.time.Clock} (for example {@code DossierEngine.builder().clock(...)}), so a test moves time
 * by hand and never sleeps.
 *
 * <p>Nothing here is meant for production code, and nothing else in motcua depends on this package:
 * it depends on {@code java.time} only. It ships in the main artifact, not in a separate test-jar,
 * so that embedding tests, the examples and the benchmarks share one implementation instead of each
 * keeping a copy.
 */
package io.github.motcua.testing;
