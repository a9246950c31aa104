package io.github.motcua.persistence.jdbc;

import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.contract.DossierStoreContract;
import org.junit.jupiter.api.AfterAll;

/** The JDBC store keeps the store contract on Mariadb. */
class MariadbContractTest extends DossierStoreContract {
  private static JdbcDossierStore shared;

  @Override
  protected DossierStore newStore() {
    if (shared == null) {
      shared = TestDatabase.MARIADB.fresh();
    }
    return shared;
  }

  @AfterAll
  static void dropTables() {
    if (shared != null) {
      TestDatabase.MARIADB.drop(shared);
      shared = null;
    }
  }
}
