package io.github.motcua.persistence.jdbc;

/** The JDBC store's own behaviour on H2. */
class H2StoreTest extends JdbcStoreBehaviour {
  @Override
  TestDatabase db() {
    return TestDatabase.H2_MEMORY;
  }
}
