package fr.pasapas.people.infrastructure.csv;

import fr.pasapas.people.domain.Beneficiary;
import fr.pasapas.people.domain.ContactDetails;
import fr.pasapas.people.domain.CsvProblem;
import fr.pasapas.people.domain.Names;
import fr.pasapas.people.domain.PersonIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of beneficiaries as partners export it from a spreadsheet: the encoding is found (a byte order mark
 * for UTF-8 and UTF-16, else a strict UTF-8 decoding, else Windows-1252 or ISO-8859-1 by the bytes only Windows-1252
 * uses), the separator too ({@code ;},
 * {@code ,} or tab), and the columns by their header, written loosely ("Prénom", "prenom", "First name"). Every
 * line is checked; nothing is imported here: the result says, line by line and column by column, what is wrong.
 * Commons CSV does the parsing (quotes, separators inside quotes, cells on several lines).
 */
public final class BeneficiaryCsv {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    static final int MAX_CELL = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DATE_FR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4})");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-\\d{1,2}-\\d{1,2}");

    /** The columns a file may have, with the header names each is known by (compared without case or accents). */
    public enum Column {
        LAST_NAME("Nom", "nom", "nomdefamille", "nomdusage", "lastname", "surname", "familyname"),
        FIRST_NAME("Prénom", "prenom", "prenoms", "firstname", "givenname", "forename"),
        BIRTH("Année de naissance", "anneedenaissance", "annee", "naissance", "datedenaissance", "birthyear",
                "yearofbirth", "birthdate", "dateofbirth", "birth"),
        PHONE("Téléphone", "telephone", "tel", "portable", "mobile", "phone", "phonenumber"),
        EMAIL("E-mail", "email", "mail", "courriel", "adresseemail", "adressemail", "adressecourriel"),
        LANGUAGE("Langue", "langue", "language", "lang"),
        WORKSHOP("Atelier", "atelier", "groupe", "workshop", "group"),
        PRINT_NAME("Nom pour l'impression", "nompourlimpression", "nomimpression", "nomimprime", "orthographelatine",
                "nomenlettreslatines", "printname", "nameforprinting", "latinspelling", "latinname");

        private final String label;
        private final List<String> names;

        Column(String label, String... names) {
            this.label = label;
            this.names = List.of(names);
        }

        /** How the column is named to the user. */
        public String label() {
            return label;
        }
    }

    /** One line of the file: the person read, or what is wrong with it. */
    public record Row(int line, Beneficiary beneficiary, List<CsvProblem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * What the file holds.
     *
     * @param problems what is wrong with the file as a whole (then there are no rows)
     */
    public record Reading(String charset, char separator, Map<Column, String> headers, List<Row> rows,
                          List<CsvProblem> problems) {

        public Reading {
            headers = Map.copyOf(headers);
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** Whether every line can be imported: nothing wrong with the file or any line. */
        public boolean allValid() {
            return problems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::valid);
        }

        public List<Row> validRows() {
            return problems.isEmpty() ? rows.stream().filter(Row::valid).toList() : List.of();
        }
    }

    private BeneficiaryCsv() {
    }

    /** Reads a file; {@code currentYear} bounds the birth years. */
    public static Reading read(byte[] bytes, int currentYear) {
        if (bytes == null || bytes.length == 0) {
            return failed(null, CsvProblem.ofFile("csv.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(null, CsvProblem.ofFile("csv.tooBig", MAX_BYTES / (1024 * 1024)));
        }
        Optional<Decoded> decoded = decode(bytes);
        if (decoded.isEmpty()) {
            return failed(null, CsvProblem.ofFile("csv.binary"));
        }
        String text = decoded.get().text();
        if (text.isBlank()) {
            return failed(decoded.get().charset(), CsvProblem.ofFile("csv.empty"));
        }
        char separator = separator(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(separator)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get())) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS + 1) {
                    return failed(decoded.get().charset(), CsvProblem.ofFile("csv.tooManyRows", MAX_ROWS));
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            return failed(decoded.get().charset(), CsvProblem.ofFile("csv.malformed"));
        }
        return rows(decoded.get().charset(), separator, records, currentYear);
    }

    private static Reading rows(String charset, char separator, List<CSVRecord> records, int currentYear) {
        CSVRecord header = records.get(0);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int index = i;
            column(name).filter(column -> !columns.containsKey(column)).ifPresent(column -> {
                columns.put(column, index); // the first column of a kind counts
                headers.put(column, name);
            });
        }
        List<CsvProblem> missing = new ArrayList<>();
        for (Column required : List.of(Column.LAST_NAME, Column.FIRST_NAME)) {
            if (!columns.containsKey(required)) {
                missing.add(new CsvProblem(1, null, "csv.missingColumn", List.of(required.label())));
            }
        }
        if (!missing.isEmpty()) {
            return new Reading(charset, separator, headers, List.of(), missing);
        }
        List<Row> rows = new ArrayList<>();
        PersonIndex<Integer> seen = new PersonIndex<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = (int) record.getRecordNumber();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(row(line, record, columns, headers, seen, currentYear));
        }
        if (rows.isEmpty()) {
            return new Reading(charset, separator, headers, List.of(), List.of(CsvProblem.ofFile("csv.noRows")));
        }
        return new Reading(charset, separator, headers, rows, List.of());
    }

    private static Row row(int line, CSVRecord record, Map<Column, Integer> columns, Map<Column, String> headers,
                           PersonIndex<Integer> seen, int currentYear) {
        List<CsvProblem> problems = new ArrayList<>();
        Map<Column, String> cells = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            String cell = index < record.size() ? record.get(index).strip() : "";
            if (cell.length() > MAX_CELL) {
                problems.add(new CsvProblem(line, headers.get(column), "csv.cellTooLong", List.of(MAX_CELL)));
                cell = "";
            }
            cells.put(column, cell);
        });
        String lastName = cells.getOrDefault(Column.LAST_NAME, "");
        String firstName = cells.getOrDefault(Column.FIRST_NAME, "");
        nameProblem(line, headers.get(Column.LAST_NAME), lastName).ifPresent(problems::add);
        nameProblem(line, headers.get(Column.FIRST_NAME), firstName).ifPresent(problems::add);
        int birthYear = 0;
        String birth = cells.getOrDefault(Column.BIRTH, "");
        if (!birth.isEmpty()) {
            birthYear = birthYear(birth).filter(year -> ContactDetails.isBirthYear(year, currentYear)).orElse(-1);
            if (birthYear < 0) {
                problems.add(new CsvProblem(line, headers.get(Column.BIRTH), "csv.badBirth", List.of(currentYear)));
                birthYear = 0;
            }
        }
        String phone = cells.getOrDefault(Column.PHONE, "");
        if (!phone.isEmpty() && !ContactDetails.isPhone(phone)) {
            problems.add(new CsvProblem(line, headers.get(Column.PHONE), "csv.badPhone", List.of()));
        }
        String email = cells.getOrDefault(Column.EMAIL, "");
        if (!email.isEmpty() && !ContactDetails.isEmail(email)) {
            problems.add(new CsvProblem(line, headers.get(Column.EMAIL), "csv.badEmail", List.of()));
        }
        String language = language(cells.getOrDefault(Column.LANGUAGE, ""));
        if ("?".equals(language)) {
            problems.add(new CsvProblem(line, headers.get(Column.LANGUAGE), "csv.badLanguage", List.of()));
            language = null;
        }
        Beneficiary beneficiary = new Beneficiary(lastName, firstName, birthYear, blankToNull(phone), blankToNull(email),
                language, blankToNull(cells.getOrDefault(Column.WORKSHOP, "")),
                blankToNull(cells.getOrDefault(Column.PRINT_NAME, "")));
        if (problems.isEmpty()) {
            Optional<Integer> earlier = seen.find(beneficiary.key());
            if (earlier.isPresent()) {
                problems.add(new CsvProblem(line, null, "csv.duplicateInFile", List.of(earlier.get())));
            } else {
                seen.add(beneficiary.key(), line);
            }
        }
        return new Row(line, beneficiary, problems);
    }

    private static Optional<CsvProblem> nameProblem(int line, String header, String name) {
        if (name.isEmpty()) {
            return Optional.of(new CsvProblem(line, header, "csv.missingName", List.of()));
        }
        if (!Names.isValid(name)) {
            return Optional.of(new CsvProblem(line, header, "csv.badName", List.of(Names.MAX_LENGTH)));
        }
        return Optional.empty();
    }

    private static Optional<Integer> birthYear(String cell) {
        for (Pattern pattern : List.of(DATE_FR, DATE_ISO, YEAR)) {
            Matcher matcher = pattern.matcher(cell);
            if (matcher.matches()) {
                return Optional.of(Integer.parseInt(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    /** fr, en, null when blank, "?" when not understood. */
    private static String language(String cell) {
        String key = Names.key(cell);
        return switch (key) {
            case "" -> null;
            case "fr", "francais", "french", "fra" -> "fr";
            case "en", "anglais", "english", "eng" -> "en";
            default -> "?";
        };
    }

    private static Optional<Column> column(String header) {
        String key = Names.key(header).replaceAll("[^a-z]", "");
        for (Column column : Column.values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The separator most used on the first line, outside quotes: ; (a French spreadsheet's), then , and tab. */
    static char separator(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private record Decoded(String charset, String text) {
    }

    /** The text of the file, or empty when it is not text (a binary file). */
    static Optional<Decoded> decode(byte[] bytes) {
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE";
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE";
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty(); // no text file of ours has NUL bytes without a UTF-16 mark
                }
            }
            Optional<String> utf8 = strictUtf8(bytes);
            if (utf8.isPresent()) {
                charset = "UTF-8";
                text = utf8.get();
            } else {
                charset = latin(bytes);
                text = new String(bytes, WINDOWS_1252.name().equals(charset) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1);
            }
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r').count();
        if (control > Math.max(2, text.length() / 100)) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(charset, text));
    }

    /**
     * A file that is not UTF-8 comes from a spreadsheet in a Western single-byte encoding: ISO-8859-1 and
     * Windows-1252 share every letter, and only Windows-1252 uses 0x80-0x9F (’, œ, €, «…»). Bytes in that range
     * make it Windows-1252; without them both read the same.
     */
    private static String latin(byte[] bytes) {
        return hasWindowsOnlyBytes(bytes) ? WINDOWS_1252.name() : "ISO-8859-1";
    }

    private static boolean hasWindowsOnlyBytes(byte[] bytes) {
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x80 && unsigned <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Reading failed(String charset, CsvProblem problem) {
        return new Reading(charset, ';', Map.of(), List.of(), List.of(problem));
    }
}
