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
 * What a store or an event sink implements: {@link io.github.motcua.spi.DossierStore} (load,
 * insert, update against the expected version together with the new events, history, worklist and
 * timer queries, idempotency records, per-agency sequences, what statistics read) and {@link
 * io.github.motcua.spi.DossierEventListener}, with the query and page records they exchange, and
 * {@link io.github.motcua.spi.DossierJson} for stores that keep snapshots and events as JSON
 * documents.
 *
 * <p>Signatures mention only public value types of {@link io.github.motcua.dossier} and of this
 * package, never engine internals, so a JDBC store can implement the interface from the outside.
 * Every store runs the contract suite shipped in core's test-jar ({@code
 * io.github.motcua.spi.contract.DossierStoreContract}).
 */
package io.github.motcua.spi;
