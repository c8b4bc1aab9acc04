package fr.pasapas.reporting.infrastructure.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregate lines added up in memory into coarser ones. The learners of lines add up exactly only when no learner
 * is in two of them: true across organisations (a learner has one) and age bands (one a month), not workshops.
 */
public final class EventAggregates {

    private EventAggregates() {
    }

    /** Per organisation, kind and month, whatever the key: the lines {@link Split#ORGANISATION} gives. */
    public static List<EventAggregate> byOrganisation(List<EventAggregate> lines) {
        return fold(lines, true);
    }

    /** For all organisations together (organisation 0), per kind, key and month. */
    public static List<EventAggregate> byKey(List<EventAggregate> lines) {
        return fold(lines, false);
    }

    private record Group(EventKind kind, long organisationId, Long key, int month) {
    }

    private static List<EventAggregate> fold(List<EventAggregate> lines, boolean byOrganisation) {
        Map<Group, EventAggregate> sums = new LinkedHashMap<>();
        for (EventAggregate line : lines) {
            Group group = byOrganisation ? new Group(line.kind(), line.organisationId(), 0L, line.month())
                    : new Group(line.kind(), 0, line.key(), line.month());
            sums.merge(group, new EventAggregate(group.kind(), group.organisationId(), group.key(), group.month(),
                    line.events(), line.learners(), line.seconds()), (a, b) -> new EventAggregate(a.kind(),
                    a.organisationId(), a.key(), a.month(), a.events() + b.events(), a.learners() + b.learners(),
                    a.seconds() + b.seconds()));
        }
        return new ArrayList<>(sums.values());
    }
}
