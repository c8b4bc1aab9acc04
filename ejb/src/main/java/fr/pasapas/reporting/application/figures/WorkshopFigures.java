package fr.pasapas.reporting.application.figures;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * The figures of the members of one workshop in one month; a learner in two workshops counts in both.
 *
 * @param workshopId null for the learners who are in no workshop
 * @param workshop   the workshop's name, null for none
 */
public record WorkshopFigures(YearMonth month, String organisation, Long workshopId, String workshop, Counts counts)
        implements Serializable {
}
