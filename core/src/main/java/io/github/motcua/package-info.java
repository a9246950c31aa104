/**
 * The root package: only what every layer shares, the root exception {@link
 * io.github.motcua.MotcuaException} and the family of refusals {@link
 * io.github.motcua.RefusedException}. Nothing else belongs here.
 */
package io.github.motcua;
