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
/**
 * The store's SQL, one class per concern ({@code DossierSql}, {@code TimerSql}, {@code OutboxSql},
 * {@code SchemaSql}), the dialect differences ({@code Dialect}) and the failure translation ({@code
 * Failures}). Not exported. Tables and columns are hand-written jOOQ {@code DSL.table} / {@code
 * DSL.field} names in {@code Tables} rather than generated classes: the build has no
 * code-generation step, the schema is six small tables, and the table prefix is chosen at run time.
 * The DDL they mirror is {@code META-INF/motcua/migration/{vendor}/V*.sql}.
 */
package io.github.motcua.persistence.jdbc.internal;
