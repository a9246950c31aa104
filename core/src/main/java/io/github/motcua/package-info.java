/**
 * The root package: only what every layer shares, the root exception {@link
 * io.github.motcua.MotcuaException}. Nothing else belongs here.
 */
package io.github.motcua;
