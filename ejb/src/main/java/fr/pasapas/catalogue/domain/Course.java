package fr.pasapas.catalogue.domain;

import java.util.List;
import java.util.Objects;

/**
 * A course: a folder under {@code content/} with its {@code course.yaml} manifest.
 *
 * @param audience who the course is for ({@link Audience#LEARNERS} unless the manifest says otherwise)
 */
public record Course(String id, String title, String description, List<Module> modules, Audience audience) {

    public Course {
        modules = List.copyOf(modules);
        Objects.requireNonNull(audience, "audience");
    }

    /** A course for learners. */
    public Course(String id, String title, String description, List<Module> modules) {
        this(id, title, description, modules, Audience.LEARNERS);
    }

    /** Whether a learner ({@code staff} false) or a member of staff may open it. */
    public boolean openTo(boolean staff) {
        return audience.openTo(staff);
    }
}
