/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.motcua.persistence.jdbc;

import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.contract.EngineOnStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The engine's races on the JDBC store, on H2 in memory, PostgreSQL and MariaDB (the servers' tests
 * are skipped when they are not reachable). Each database shares one set of tables across its
 * tests; the tests use dossiers of their own.
 */
class EngineOnJdbcStoreTest {
  private static final java.util.Map<TestDatabase, JdbcDossierStore> STORES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static DossierStore storeOn(TestDatabase db) {
    db.assumeReachable();
    return STORES.computeIfAbsent(db, TestDatabase::fresh);
  }

  /** A second store instance on the same tables, with its own snapshot cache. */
  private static JdbcDossierStore anotherNode(TestDatabase db, JdbcDossierStore store) {
    return JdbcDossierStore.builder(db.dataSource()).tablePrefix(store.tablePrefix()).build();
  }

  @AfterAll
  static void dropTables() {
    STORES.forEach(TestDatabase::drop);
    STORES.clear();
  }

  @Nested
  class OnH2Memory extends EngineOnStoreContract {
    @Override
    protected DossierStore newStore() {
      return storeOn(TestDatabase.H2_MEMORY);
    }

    @Override
    protected DossierStore otherNode(DossierStore store) {
      return anotherNode(TestDatabase.H2_MEMORY, (JdbcDossierStore) store);
    }
  }

  @Nested
  class OnPostgresql extends EngineOnStoreContract {
    @Override
    protected DossierStore newStore() {
      return storeOn(TestDatabase.POSTGRESQL);
    }

    @Override
    protected DossierStore otherNode(DossierStore store) {
      return anotherNode(TestDatabase.POSTGRESQL, (JdbcDossierStore) store);
    }
  }

  @Nested
  class OnMariadb extends EngineOnStoreContract {
    @Override
    protected DossierStore newStore() {
      return storeOn(TestDatabase.MARIADB);
    }

    @Override
    protected DossierStore otherNode(DossierStore store) {
      return anotherNode(TestDatabase.MARIADB, (JdbcDossierStore) store);
    }
  }
}
