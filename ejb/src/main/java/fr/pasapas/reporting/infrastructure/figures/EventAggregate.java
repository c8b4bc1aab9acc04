package fr.pasapas.reporting.infrastructure.figures;

/**
 * One line of an aggregate: the events of a kind for one organisation, one month of the range and one key (a
 * birth year or a workshop id, null for none).
 *
 * @param month    0 for the range's first month
 * @param events   how many events
 * @param learners how many different learners
 * @param seconds  the time spent on the steps opened (for {@link EventKind#ACTIVE} only)
 */
public record EventAggregate(EventKind kind, long organisationId, Long key, int month, long events, long learners,
                             long seconds) {
}
