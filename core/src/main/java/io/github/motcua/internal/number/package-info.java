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
 * Bounded number conversion for values that come from outside: dossier attributes submitted at the
 * desk or a portal, and guard values. Every conversion checks length, exponent and scale before any
 * arithmetic, so text such as {@code 1e100000000} costs microseconds and is refused instead of
 * expanding to a hundred million digits.
 *
 * <p>Internal: not exported from the module, no compatibility promise. Everything here is a pure
 * static function and thread-safe. Must not depend on any other motcua package.
 */
package io.github.motcua.internal.number;
