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
 * Support for tests of applications that embed motcua: a {@link
 * io.github.motcua.testing.SettableClock} to inject where the engine takes a {@link
 * java.time.Clock} (for example {@code DossierEngine.builder().clock(...)}), so a test moves time
 * by hand and never sleeps.
 *
 * <p>Nothing here is meant for production code, and nothing else in motcua depends on this package:
 * it depends on {@code java.time} only. It ships in the main artifact, not in a separate test-jar,
 * so that embedding tests, the examples and the benchmarks share one implementation instead of each
 * keeping a copy.
 */
package io.github.motcua.testing;
