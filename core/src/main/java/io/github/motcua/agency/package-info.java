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
 * Agencies (cơ quan) and the people who act for them: the {@link
 * io.github.motcua.agency.AgencyDirectory} with its hierarchy (ward under district under province),
 * and the {@link io.github.motcua.agency.Actor} who performs an action.
 *
 * <p>Knows nothing of procedures, dossiers or storage.
 */
package io.github.motcua.agency;
