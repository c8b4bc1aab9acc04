package fr.pasapas.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.pasapas.people.application.LearnerCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the card and charter addresses accept: nothing else than what the pages send. */
class CardsAndCharterAddressesTest {

    @Test
    void after_the_charter_a_learner_goes_only_to_a_learner_page_of_this_site() {
        assertEquals("/learner/step.xhtml?module=ecran-tactile&step=s1",
                CharterBean.safeNext("/learner/step.xhtml?module=ecran-tactile&step=s1"));
        assertEquals("/practice/run.xhtml?id=12", CharterBean.safeNext("/practice/run.xhtml?id=12"));
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/learner/x",
                "/trainer/learners.xhtml", "/learner/../trainer/x", "/learner/charter.xhtml?next=x", "/learner/x\r\nSet-Cookie: a"}) {
            assertEquals("/learner/modules.xhtml", CharterBean.safeNext(elsewhere), String.valueOf(elsewhere));
        }
    }

    @Test
    void a_card_request_with_a_forged_id_is_refused_and_its_message_code_is_one_the_pages_know() {
        assertEquals(12L, LoginCardsServlet.parse("12"));
        assertNull(LoginCardsServlet.parse("12 or 1=1"));
        assertNull(LoginCardsServlet.parse("-1"));
        assertNull(LoginCardsServlet.parse("99999999999999999999"));
        assertNull(LoginCardsServlet.parse(null));
        assertEquals("none", CardsMessage.code("cards.error.none"));
        assertEquals("unknown", CardsMessage.code("cards.error.unknown"));
        assertEquals("unknown", CardsMessage.code("learners.error.whatever"));
    }

    @Test
    void a_pin_just_given_is_kept_for_the_card_and_the_newest_pin_of_a_learner_wins() {
        IssuedPins pins = new IssuedPins();
        pins.remember(new LearnerCredentials(1, "Jeanne Martin", "jeanne.m07", "4826"));
        pins.remember(new LearnerCredentials(2, "Ahmed Benali", "ahmed.b11", "5937"));
        pins.remember(new LearnerCredentials(1, "Jeanne Martin", "jeanne.m07", "6048"));
        assertEquals(Map.of(1L, "6048"), pins.of(List.of(1L, 3L)));
        assertEquals(Map.of(1L, "6048", 2L, "5937"), pins.all());
    }
}
