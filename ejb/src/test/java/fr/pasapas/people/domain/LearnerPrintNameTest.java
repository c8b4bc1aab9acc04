package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.pasapas.config.print.PrintFonts;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** At enrolment, a name that no font can print needs a Latin spelling, which certificates and cards then print. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class LearnerPrintNameTest {

    /** A first name in a script no font of this machine has (Tamil, Javanese, Old Hungarian: the first one). */
    public static String unprintableFirstName() {
        String name = Stream.of("தமிழ்செல்வி", "ꦱꦸꦱꦶꦭꦺ", "𐳀𐳉𐳓").filter(n -> !PrintFonts.shared().canPrint(n))
                .findFirst().orElse(null);
        assumeTrue(name != null, "every test script has a font on this machine");
        return name;
    }

    private static LearnerProfile profile(String first, String last, String printName) {
        return new LearnerProfile(first, last, null, null, null, null, false, false, false, printName);
    }

    @Test
    void names_in_latin_greek_cyrillic_and_arabic_need_no_latin_spelling() {
        for (String[] name : List.of(new String[] {"Văn Minh", "Nguyễn"}, new String[] {"Αλέξανδρος", "Παπαδόπουλος"},
                new String[] {"Фатима", "Алиева"}, new String[] {"محمد", "حداد"}, new String[] {"Œdipe", "Ångström"})) {
            assertEquals(List.of(), profile(name[0], name[1], null).problems(2026), String.join(" ", name));
        }
    }

    @Test
    void a_name_no_font_can_print_is_refused_without_a_latin_spelling_and_accepted_with_one() {
        String first = unprintableFirstName();

        assertEquals(List.of("learners.error.unprintable"), profile(first, "Kumar", null).problems(2026));
        assertEquals(List.of("learners.error.unprintable"), profile(first, "Kumar", "  ").problems(2026));
        LearnerProfile withSpelling = profile(first, "Kumar", " Tamilselvi\u00A0Kumar ");
        assertEquals(List.of(), withSpelling.problems(2026));
        assertEquals("Tamilselvi Kumar", withSpelling.cleaned().printName());
    }

    @Test
    void the_latin_spelling_must_itself_print_on_any_server_and_be_a_name() {
        String first = unprintableFirstName();

        assertEquals(List.of("learners.error.printName"), profile(first, "Kumar", first + " Kumar").problems(2026));
        assertEquals(List.of("learners.error.printName"), profile(first, "Kumar", "李娜").problems(2026),
                "a spelling in an installed font only would not print on another server");
        assertEquals(List.of("learners.error.printName"), profile(first, "Kumar", "Kumar <b>").problems(2026));
        assertEquals(List.of("learners.error.printName"), profile(first, "Kumar", "x".repeat(121)).problems(2026));
        assertEquals(List.of("learners.error.printName"), profile("Léa", "Martin", "1234").problems(2026),
                "a spelling given for a printable name is checked too");
    }

    @Test
    void an_account_prints_its_latin_spelling_when_it_has_one() {
        Account account = new Account(null, "tamil.k1", "x", Role.LEARNER, "hash", false, java.time.Instant.EPOCH);
        account.describe(profile("Léa", "Martin", null));
        assertNull(account.getPrintName());
        assertEquals("Léa Martin", account.printedName());
        account.describe(profile("Léa", "Martin", "Lea Martin"));
        assertEquals("Lea Martin", account.printedName());
        assertEquals("Léa Martin", account.getDisplayName());
    }
}
