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
 * The text level of reading a definition file (procedures, calendars): bytes to UTF-8 text with a
 * byte-order mark accepted, invalid bytes and control characters located by line and column, text
 * values and lines bounded before and after parsing, and control characters escaped for messages.
 *
 * <p>Internal: not exported from the module, no compatibility promise. Every function is static,
 * pure and thread-safe.
 */
package io.github.motcua.internal.text;
