/**
 * The store's SQL, one class per concern ({@code DossierSql}, {@code TimerSql}, {@code OutboxSql},
 * {@code SchemaSql}), the dialect differences ({@code Dialect}) and the failure translation ({@code
 * Failures}). Not exported. Tables and columns are hand-written jOOQ {@code DSL.table} / {@code
 * DSL.field} names in {@code Tables} rather than generated classes: the build has no
 * code-generation step, the schema is six small tables, and the table prefix is chosen at run time.
 * The DDL they mirror is {@code db/migration/motcua/{vendor}/V*.sql}.
 */
package io.github.motcua.persistence.jdbc.internal;
