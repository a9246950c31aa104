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
 * The in-memory {@link io.github.motcua.spi.DossierStore}: for tests, demos and hosts that keep
 * nothing between runs. It sits beside the JDBC store of the {@code motcua-persistence-jdbc} module
 * ({@code io.github.motcua.persistence.jdbc}) and passes the same contract suite. {@link
 * io.github.motcua.engine.DossierEngine.Builder} uses it, and says so in its log, when no store is
 * given.
 */
package io.github.motcua.persistence.memory;
