package fr.pasapas.people.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.domain.Beneficiary;
import fr.pasapas.people.domain.CsvProblem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A corpus of files as partners really send them, good and broken: each is read in its encoding and with its
 * separator, or answered with a clear message (a key of the bundle) on the line and column at fault.
 */
class BeneficiaryCsvTest {

    private static final int YEAR = 2026;
    private static final String GOOD = "Nom;Prénom;Année de naissance;Téléphone;E-mail;Langue;Atelier\r\n"
            + "EXEMPLE;Jeanne;1953;06 00 00 00 01;jeanne.exemple@messagerie.example;français;Atelier du mardi\r\n"
            + "FICTIF;Karim;1984;;;;Atelier du mardi\r\n"
            + "DÉMO;Aminata;;;;;\r\n";

    private static BeneficiaryCsv.Reading read(String text, Charset charset) {
        return BeneficiaryCsv.read(text.getBytes(charset), YEAR);
    }

    private static byte[] withPrefix(int[] prefix, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : prefix) {
            out.write(b);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static List<String> keys(List<CsvProblem> problems) {
        return problems.stream().map(CsvProblem::key).toList();
    }

    @Test
    void a_spreadsheet_export_in_utf8_with_semicolons_gives_every_person_with_their_details() {
        BeneficiaryCsv.Reading reading = read(GOOD, StandardCharsets.UTF_8);
        assertTrue(reading.allValid(), reading.toString());
        assertEquals(';', reading.separator());
        assertEquals("UTF-8", reading.charset());
        assertEquals(new Beneficiary("EXEMPLE", "Jeanne", 1953, "06 00 00 00 01", "jeanne.exemple@messagerie.example",
                "fr", "Atelier du mardi"), reading.rows().get(0).beneficiary());
        assertEquals(new Beneficiary("DÉMO", "Aminata", 0, null, null, null, null), reading.rows().get(2).beneficiary());
        assertEquals(List.of(2, 3, 4), reading.rows().stream().map(BeneficiaryCsv.Row::line).toList());
    }

    @Test
    void every_encoding_partners_use_is_read_the_same() {
        byte[] utf8 = GOOD.getBytes(StandardCharsets.UTF_8);
        List<byte[]> files = List.of(withPrefix(new int[]{0xEF, 0xBB, 0xBF}, utf8),
                withPrefix(new int[]{0xFF, 0xFE}, GOOD.getBytes(StandardCharsets.UTF_16LE)),
                withPrefix(new int[]{0xFE, 0xFF}, GOOD.getBytes(StandardCharsets.UTF_16BE)),
                GOOD.getBytes(Charset.forName("windows-1252")), GOOD.getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] file : files) {
            BeneficiaryCsv.Reading reading = BeneficiaryCsv.read(file, YEAR);
            assertTrue(reading.allValid(), reading.charset() + " " + reading);
            assertEquals("DÉMO", reading.rows().get(2).beneficiary().lastName(), reading.charset());
            assertEquals("Jeanne", reading.rows().get(0).beneficiary().firstName(), reading.charset());
        }
        assertEquals("windows-1252", BeneficiaryCsv.read("Nom;Prénom\nL’ŒUVRE;Zoé\n".getBytes(Charset.forName("windows-1252")), YEAR).charset());
        assertEquals("L’ŒUVRE", BeneficiaryCsv.read("Nom;Prénom\nL’ŒUVRE;Zoé\n".getBytes(Charset.forName("windows-1252")), YEAR)
                .rows().get(0).beneficiary().lastName());
    }

    @Test
    void commas_tabs_quotes_separators_inside_quotes_and_cells_on_two_lines_are_read() {
        BeneficiaryCsv.Reading commas = read("last name,first name,phone\n\"NGUYỄN, Thị\",Hoa,+33 6 00 00 00 02\n", StandardCharsets.UTF_8);
        assertEquals(',', commas.separator());
        assertEquals("NGUYỄN, Thị", commas.rows().get(0).beneficiary().lastName());
        assertEquals(List.of("csv.badName"), keys(commas.rows().get(0).problems()), "a comma is not part of a name");

        BeneficiaryCsv.Reading tabs = read("NOM\tPRENOM\tATELIER\nBENALI\tفاطمة\t\"Atelier\ndu jeudi\"\n", StandardCharsets.UTF_8);
        assertEquals('\t', tabs.separator());
        assertTrue(tabs.allValid(), tabs.toString());
        assertEquals("فاطمة", tabs.rows().get(0).beneficiary().firstName());
        assertEquals("Atelier\ndu jeudi", tabs.rows().get(0).beneficiary().workshop());
    }

