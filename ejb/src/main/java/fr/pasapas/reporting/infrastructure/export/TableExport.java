package fr.pasapas.reporting.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Table} as the two files staff open in a spreadsheet: a CSV as French Excel reads it
 * (UTF-8 with a byte order mark, {@code ;} between cells, a comma in decimals, CRLF) and an XLSX with a bold, frozen heading row.
 * Text cells are neutralised by {@link SafeCell} in both.
 */
public final class TableExport {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final CSVFormat FRENCH_EXCEL = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
    /** Excel refuses longer sheet names, and these characters in them. */
    private static final int MAX_SHEET_NAME = 31;

    private TableExport() {
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FRENCH_EXCEL);
        printer.printRecord(table.headings().stream().map(SafeCell::text).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(TableExport::csvCell).toList());
        }
        printer.flush();
    }

    /** Text neutralised; a decimal with a comma, as French Excel reads a number (a dot would make it text). */
    private static Object csvCell(Object cell) {
        if (cell instanceof String text) {
            return SafeCell.text(text);
        }
        if (cell instanceof Double || cell instanceof Float || cell instanceof java.math.BigDecimal) {
            return cell instanceof java.math.BigDecimal big ? big.toPlainString().replace('.', ',')
                    : cell.toString().replace('.', ',');
        }
        return cell;
    }

    public static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Pas-a-Pas", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        for (int c = 0; c < table.headings().size(); c++) {
            sheet.value(0, c, SafeCell.text(table.headings().get(c)));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                write(sheet, r + 1, c, row.get(c));
            }
        }
        workbook.finish();
    }

    private static void write(Worksheet sheet, int r, int c, Object cell) {
        if (cell == null) {
            return;
        }
        if (cell instanceof Number number) {
            sheet.value(r, c, number);
        } else if (cell instanceof Boolean yes) {
            sheet.value(r, c, yes);
        } else if (cell instanceof LocalDateTime time) {
            sheet.value(r, c, time);
            sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
        } else if (cell instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else {
            sheet.value(r, c, SafeCell.text(cell.toString()));
        }
    }

    static String sheetName(String title) {
        String clean = title.replaceAll("[\\\\/?*\\[\\]:]", " ").replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return "Export";
        }
        return clean.length() <= MAX_SHEET_NAME ? clean : clean.substring(0, MAX_SHEET_NAME);
    }
}
