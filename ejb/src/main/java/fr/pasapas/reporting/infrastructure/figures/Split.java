package fr.pasapas.reporting.infrastructure.figures;

/** How an aggregate splits each month's events, beside their kind. */
public enum Split {
    /** By organisation only. */
    ORGANISATION,
    /** By age band (the learners' age in the month): the key is the band's index, see {@code FigureQueries}. */
    AGE_BAND,
    /** By organisation and workshop: the key is the workshop's id, null for learners in none. */
    WORKSHOP
}
