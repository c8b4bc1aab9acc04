package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.util.List;

/** A learner's timeline: their modules with the time spent, and a page of what they did, newest first. */
public record LearnerTimeline(long learnerId, String name, String username, List<ModuleTime> modules,
                              List<TimelineEntry> entries, long totalEntries) implements Serializable {

    public LearnerTimeline {
        modules = List.copyOf(modules);
        entries = List.copyOf(entries);
    }
}
