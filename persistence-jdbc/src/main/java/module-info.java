/**
 * motcua persistence on JDBC: the dossier store on jOOQ over a host {@code DataSource}, with Flyway
 * migrations, for H2, PostgreSQL and MariaDB/MySQL. Exports the store's API only; the SQL stays in
 * the unexported {@code internal} package.
 */
@SuppressWarnings("requires-automatic")
module io.github.motcua.persistence.jdbc {
  requires transitive io.github.motcua.core;
  requires transitive java.sql;
  requires org.jooq;
  requires flyway.core;

  exports io.github.motcua.persistence.jdbc;
}
