package fr.pasapas.people.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.domain.CsvProblem;
import fr.pasapas.people.domain.PersonIndex;
import fr.pasapas.people.domain.PersonKey;
import fr.pasapas.people.infrastructure.csv.BeneficiaryCsv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the preview of an import says, line by line, against the learners and workshops of an organisation. */
class ImportPlanTest {

    private static final List<GroupName> WORKSHOPS = List.of(new GroupName(7, "Atelier du mardi"), new GroupName(8, "Café numérique"));

    private static ImportPreview preview(String csv, PersonIndex<ImportPlan.Known> learners) {
        return new ImportPlan(learners, WORKSHOPS).preview("inscrits.csv",
                BeneficiaryCsv.read(csv.getBytes(StandardCharsets.UTF_8), 2026));
    }

    private static List<String> keys(ImportRow row) {
        return row.problems().stream().map(CsvProblem::key).toList();
    }

    @Test
    void a_clean_file_can_be_imported_whole_and_each_line_joins_the_workshop_it_names_loosely() {
        ImportPreview preview = preview("Nom;Prénom;Atelier\nMARTIN;Léa;atelier du MARDI\nBENALI;فاطمة;Café numérique\nDUPONT;Paul;\n",
                new PersonIndex<>());
        assertTrue(preview.canImportAll());
        assertFalse(preview.canImportValidOnly(), "nothing to leave out: only «import everything» is offered");
        assertEquals(List.of(7L, 8L), preview.rows().subList(0, 2).stream().map(ImportRow::workshopId).toList());
        assertNull(preview.rows().get(2).workshopId());
    }

    @Test
    void a_person_already_learner_is_named_with_their_username_and_an_unknown_workshop_is_a_problem_of_its_line() {
        PersonIndex<ImportPlan.Known> learners = new PersonIndex<>();
        learners.add(PersonKey.ofDisplayName("Léa MARTIN", null), new ImportPlan.Known("Léa MARTIN", "lea.m12"));
        learners.add(PersonKey.ofDisplayName("Paul DUPONT", 1950), new ImportPlan.Known("Paul DUPONT", "paul.d34"));
        ImportPreview preview = preview("Nom;Prénom;Naissance;Atelier\nmartin;LEA;1990;\nDUPONT;Paul;1951;\n"
                + "DUPONT;Paul;;\nPETIT;Zoé;;Atelier du jeudi\n", learners);
        assertEquals(List.of(ImportRow.ALREADY_LEARNER), keys(preview.rows().get(0)), "a learner without a year matches any year");
        assertEquals(List.of("Léa MARTIN", "lea.m12"), preview.rows().get(0).problems().get(0).params());
        assertTrue(preview.rows().get(1).valid(), "two known birth years that differ are two people");
        assertEquals(List.of(ImportRow.DUPLICATE_IN_FILE, ImportRow.ALREADY_LEARNER), keys(preview.rows().get(2)),
                "no year in the file: the same person as the learner, and as line 3");
        assertEquals(List.of("csv.unknownWorkshop"), keys(preview.rows().get(3)));
        assertEquals("Atelier", preview.rows().get(3).problems().get(0).column());
        assertEquals(2, preview.alreadyLearnerCount());
        assertFalse(preview.canImportAll());
        assertTrue(preview.canImportValidOnly());
        assertEquals(1, preview.validCount());
    }

    @Test
    void a_file_imported_twice_shows_every_line_as_already_a_learner_the_second_time() {
        String csv = "Nom;Prénom;Date de naissance\nNGUYỄN;Thị Lan;03/05/1961\nEL AMRANI;Nadia;1977\n";
        PersonIndex<ImportPlan.Known> learners = new PersonIndex<>();
        for (ImportRow row : preview(csv, new PersonIndex<>()).rows()) {
            learners.add(PersonKey.ofDisplayName(ImportPlan.profile(row.person()).displayName(), row.person().birthYear()),
                    new ImportPlan.Known(ImportPlan.profile(row.person()).displayName(), "x"));
        }
        ImportPreview again = preview(csv, learners);
        assertEquals(2, again.alreadyLearnerCount());
        assertFalse(again.canImportAll());
        assertFalse(again.canImportValidOnly(), "nothing left to import");
    }

    @Test
    void duplicates_inside_the_file_follow_the_same_rule_as_against_learners() {
        ImportPreview preview = preview("Nom;Prénom;Naissance\nMARTIN;Léa;1990\nMartin;Lea;\nMARTIN;Léa;1991\n", new PersonIndex<>());
        assertEquals(List.of(ImportRow.DUPLICATE_IN_FILE), keys(preview.rows().get(1)), "a line without a year repeats line 2");
        assertTrue(preview.rows().get(2).valid(), "another known year is another person");
        assertEquals(1, preview.duplicateInFileCount());
    }

