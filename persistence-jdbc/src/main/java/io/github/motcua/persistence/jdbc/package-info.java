/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The JDBC dossier store: {@link io.github.motcua.persistence.jdbc.JdbcDossierStore} (and its
 * builder), the dialects it speaks, the transaction seam a host uses to share its transaction
 * ({@link io.github.motcua.persistence.jdbc.TransactionBinding}, {@link
 * io.github.motcua.persistence.jdbc.HostTransaction}) and the outbox relay. The SQL itself lives in
 * the {@code internal} package, which is not exported: one class per concern (dossiers, timers,
 * outbox, schema). No Spring, no pool: the host supplies the {@code DataSource}.
 */
package io.github.motcua.persistence.jdbc;
