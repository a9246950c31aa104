/**
 * The JDBC dossier store: {@link io.github.motcua.persistence.jdbc.JdbcDossierStore} (and its
 * builder), the dialects it speaks, the transaction seam a host uses to share its transaction
 * ({@link io.github.motcua.persistence.jdbc.TransactionBinding}, {@link
 * io.github.motcua.persistence.jdbc.HostTransaction}) and the outbox relay. The SQL itself lives in
 * the {@code internal} package, which is not exported: one class per concern (dossiers, timers,
 * outbox, schema). No Spring, no pool: the host supplies the {@code DataSource}.
 */
package io.github.motcua.persistence.jdbc;
