/**
 * Procedure definitions (thủ tục hành chính): the immutable model of the shared rulebook, its
 * YAML/JSON format, validation, path verification, the catalog of versions and diagram export.
 *
 * <p>Depends on {@link io.github.motcua.deadline} and {@link io.github.motcua.calendar}; knows
 * nothing of dossiers in flight or storage.
 */
package io.github.motcua.procedure;
