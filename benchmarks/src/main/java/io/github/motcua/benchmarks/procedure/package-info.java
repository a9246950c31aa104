/**
 * Benchmarks of procedure definitions: reading and validating a generated 200-step procedure from
 * YAML, and walking every path of one with ten bounded loops.
 */
package io.github.motcua.benchmarks.procedure;
