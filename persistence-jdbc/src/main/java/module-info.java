/**
 * motcua persistence on JDBC: the dossier store on jOOQ over a host {@code DataSource}, with Flyway
 * migrations, for H2, PostgreSQL and MariaDB/MySQL.
 */
module io.github.motcua.persistence.jdbc {
  requires transitive io.github.motcua.core;
}
