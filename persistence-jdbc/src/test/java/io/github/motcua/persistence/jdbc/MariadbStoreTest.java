package io.github.motcua.persistence.jdbc;

/** The JDBC store's own behaviour on Mariadb. */
class MariadbStoreTest extends JdbcStoreBehaviour {
  @Override
  TestDatabase db() {
    return TestDatabase.MARIADB;
  }
}
