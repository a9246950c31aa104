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

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The tables and columns of the store for one table prefix, as jOOQ names. Hand-written rather than
 * generated: the schema is six small tables, the prefix is chosen at run time, and the build has no
 * code-generation step. The DDL they mirror is in {@code META-INF/motcua/migration/{vendor}}.
 */
public final class Tables {
  final Table<Record> dossier;
  final Field<String> dId;
  final Field<String> dNumber;
  final Field<String> dApplicant;
  final Field<String> dProcedure;
  final Field<String> dAgency;
  final Field<Instant> dReceivedAt;
  final Field<Instant> dFinishedAt;
  final Field<Instant> dNextTimerAt;
  final Field<Long> dVersion;
  final Field<String> dLeaseOwner;
  final Field<Instant> dLeaseUntil;
  final Field<String> dSnapshot;
  final Field<String> dStatus;
  final Field<Short> dStatusCode;
  final Field<Instant> dDueAt;
  final Field<String> dCompetent;
  final Field<String> dExternalRef;
  final Field<Boolean> dReorganised;
  final Field<String> dTimeliness;
  final Field<Boolean> dClockPaused;

  final Table<Record> event;
  final Field<String> eDossier;
  final Field<Long> eSeq;
  final Field<String> ePayload;

  final Table<Record> step;
  final Field<String> sDossier;
  final Field<String> sInstance;
  final Field<String> sAgency;
  final Field<String> sRole;
  final Field<String> sAssignee;
  final Field<Instant> sDue;
  final Field<Instant> sDueSoon;

  final Table<Record> idempotency;
  final Field<String> kKey;
  final Field<String> kDossier;
  final Field<String> kOperation;
  final Field<Long> kFrom;
  final Field<Long> kTo;
  final Field<String> kUser;
  final Field<String> kDigest;

  final Table<Record> sequence;
  final Field<String> qKey;
  final Field<Long> qValue;

  final Table<Record> outbox;
  final Field<String> oDossier;
  final Field<Long> oSeq;
  final Field<Instant> oRecordedAt;
  final Field<String> oPayload;

  final String historyTable;

  /**
   * Names the tables of a prefix.
   *
   * @param prefix the table-name prefix, lower case
   * @param dialect the dialect (column types differ)
   */
  public Tables(String prefix, Dialect dialect) {
    String t = prefix + "dossier";
    dossier = table(name(t));
    dId = field(name(t, "id"), SQLDataType.VARCHAR);
    dNumber = field(name(t, "dossier_number"), SQLDataType.VARCHAR);
    dApplicant = field(name(t, "applicant_ref"), SQLDataType.VARCHAR);
    dProcedure = field(name(t, "procedure_code"), SQLDataType.VARCHAR);
    dAgency = field(name(t, "receiving_agency_id"), SQLDataType.VARCHAR);
    dReceivedAt = field(name(t, "received_at"), dialect.instant());
    dFinishedAt = field(name(t, "finished_at"), dialect.instant());
    dNextTimerAt = field(name(t, "next_timer_at"), dialect.instant());
    dVersion = field(name(t, "dossier_version"), SQLDataType.BIGINT);
    dLeaseOwner = field(name(t, "lease_owner"), SQLDataType.VARCHAR);
    dLeaseUntil = field(name(t, "lease_until"), dialect.instant());
    dSnapshot = field(name(t, "snapshot"), dialect.json());
    dStatus = field(name(t, "status"), SQLDataType.VARCHAR);
    dStatusCode = field(name(t, "status_code"), SQLDataType.SMALLINT);
    dDueAt = field(name(t, "due_at"), dialect.instant());
    dCompetent = field(name(t, "competent_agency_id"), SQLDataType.VARCHAR);
    dExternalRef = field(name(t, "external_ref"), SQLDataType.VARCHAR);
    dReorganised = field(name(t, "reorganised"), SQLDataType.BOOLEAN);
    dTimeliness = field(name(t, "timeliness"), SQLDataType.VARCHAR);
    dClockPaused = field(name(t, "clock_paused"), SQLDataType.BOOLEAN);

    t = prefix + "dossier_event";
    event = table(name(t));
    eDossier = field(name(t, "dossier_id"), SQLDataType.VARCHAR);
    eSeq = field(name(t, "event_seq"), SQLDataType.BIGINT);
    ePayload = field(name(t, "payload"), dialect.json());

    t = prefix + "active_step";
    step = table(name(t));
    sDossier = field(name(t, "dossier_id"), SQLDataType.VARCHAR);
    sInstance = field(name(t, "instance_id"), SQLDataType.VARCHAR);
    sAgency = field(name(t, "agency_id"), SQLDataType.VARCHAR);
    sRole = field(name(t, "staff_role"), SQLDataType.VARCHAR);
    sAssignee = field(name(t, "assignee"), SQLDataType.VARCHAR);
    sDue = field(name(t, "due_at"), dialect.instant());
    sDueSoon = field(name(t, "due_soon_at"), dialect.instant());

    t = prefix + "idempotency";
    idempotency = table(name(t));
    kKey = field(name(t, "idem_key"), SQLDataType.VARCHAR);
    kDossier = field(name(t, "dossier_id"), SQLDataType.VARCHAR);
    kOperation = field(name(t, "operation"), SQLDataType.VARCHAR);
    kFrom = field(name(t, "from_version"), SQLDataType.BIGINT);
    kTo = field(name(t, "to_version"), SQLDataType.BIGINT);
    kUser = field(name(t, "user_id"), SQLDataType.VARCHAR);
    kDigest = field(name(t, "digest"), SQLDataType.VARCHAR);

    t = prefix + "sequence";
    sequence = table(name(t));
    qKey = field(name(t, "seq_key"), SQLDataType.VARCHAR);
    qValue = field(name(t, "seq_value"), SQLDataType.BIGINT);

    t = prefix + "outbox";
    outbox = table(name(t));
    oDossier = field(name(t, "dossier_id"), SQLDataType.VARCHAR);
    oSeq = field(name(t, "event_seq"), SQLDataType.BIGINT);
    oRecordedAt = field(name(t, "recorded_at"), dialect.instant());
    oPayload = field(name(t, "payload"), dialect.json());

    historyTable = prefix + "schema_history";
  }
}
