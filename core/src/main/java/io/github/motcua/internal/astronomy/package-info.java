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
 * Positional astronomy the Vietnamese lunar calendar (âm lịch) is computed from: instants of new
 * moons (Jean Meeus, <i>Astronomical Algorithms</i>, 2nd ed., ch. 49), the Sun's apparent longitude
 * (ch. 25 with the truncated VSOP87 series of appendix III, nutation of ch. 22) and ΔT, the
 * difference TT − UT (the Espenak–Meeus polynomials).
 *
 * <p>Internal: not exported from the module, no compatibility promise. Times are Julian Days as
 * {@code double}: JDE in Terrestrial Time (TT) for the ephemerides, JD in Universal Time (UT) for
 * civil dates. Everything here is a pure static function and thread-safe.
 */
package io.github.motcua.internal.astronomy;
