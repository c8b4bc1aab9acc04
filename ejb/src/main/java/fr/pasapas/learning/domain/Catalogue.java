package fr.pasapas.learning.domain;

import java.util.List;
import java.util.Optional;

/** The published catalogue: every course in the order of {@code content/catalogue.yaml}. */
public record Catalogue(List<Course> courses) {

    public Catalogue {
        courses = List.copyOf(courses);
    }

    public static Catalogue empty() {
        return new Catalogue(List.of());
    }

    public Optional<Course> course(String courseId) {
        return courses.stream().filter(c -> c.id().equals(courseId)).findFirst();
    }

    public Optional<Module> module(String moduleId) {
        return courses.stream().flatMap(c -> c.modules().stream())
                .filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public List<Module> modules() {
        return courses.stream().flatMap(c -> c.modules().stream()).toList();
    }
}
