package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.domain.HelpingWorkshop.Candidate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HelpingWorkshopTest {

    private static final Instant JANUARY = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void a_learner_in_no_workshop_has_nobody_assigned_to_their_request() {
        assertTrue(HelpingWorkshop.forModule(List.of(), "ecran-tactile").isEmpty());
    }

    @Test
    void the_workshop_that_assigned_the_module_answers_even_when_another_is_more_recent() {
        Candidate morning = new Candidate(1, 11, JANUARY, Set.of("ecran-tactile"));
        Candidate evening = new Candidate(2, 22, MARCH, Set.of("courriel"));
        assertEquals(11, HelpingWorkshop.forModule(List.of(evening, morning), "ecran-tactile").orElseThrow().trainerId(),
                "the trainer who assigned the module should receive the request");
    }

    @Test
    void without_a_workshop_that_assigned_the_module_the_most_recent_workshop_answers() {
        Candidate morning = new Candidate(1, 11, JANUARY, Set.of());
        Candidate evening = new Candidate(2, 22, MARCH, Set.of("courriel"));
        assertEquals(22, HelpingWorkshop.forModule(List.of(morning, evening), "ecran-tactile").orElseThrow().trainerId());
    }

    @Test
    void when_two_workshops_assigned_the_module_the_most_recent_of_them_answers() {
        Candidate morning = new Candidate(1, 11, JANUARY, Set.of("ecran-tactile"));
        Candidate evening = new Candidate(2, 22, MARCH, Set.of("ecran-tactile"));
        Candidate newest = new Candidate(3, 33, MARCH.plusSeconds(3600), Set.of());
        assertEquals(22, HelpingWorkshop.forModule(List.of(morning, evening, newest), "ecran-tactile").orElseThrow().trainerId());
    }

    @Test
    void two_workshops_created_at_the_same_moment_give_the_same_answer_every_time() {
        Candidate first = new Candidate(1, 11, JANUARY, Set.of());
        Candidate second = new Candidate(2, 22, JANUARY, Set.of());
        assertEquals(22, HelpingWorkshop.forModule(List.of(second, first), "m").orElseThrow().trainerId());
        assertEquals(22, HelpingWorkshop.forModule(List.of(first, second), "m").orElseThrow().trainerId());
    }
}
