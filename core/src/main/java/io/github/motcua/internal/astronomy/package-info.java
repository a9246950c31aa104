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