    @Test
    void blank_lines_are_skipped_and_duplicates_in_the_file_are_named_with_their_first_line() {
        BeneficiaryCsv.Reading reading = read("Nom;Prénom;Naissance\n\nMARTIN;Léa;1990\n;;\nmartin;LEA;1990\nMARTIN;Léa;1991\n",
                StandardCharsets.UTF_8);
        assertEquals(3, reading.rows().size());
        BeneficiaryCsv.Row duplicate = reading.rows().get(1);
        assertEquals(List.of(new CsvProblem(duplicate.line(), null, "csv.duplicateInFile", List.of(reading.rows().get(0).line()))),
                duplicate.problems());
        assertTrue(reading.rows().get(2).valid(), "another birth year is another person");
        assertFalse(reading.allValid());
        assertEquals(2, reading.validRows().size());
    }

    @Test
    void a_missing_name_column_is_said_by_its_name_and_nothing_is_read() {
        BeneficiaryCsv.Reading reading = read("Nom;Téléphone\nMARTIN;0600000003\n", StandardCharsets.UTF_8);
        assertEquals(List.of(new CsvProblem(1, null, "csv.missingColumn", List.of("Prénom"))), reading.problems());
        assertTrue(reading.rows().isEmpty());
        assertTrue(reading.validRows().isEmpty());
    }

    @Test
    void each_wrong_cell_is_said_on_its_line_and_column() {
        BeneficiaryCsv.Reading reading = read("Nom;Prénom;Date de naissance;Tel;Courriel;Langue\n"
                + "=HYPERLINK(\"x\");Léa;31/02/1850;abc;pas-une-adresse;klingon\n"
                + ";Paul;;;;\n", StandardCharsets.UTF_8);
        BeneficiaryCsv.Row formula = reading.rows().get(0);
        assertEquals(List.of("csv.badName", "csv.badBirth", "csv.badPhone", "csv.badEmail", "csv.badLanguage"),
                keys(formula.problems()));
        assertEquals(List.of("Nom", "Date de naissance", "Tel", "Courriel", "Langue"),
                formula.problems().stream().map(CsvProblem::column).toList());
        assertEquals(List.of("csv.missingName"), keys(reading.rows().get(1).problems()));
        assertEquals(3, reading.rows().get(1).line());
    }

    @Test
    void a_huge_cell_is_refused_on_its_line_without_reading_it_as_a_name() {
        BeneficiaryCsv.Reading reading = read("Nom;Prénom\n" + "A".repeat(5000) + ";Léa\n", StandardCharsets.UTF_8);
        assertEquals(List.of("csv.cellTooLong", "csv.missingName"), keys(reading.rows().get(0).problems()));
    }

    @Test
    void an_empty_a_blank_a_binary_or_a_malformed_file_gets_one_clear_message() {
        assertEquals(List.of("csv.empty"), keys(BeneficiaryCsv.read(new byte[0], YEAR).problems()));
        assertEquals(List.of("csv.empty"), keys(read("  \r\n\r\n", StandardCharsets.UTF_8).problems()));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals(List.of("csv.binary"), keys(BeneficiaryCsv.read(png, YEAR).problems()));
        assertEquals(List.of("csv.malformed"), keys(read("Nom;Prénom\n\"MARTIN;Léa\nDUPONT\";\"Paul\"x\n",
                StandardCharsets.UTF_8).problems()));
        assertEquals(List.of("csv.noRows"), keys(read("Nom;Prénom\n", StandardCharsets.UTF_8).problems()));
        assertEquals(List.of("csv.tooBig"), keys(BeneficiaryCsv.read(new byte[BeneficiaryCsv.MAX_BYTES + 1], YEAR).problems()));
    }

    @Test
    void ten_thousand_rows_are_read_and_one_more_is_refused() {
        StringBuilder file = new StringBuilder("Nom;Prénom;Année de naissance\n");
        for (int i = 0; i < BeneficiaryCsv.MAX_ROWS; i++) {
            file.append("PERSONNE").append(";").append(letters(i)).append(";").append(1940 + i % 60).append("\n");
        }
        BeneficiaryCsv.Reading full = read(file.toString(), StandardCharsets.UTF_8);
        assertTrue(full.allValid(), full.rows().stream().filter(r -> !r.valid()).findFirst().toString());
        assertEquals(BeneficiaryCsv.MAX_ROWS, full.rows().size());
        file.append("DERNIER;Paul;1950\n");
        assertEquals(List.of(new CsvProblem(0, null, "csv.tooManyRows", List.of(BeneficiaryCsv.MAX_ROWS))),
                read(file.toString(), StandardCharsets.UTF_8).problems());
    }

    /** A distinct first name made of letters for each number. */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder("Prénom");
        for (int i = n; i > 0; i /= 26) {
            name.append((char) ('a' + i % 26));
        }
        return name.toString();
    }

    @Test
    void headers_are_matched_without_case_accents_or_spaces_in_french_or_english() {
        for (String header : List.of("NOM;PRÉNOM", "nom de famille;prenom", "Last Name;First name", "Nom d'usage;Prénoms")) {
            BeneficiaryCsv.Reading reading = read(header + "\nMARTIN;Léa\n", StandardCharsets.UTF_8);
            assertTrue(reading.allValid(), header + " " + reading);
        }
    }
}
