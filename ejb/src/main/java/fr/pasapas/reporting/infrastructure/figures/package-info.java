/**
 * The SQL behind the funders' figures: a few aggregate queries over the learners' events (accounts created,
 * answers, steps opened, practice runs, modules completed, certificates), bucketed into Paris months in SQL; since
 * V19 most of them read the learners' monthly summary ({@code learner_month}, {@link
 * fr.pasapas.reporting.infrastructure.figures.LearnerMonthSql}), kept by {@link
 * fr.pasapas.reporting.infrastructure.figures.LearnerMonths} in the transaction of each event.
 */
package fr.pasapas.reporting.infrastructure.figures;
