/**
 * The in-memory {@link io.github.motcua.spi.DossierStore}: for tests, demos and hosts that keep
 * nothing between runs. It sits beside the JDBC store of the {@code motcua-persistence-jdbc} module
 * ({@code io.github.motcua.persistence.jdbc}) and passes the same contract suite. {@link
 * io.github.motcua.engine.DossierEngine.Builder} uses it, and says so in its log, when no store is
 * given.
 */
package io.github.motcua.persistence.memory;
