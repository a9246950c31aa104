package io.github.motcua.procedure;

/** The type of a declared dossier attribute, which guards are checked against. */
public enum AttributeType {
  /** Text. */
  STRING,
  /** A whole or decimal number. */
  NUMBER,
  /** True or false. */
  BOOLEAN,
  /** A calendar date (ISO {@code yyyy-MM-dd}). */
  DATE
}
