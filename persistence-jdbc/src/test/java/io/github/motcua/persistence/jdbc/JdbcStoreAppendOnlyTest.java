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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.spi.contract.AppendOnly;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store, its relay and its host-transaction handle expose no public method that changes or
 * removes an event (issue 10 §6); the database grants that enforce it are tested by {@link
 * PostgresqlEventGrantsTest}.
 */
class JdbcStoreAppendOnlyTest {
  @Test
  void theJdbcStoreExposesNoWayToChangeOrRemoveEvents() {
    assertThat(AppendOnly.rewritingMethods(JdbcDossierStore.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(JdbcDossierStore.Builder.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(HostTransaction.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(OutboxRelay.class)).isEmpty();
  }
}
