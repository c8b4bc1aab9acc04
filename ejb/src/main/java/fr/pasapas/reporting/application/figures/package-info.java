/**
 * Figures for funders: per organisation and per Paris month, the learners enrolled and active, the modules
 * completed, the practice runs, the certificates issued and the hours spent, split by age band and by workshop,
 * read in a constant number of aggregate queries whatever the number of learners ({@code FundersFigures}).
 */
package fr.pasapas.reporting.application.figures;
