package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonKeyTest {

    @Test
    void the_same_name_without_case_or_accents_is_the_same_person_when_a_birth_year_is_unknown_or_equal() {
        PersonKey hoa = PersonKey.of("Thị Hoa", "NGUYỄN", 1958);
        assertTrue(hoa.samePersonAs(PersonKey.ofDisplayName("thi hoa Nguyen", null)), "unknown year: the same person");
        assertTrue(hoa.samePersonAs(PersonKey.ofDisplayName("Thị Hoa NGUYỄN", 1958)));
        assertFalse(hoa.samePersonAs(PersonKey.ofDisplayName("Thị Hoa NGUYỄN", 1959)), "two known years that differ: two people");
        assertFalse(hoa.samePersonAs(PersonKey.of("Thị Lan", "NGUYỄN", 1958)));
    }

    @Test
    void an_index_finds_the_first_person_added_who_is_the_same_person() {
        PersonIndex<String> index = new PersonIndex<>();
        index.add(PersonKey.of("Léa", "Martin", 1990), "first");
        index.add(PersonKey.of("Léa", "Martin", null), "second");
        assertEquals(Optional.of("first"), index.find(PersonKey.of("LEA", "MARTIN", 1990)));
        assertEquals(Optional.of("second"), index.find(PersonKey.of("Lea", "Martin", 1991)), "the one without a year");
        assertEquals(Optional.empty(), index.find(PersonKey.of("Paul", "Martin", null)));
    }

    @Test
    void a_profile_names_each_wrong_field_of_the_form_and_cleans_what_it_stores() {
        LearnerProfile wrong = new LearnerProfile("R2D2", " ", 1850, "abc", "pas-une-adresse", "de", false, false, false);
        assertEquals(java.util.List.of("learners.error.firstName", "learners.error.lastName", "learners.error.birthYear",
                "learners.error.phone", "learners.error.email", "learners.error.language"), wrong.problems(2026));
        LearnerProfile fine = new LearnerProfile("  Thị   Hoa ", "NGUYỄN", 1958, " 06 00 00 00 01 ", "", "fr", true, false, true);
        assertEquals(java.util.List.of(), fine.problems(2026));
        assertEquals("Thị Hoa NGUYỄN", fine.displayName());
        assertEquals(null, fine.cleaned().email());
        assertEquals("06 00 00 00 01", fine.cleaned().phone());
        assertEquals(java.util.List.of("learners.error.tooLong"),
                new LearnerProfile("a".repeat(60), "b".repeat(60), null, null, null, null, false, false, false).problems(2026));
    }
}