    @Test
    void names_too_long_together_for_an_account_are_refused_on_their_line() {
        ImportPreview preview = preview("Nom;Prénom\n" + "B".repeat(60) + ";" + "a".repeat(60) + "\n", new PersonIndex<>());
        assertEquals(List.of("csv.nameTooLong"), keys(preview.rows().get(0)));
    }

    @Test
    void more_valid_lines_than_one_import_creates_offer_no_import() {
        StringBuilder csv = new StringBuilder("Nom;Prénom\n");
        for (int i = 0; i <= ImportPreview.MAX_ACCOUNTS; i++) {
            csv.append("PERSONNE;").append(letters(i)).append('\n');
        }
        ImportPreview preview = preview(csv.toString(), new PersonIndex<>());
        assertTrue(preview.tooMany());
        assertFalse(preview.canImportAll());
        assertFalse(preview.canImportValidOnly());
    }

    @Test
    void no_broken_file_of_the_corpus_can_be_imported_whole_and_a_file_problem_allows_no_import_at_all() {
        StringBuilder tooMany = new StringBuilder("Nom;Prénom\n");
        for (int i = 0; i <= fr.pasapas.people.infrastructure.csv.BeneficiaryCsv.MAX_ROWS; i++) {
            tooMany.append("PERSONNE;").append(letters(i)).append('\n');
        }
        java.util.Map<String, byte[]> fileProblems = new java.util.LinkedHashMap<>();
        fileProblems.put("empty", new byte[0]);
        fileProblems.put("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        fileProblems.put("missing column", "Nom;Téléphone\nMARTIN;0600000003\n".getBytes(StandardCharsets.UTF_8));
        fileProblems.put("quote not closed", "Nom;Prénom\n\"MARTIN;Léa\nDUPONT\";\"Paul\"x\n".getBytes(StandardCharsets.UTF_8));
        fileProblems.put("10,001 lines", tooMany.toString().getBytes(StandardCharsets.UTF_8));
        fileProblems.forEach((name, bytes) -> {
            ImportPreview preview = new ImportPlan(new PersonIndex<>(), WORKSHOPS).preview(name,
                    BeneficiaryCsv.read(bytes, 2026));
            assertFalse(preview.fileProblems().isEmpty(), name);
            assertFalse(preview.canImportAll() || preview.canImportValidOnly(), name + ": no import at all");
        });
        for (String lineProblem : List.of("Nom;Prénom\n=HYPERLINK(\"x\");Léa\nDUPONT;Paul\n",
                "Nom;Prénom\n" + "A".repeat(5000) + ";Léa\nDUPONT;Paul\n",
                "Nom;Prénom\nMARTIN;Léa\n\nmartin;LEA\n",
                "Nom;Prénom;Atelier\nMARTIN;Léa;\"Atelier\ndu jeudi\"\nDUPONT;Paul;\n")) {
            ImportPreview preview = preview(lineProblem, new PersonIndex<>());
            assertFalse(preview.canImportAll(), lineProblem);
            assertEquals(1, preview.problemCount(), lineProblem);
            assertTrue(preview.canImportValidOnly(), "the other line can be imported when the coordinator chooses it");
        }
    }

    private static String letters(int n) {
        StringBuilder name = new StringBuilder("Prénom");
        for (int i = n; i > 0; i /= 26) {
            name.append((char) ('a' + i % 26));
        }
        return name.toString();
    }

    @Test
    void a_line_whose_name_no_font_can_print_asks_for_a_latin_spelling_in_its_own_column() {
        String first = fr.pasapas.people.domain.LearnerPrintNameTest.unprintableFirstName();
        ImportPreview preview = preview("Nom;Prénom;Nom pour l'impression\nKUMAR;" + first + ";\nRAJAN;" + first
                + ";Tamilselvi RAJAN\nHADDAD;محمد;\nKUMAR;Ravi;<Ravi>\n", new PersonIndex<>());

        assertEquals(List.of("csv.unprintableName"), keys(preview.rows().get(0)));
        assertEquals(List.of(first + " KUMAR"), preview.rows().get(0).problems().get(0).params());
        assertTrue(preview.rows().get(1).valid(), "with a Latin spelling the line can be imported");
        assertEquals("Tamilselvi RAJAN", ImportPlan.profile(preview.rows().get(1).person()).printName());
        assertTrue(preview.rows().get(2).valid(), "Arabic prints: no spelling needed");
        assertEquals(List.of("csv.badPrintName"), keys(preview.rows().get(3)));
        assertEquals("Nom pour l'impression", preview.rows().get(3).problems().get(0).column());
    }
}
