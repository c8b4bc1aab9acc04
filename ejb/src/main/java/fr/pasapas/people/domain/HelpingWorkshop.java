package fr.pasapas.people.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a learner's workshops answers their help request on a module: the one that has the module assigned,
 * else the most recent one (when several have it assigned, the most recent of those). None without a workshop.
 */
public final class HelpingWorkshop {

    /** A workshop the learner is in: its trainer, when it was created, the modules assigned to it. */
    public record Candidate(long workshopId, long trainerId, Instant createdAt, Set<String> moduleIds) {
    }

    private static final Comparator<Candidate> MOST_RECENT = Comparator.comparing(Candidate::createdAt)
            .thenComparingLong(Candidate::workshopId);

    private HelpingWorkshop() {
    }

    public static Optional<Candidate> forModule(Collection<Candidate> workshops, String moduleId) {
        Optional<Candidate> assigningIt = workshops.stream().filter(w -> w.moduleIds().contains(moduleId))
                .max(MOST_RECENT);
        return assigningIt.isPresent() ? assigningIt : workshops.stream().max(MOST_RECENT);
    }
}
