/**
 * Dossiers (hồ sơ) in flight: the immutable {@link io.github.motcua.dossier.Dossier} snapshot with
 * its active {@link io.github.motcua.dossier.StepInstance step instances}, the {@link
 * io.github.motcua.dossier.DossierEvent events} of the audit trail, and the exceptions a store or
 * the engine throws about a dossier.
 *
 * <p>Uses the procedure model's vocabulary ({@link io.github.motcua.procedure.DossierStatus},
 * {@link io.github.motcua.procedure.Outcome}) and the deadline clocks; knows nothing of routing
 * rules, storage technology or SQL. Every type here is a plain value a store can persist field by
 * field.
 */
package io.github.motcua.dossier;
