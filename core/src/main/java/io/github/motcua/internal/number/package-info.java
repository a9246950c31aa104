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
