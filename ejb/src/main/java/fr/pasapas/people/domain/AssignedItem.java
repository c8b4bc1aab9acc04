package fr.pasapas.people.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is assigned: a course, a module, or a practice scenario with its mode ("guided", "hints", "alone").
 * Written as one word for a form's value: {@code course:ID}, {@code module:ID}, {@code scenario:ID:MODE}.
 * Only the shape is checked here; whether the course, module or scenario exists is the services' question.
 *
 * @param mode the practice mode of a scenario; empty for a course or a module
 */
public record AssignedItem(ItemKind kind, String id, String mode) implements Serializable {

    public static final int MAX_ID = 80;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_ID - 1) + "}");
    private static final Pattern MODE = Pattern.compile("[a-z]{1,10}");

    public AssignedItem {
        if (kind == null || id == null || !ID.matcher(id).matches() || mode == null) {
            throw new IllegalArgumentException("Not an assignable item: " + kind + " " + id);
        }
        if ((kind == ItemKind.SCENARIO) != MODE.matcher(mode).matches() || (kind != ItemKind.SCENARIO && !mode.isEmpty())) {
            throw new IllegalArgumentException("A scenario, and only a scenario, has a mode: " + kind + " " + mode);
        }
    }

    public static AssignedItem course(String id) {
        return new AssignedItem(ItemKind.COURSE, id, "");
    }

    public static AssignedItem module(String id) {
        return new AssignedItem(ItemKind.MODULE, id, "");
    }

    public static AssignedItem scenario(String id, String mode) {
        return new AssignedItem(ItemKind.SCENARIO, id, mode);
    }

    /** The item a form sent, or empty when the text is not one (forged, cut, empty). */
    public static Optional<AssignedItem> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(":", -1);
        try {
            return switch (parts[0]) {
                case "course" -> parts.length == 2 ? Optional.of(course(parts[1])) : Optional.empty();
                case "module" -> parts.length == 2 ? Optional.of(module(parts[1])) : Optional.empty();
                case "scenario" -> parts.length == 3 ? Optional.of(scenario(parts[1], parts[2])) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The form value that {@link #parse} reads back. */
    public String text() {
        return switch (kind) {
            case COURSE -> "course:" + id;
            case MODULE -> "module:" + id;
            case SCENARIO -> "scenario:" + id + ":" + mode;
        };
    }
}
