package fr.pasapas.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.learning.domain.HelpRequest.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HelpRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-25T14:00:00Z");
    private static final long TRAINER = 7;
    private static final long COORDINATOR = 8;

    private static HelpRequest asked() {
        return new HelpRequest(1, 2, "ecran-tactile", "toucher", "Je ne trouve pas le bouton", TRAINER, ASKED);
    }

    @Test
    void a_new_request_waits_for_the_trainer_of_the_learners_workshop() {
        HelpRequest request = asked();
        assertEquals(Status.OPEN, request.getStatus());
        assertEquals(TRAINER, request.getAssignedTrainerId());
    }

    @Test
    void an_answer_makes_the_request_answered_and_a_second_answer_replaces_the_first() {
        HelpRequest request = asked();
        assertTrue(request.answer(TRAINER, "Touchez le carré bleu.", ASKED.plusSeconds(60)));
        assertEquals(Status.ANSWERED, request.getStatus());
        assertTrue(request.answer(COORDINATOR, "Le carré bleu, en bas à droite.", ASKED.plusSeconds(120)));
        assertEquals(Status.ANSWERED, request.getStatus());
        assertEquals("Le carré bleu, en bas à droite.", request.getAnswer(), "the learner reads the latest answer");
        assertEquals(COORDINATOR, request.getAnsweredBy());
    }

    @Test
    void a_closed_request_takes_no_answer_and_keeps_the_one_it_had() {
        HelpRequest request = asked();
        request.answer(TRAINER, "Touchez le carré bleu.", ASKED.plusSeconds(60));
        request.close(TRAINER, ASKED.plusSeconds(90));
        assertFalse(request.answer(TRAINER, "Autre chose", ASKED.plusSeconds(120)), "a closed request is refused");
        assertEquals(Status.CLOSED, request.getStatus());
        assertEquals("Touchez le carré bleu.", request.getAnswer());
    }

    @Test
    void closing_twice_keeps_who_closed_it_first_and_when() {
        HelpRequest request = asked();
        request.close(TRAINER, ASKED.plusSeconds(60));
        request.close(COORDINATOR, ASKED.plusSeconds(600));
        assertEquals(TRAINER, request.getClosedBy());
        assertEquals(ASKED.plusSeconds(60), request.getClosedAt());
    }

    @Test
    void a_request_reopened_without_an_answer_waits_again() {
        HelpRequest request = asked();
        request.close(TRAINER, ASKED.plusSeconds(60));
        assertTrue(request.reopensAsWaiting());
        request.reopen();
        assertEquals(Status.OPEN, request.getStatus());
        assertNull(request.getClosedAt());
        assertNull(request.getClosedBy());
    }

    @Test
    void a_request_reopened_after_an_answer_is_answered_again_not_waiting() {
        HelpRequest request = asked();
        request.answer(TRAINER, "Touchez le carré bleu.", ASKED.plusSeconds(60));
        request.close(TRAINER, ASKED.plusSeconds(90));
        assertFalse(request.reopensAsWaiting());
        request.reopen();
        assertEquals(Status.ANSWERED, request.getStatus());
        assertTrue(request.answer(TRAINER, "Et maintenant ?", ASKED.plusSeconds(120)), "a reopened request takes an answer");
    }

    @Test
    void reopening_a_request_that_is_not_closed_changes_nothing() {
        HelpRequest request = asked();
        request.answer(TRAINER, "Touchez le carré bleu.", ASKED.plusSeconds(60));
        request.reopen();
        assertEquals(Status.ANSWERED, request.getStatus());
    }

    @Test
    void the_inbox_lists_waiting_requests_oldest_first_and_the_others_newest_first() {
        assertTrue(new InboxQuery(2, Status.OPEN, null, null).oldestFirst());
        assertFalse(new InboxQuery(2, Status.CLOSED, null, null).oldestFirst());
        assertFalse(new InboxQuery(2, null, null, null).oldestFirst());
    }
}
