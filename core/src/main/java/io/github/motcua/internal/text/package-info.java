/**
 * The text level of reading a definition file (procedures, calendars): bytes to UTF-8 text with a
 * byte-order mark accepted, invalid bytes and control characters located by line and column, text
 * values and lines bounded before and after parsing, and control characters escaped for messages.
 *
 * <p>Internal: not exported from the module, no compatibility promise. Every function is static,
 * pure and thread-safe.
 */
package io.github.motcua.internal.text;
