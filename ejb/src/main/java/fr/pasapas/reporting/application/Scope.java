package fr.pasapas.reporting.application;

import jakarta.persistence.Query;
import java.util.List;

/**
 * The learners a dashboard may read: those of one organisation, or only the members of some of its workshops.
 * Every dashboard query filters its learners with {@link #learners(String)}, so nothing outside the scope is
 * ever read, counted or exported.
 *
 * @param workshopIds the workshops whose members are read, or null for every learner of the organisation
 */
record Scope(long organisationId, List<Long> workshopIds) {

    Scope {
        workshopIds = workshopIds == null ? null : List.copyOf(workshopIds);
    }

    static Scope organisation(long organisationId) {
        return new Scope(organisationId, null);
    }

    static Scope workshop(long organisationId, long workshopId) {
        return new Scope(organisationId, List.of(workshopId));
    }

    /** The one workshop chosen, or null. */
    Long workshopId() {
        return workshopIds != null && workshopIds.size() == 1 ? workshopIds.get(0) : null;
    }

    /** SQL condition on the account table aliased {@code a}: a learner of the scope. */
    String learners(String a) {
        String condition = a + ".organisation_id = :scopeOrganisation and " + a + ".role = 'LEARNER'";
        if (workshopIds == null) {
            return condition;
        }
        if (workshopIds.isEmpty()) {
            return condition + " and 1 = 0";
        }
        return condition + " and " + a + ".id in (select gm.learner_id from group_member gm join workshop_group g"
                + " on g.id = gm.group_id where g.organisation_id = :scopeOrganisation and gm.group_id in (:scopeWorkshops))";
    }

    <Q extends Query> Q bind(Q query) {
        query.setParameter("scopeOrganisation", organisationId);
        if (workshopIds != null && !workshopIds.isEmpty()) {
            query.setParameter("scopeWorkshops", workshopIds);
        }
        return query;
    }
}
