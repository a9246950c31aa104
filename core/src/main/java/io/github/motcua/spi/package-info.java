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
