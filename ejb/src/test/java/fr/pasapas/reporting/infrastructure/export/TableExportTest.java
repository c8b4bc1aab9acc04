package fr.pasapas.reporting.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final Table LEARNERS = new Table("Atelier du mardi", List.of("Nom", "Modules terminés", "Depuis"),
            List.of(Arrays.asList("Nguyễn Văn Minh", 3, LocalDate.of(2026, 11, 2)),
                    Arrays.asList("=HYPERLINK(\"http://evil.example\";\"Cliquez\")", 0, null),
                    Arrays.asList("-2+3", 1, null),
                    Arrays.asList("@SUM(A1)", 2, null),
                    Arrays.asList("\tcaché", 2, null),
                    Arrays.asList("Jean-Pierre \"Jo\"; Martin", 1, null),
                    Arrays.asList("Heures", 2.5, null)));

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_exported_as_plain_text() {
        assertEquals("'=1+1", SafeCell.text("=1+1"));
        assertEquals("'+33 6", SafeCell.text("+33 6"));
        assertEquals("'-x", SafeCell.text("-x"));
        assertEquals("'@x", SafeCell.text("@x"));
        assertEquals("'\tx", SafeCell.text("\tx"));
        assertEquals("'\rx", SafeCell.text("\rx"));
        assertEquals("Jean-Pierre", SafeCell.text("Jean-Pierre"));
        assertEquals("", SafeCell.text(""));
    }

    @Test
    void the_csv_opens_in_french_excel_with_its_accents_and_no_formula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(LEARNERS, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNom;Modules terminés;Depuis\r\n"), text);
        assertTrue(text.contains("Nguyễn Văn Minh;3;2026-11-02\r\n"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Cliquez\"\")\";0;\r\n"), text);
        assertTrue(text.contains("'-2+3;1;"), text);
        assertTrue(text.contains("\"Jean-Pierre \"\"Jo\"\"; Martin\";1;"), text);
        assertTrue(text.contains("Heures;2,5;"), "a decimal as French Excel reads it: " + text);
    }

    @Test
    void the_xlsx_holds_numbers_as_numbers_and_formulas_as_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(LEARNERS, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("Atelier du mardi", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(8, rows.size());
            assertEquals("Modules terminés", rows.get(0).getCellText(1));
            assertEquals("Nguyễn Văn Minh", rows.get(1).getCellText(0));
            assertEquals(new BigDecimal("3"), rows.get(1).getCellAsNumber(1).orElseThrow());
            assertEquals("'=HYPERLINK(\"http://evil.example\";\"Cliquez\")", rows.get(2).getCellText(0));
            assertEquals("'@SUM(A1)", rows.get(4).getCellText(0));
            assertTrue(rows.stream().allMatch(r -> r.stream().allMatch(c -> c == null || c.getFormula() == null)));
        }
    }

    @Test
    void a_title_excel_would_refuse_as_a_sheet_name_is_shortened_and_cleaned() {
        assertEquals("Atelier mardi soir", TableExport.sheetName("Atelier / mardi : soir"));
        assertEquals(31, TableExport.sheetName("Un atelier au nom vraiment beaucoup trop long").length());
        assertEquals("Export", TableExport.sheetName("???"));
    }
}
