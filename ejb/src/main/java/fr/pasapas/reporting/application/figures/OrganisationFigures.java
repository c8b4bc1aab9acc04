package fr.pasapas.reporting.application.figures;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of one organisation (or of all, for the total) over a range of months.
 *
 * @param id        the organisation, null for the total of all
 * @param months    every month of the range, in order, empty ones too
 * @param overRange the whole range: sums, except {@code active}, the learners active in at least one month
 * @param byAge     per month and age band, only the non-empty ones
 * @param byWorkshop per month and workshop ("no workshop" last), only the non-empty ones
 */
public record OrganisationFigures(Long id, String name, List<MonthFigures> months, Counts overRange,
                                  List<AgeFigures> byAge, List<WorkshopFigures> byWorkshop) implements Serializable {
}
