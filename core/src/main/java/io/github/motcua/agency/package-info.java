/**
 * Agencies (cơ quan) and the people who act for them: the {@link
 * io.github.motcua.agency.AgencyDirectory} with its hierarchy (ward under district under province),
 * and the {@link io.github.motcua.agency.Actor} who performs an action.
 *
 * <p>Knows nothing of procedures, dossiers or storage.
 */
package io.github.motcua.agency;
