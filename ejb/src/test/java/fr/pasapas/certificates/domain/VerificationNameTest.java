package fr.pasapas.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerificationNameTest {

    @Test
    void by_default_the_page_shows_the_first_name_and_the_initial_of_the_last_name() {
        assertEquals("Jeanne M.", VerificationName.of("Jeanne Martin", false));
        assertEquals("Marie-Claire D.", VerificationName.of("Marie-Claire Dubois", false));
        assertEquals("Fatima Zahra El I.", VerificationName.of("Fatima Zahra El Idrissi", false),
                "the name is cut at its last space, as the edit form cuts it");
    }

    @Test
    void the_initial_of_a_name_in_any_script_is_one_whole_letter() {
        assertEquals("Nguyễn Văn M.", VerificationName.of("Nguyễn Văn Minh", false));
        assertEquals("Odette L.", VerificationName.of("Odette lefèvre", false), "the initial is a capital");
        assertEquals("Ana É.", VerificationName.of("Ana E\u0301lise", false), "a decomposed accent stays on its letter");
        assertEquals("Léa 𝒜.", VerificationName.of("Léa 𝒜bc", false), "a letter outside the basic plane is not cut");
        assertEquals("Yann G.", VerificationName.of("Yann 'Gall", false), "an apostrophe is not an initial");
    }

    @Test
    void a_learner_who_chose_it_shows_their_full_name() {
        assertEquals("Jeanne Martin", VerificationName.of(" Jeanne Martin ", true));
    }

    @Test
    void a_single_name_is_shown_as_it_is() {
        assertEquals("Madonna", VerificationName.of("Madonna", false));
        assertEquals("", VerificationName.of(null, false));
    }
}
