package fr.pasapas.reporting.application.figures;

import java.io.Serializable;
import java.util.List;

/**
 * What a funder reads: the figures of one organisation, or of every organisation and their total (the admin's
 * "all").
 *
 * @param organisations one, or all of them by name
 * @param total         the sum of {@code organisations} (the organisation itself when there is one)
 */
public record Figures(MonthRange range, boolean allOrganisations, List<OrganisationFigures> organisations,
                      OrganisationFigures total) implements Serializable {
}
