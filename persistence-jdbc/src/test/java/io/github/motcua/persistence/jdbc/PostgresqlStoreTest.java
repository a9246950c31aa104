package io.github.motcua.persistence.jdbc;

/** The JDBC store's own behaviour on Postgresql. */
class PostgresqlStoreTest extends JdbcStoreBehaviour {
  @Override
  TestDatabase db() {
    return TestDatabase.POSTGRESQL;
  }
}
