/**
 * The SQL behind the funders' figures: a few aggregate queries over the learners' events (accounts created,
 * answers, steps opened, practice runs, modules completed, certificates), bucketed into Paris months in SQL.
 */
package fr.pasapas.reporting.infrastructure.figures;
