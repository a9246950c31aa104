/**
 * JMH benchmarks of the dossier engine ({@code io.github.motcua.engine.DossierEngine}) on the
 * in-memory store: the five-step workload BPMN engines are usually measured with (receive, review,
 * verify, approve, return the result; candidate roles one-stop officer, specialist, specialist,
 * leader, one-stop officer), every event kept as the audit trail.
 *
 * <p>{@link io.github.motcua.benchmarks.engine.EngineBenchmark} holds the benchmarks; {@link
 * io.github.motcua.benchmarks.engine.FiveStepWorkload} builds the procedure, the agency and the
 * actors. Nothing here is part of the library.
 */
package io.github.motcua.benchmarks.engine;
