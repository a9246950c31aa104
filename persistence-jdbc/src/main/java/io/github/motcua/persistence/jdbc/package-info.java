/**
 * The JDBC dossier store. It implements {@code io.github.motcua.spi.DossierStore} on jOOQ and runs
 * the store contract suite of core against H2, PostgreSQL and MariaDB. It lands with the storage
 * issue; until then this module holds only its build and dependencies.
 */
package io.github.motcua.persistence.jdbc;
