package io.github.motcua.persistence.jdbc;

import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.contract.DossierStoreContract;
import org.junit.jupiter.api.AfterAll;

/** The JDBC store keeps the store contract on H2File. */
class H2FileContractTest extends DossierStoreContract {
  private static JdbcDossierStore shared;

  @Override
  protected DossierStore newStore() {
    if (shared == null) {
      shared = TestDatabase.H2_FILE.fresh();
    }
    return shared;
  }

  @AfterAll
  static void dropTables() {
    if (shared != null) {
      TestDatabase.H2_FILE.drop(shared);
      shared = null;
    }
  }
}
