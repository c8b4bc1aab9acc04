package fr.pasapas.catalogue.domain;

import java.util.List;

/** A course: a folder under {@code content/} with its {@code course.yaml} manifest. */
public record Course(String id, String title, String description, List<Module> modules) {

    public Course {
        modules = List.copyOf(modules);
    }
}
