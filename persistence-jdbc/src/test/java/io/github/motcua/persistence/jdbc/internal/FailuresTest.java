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
package io.github.motcua.persistence.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.spi.DossierStoreException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** How driver failures are classified. */
class FailuresTest {

  @Test
  void aBatchFailureWithoutSqlStateIsClassifiedByTheConnectionFailureInside() {
    // MariaDB Connector/J, when the server shuts down mid-batch (seen by the restart suite)
    SQLException gone = new SQLNonTransientConnectionException("socket closed", "08000", 0);
    BatchUpdateException batch =
        new BatchUpdateException("batch failed", null, 0, new int[0], gone);
    DossierStoreException e =
        Failures.translate("update dossier 'd-1'", new DataAccessException("batch", batch));
    assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.CONNECTION);
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("SQLState 08000");
  }

  @Test
  void aBatchFailureWhoseNextExceptionSaysWhatIsClassifiedByIt() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
    batch.setNextException(new SQLException("deadlock", "40001", 1213));
    assertThat(Failures.kind(new DataAccessException("batch", batch)))
        .isEqualTo(DossierStoreException.Kind.DEADLOCK);
  }

  @Test
  void aFailureWithoutAnySqlStateIsStillTheFirstSqlException() {
    SQLException bare = new SQLException("odd");
    assertThat(Failures.sqlCause(new RuntimeException(bare))).containsSame(bare);
    assertThat(Failures.kind(bare)).isEqualTo(DossierStoreException.Kind.OTHER);
  }
}
