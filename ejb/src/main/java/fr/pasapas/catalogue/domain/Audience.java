package fr.pasapas.catalogue.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a course is written for ({@code audience:} in its {@code course.yaml}). Learners see the courses for
 * learners and for everyone; a staff course (training the helpers) is hidden from them, everywhere: their
 * module list, their steps, the trainer's report and the modules a workshop can be given. Staff (trainers,
 * coordinators, admins) may open every course: theirs, and the learners' ones to know what learners do.
 */
public enum Audience {
    /** Workshop courses, the default. */
    LEARNERS,
    /** Courses for trainers, coordinators, reception staff and volunteers. */
    STAFF,
    /** Courses for both. */
    ALL;

    /** The value written in a course file: {@code learners}, {@code staff} or {@code all}. */
    public static Optional<Audience> of(String value) {
        for (Audience audience : values()) {
            if (audience.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }

    /** Whether someone who is a learner only ({@code staff} false) or a member of staff may open such a course. */
    public boolean openTo(boolean staff) {
        return staff || this != STAFF;
    }

    /** Whether the course is written for staff (listed first under "Me former"). */
    public boolean forStaff() {
        return this != LEARNERS;
    }
}
