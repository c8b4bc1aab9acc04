package fr.pasapas.people.application;

import java.io.Serializable;

/**
 * A staff course or one of its modules, as offered to a coordinator.
 *
 * @param value  the form value ({@code course:ID} or {@code module:ID})
 * @param label  its title
 * @param course the title of its course for a module; null for a course
 */
public record TrainingItem(String value, String label, String course) implements Serializable {
}
