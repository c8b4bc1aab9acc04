package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may open a course: learners never see a staff course; staff see every course. */
class AudienceTest {

    private static Course course(String id, String title, Audience audience) {
        Step step = new ExplanationStep("lire", "Titre", List.of("Texte."), new Image("images/a.svg", "Image"));
        Module module = new Module("m-" + id, id, 1, title, "Résumé", 10, List.of("5.4"), List.of(step),
                Completion.ALL_STEPS, true);
        return new Course(id, title, "Un cours.", List.of(module), audience);
    }

    private static Catalogue catalogue() {
        return Catalogue.of(
                List.of(course("appareil", "Appareil", Audience.LEARNERS), course("accompagner", "Accompagner", Audience.STAFF),
                        course("charte", "Charte", Audience.ALL)),
                List.of(course("appareil", "Device", Audience.LEARNERS), course("accompagner", "Helping", Audience.STAFF),
                        course("charte", "Charter", Audience.ALL)));
    }

    @Test
    void a_learner_may_open_courses_for_learners_and_for_all_but_never_a_staff_course() {
        assertTrue(Audience.LEARNERS.openTo(false));
        assertTrue(Audience.ALL.openTo(false));
        assertFalse(Audience.STAFF.openTo(false));
    }

    @Test
    void staff_may_open_every_course_and_theirs_are_the_staff_and_all_ones() {
        for (Audience audience : Audience.values()) {
            assertTrue(audience.openTo(true), audience.name());
        }
        assertFalse(Audience.LEARNERS.forStaff());
        assertTrue(Audience.STAFF.forStaff());
        assertTrue(Audience.ALL.forStaff());
    }

    @Test
    void the_words_of_a_course_file_name_an_audience_and_anything_else_names_none() {
        assertEquals(Optional.of(Audience.STAFF), Audience.of("staff"));
        assertEquals(Optional.of(Audience.LEARNERS), Audience.of("learners"));
        assertEquals(Optional.of(Audience.ALL), Audience.of("all"));
        assertEquals(Optional.empty(), Audience.of("STAFF"));
        assertEquals(Optional.empty(), Audience.of(null));
    }

    @Test
    void a_course_without_an_audience_is_for_learners() {
        Course plain = new Course("c", "Cours", "Un cours.", List.of());
        assertEquals(Audience.LEARNERS, plain.audience());
        assertTrue(plain.openTo(false));
    }

    @Test
    void the_learners_catalogue_has_no_staff_course_and_no_staff_module_in_either_language() {
        Catalogue learners = catalogue().openTo(false);

        assertEquals(List.of("appareil", "charte"), learners.courses().stream().map(Course::id).toList());
        assertTrue(learners.module("m-accompagner").isEmpty(), "a learner must not find the staff module");
        Catalogue english = catalogue().in(Locale.ENGLISH).openTo(false);
        assertEquals(Locale.ENGLISH, english.language());
        assertEquals(List.of("Device", "Charter"), english.courses().stream().map(Course::title).toList());
        assertEquals(english, learners.in(Locale.ENGLISH));
    }

    @Test
    void the_staff_catalogue_is_the_whole_catalogue() {
        Catalogue whole = catalogue();
        assertSame(whole, whole.openTo(true));
        assertEquals("Accompagner", whole.openTo(true).module("m-accompagner").orElseThrow().title());
    }
}
