package fr.pasapas.people.application;

import fr.pasapas.people.domain.CsvProblem;
import java.io.Serializable;
import java.util.List;

/**
 * What importing a file would do, before anything is written: every line with its problems, the counts, and
 * which of the two imports is possible. The service computes it again when the import is asked for: a preview is
 * never trusted.
 *
 * @param charset      the encoding found (UTF-8, windows-1252…), null when the file could not be read
 * @param fileProblems what is wrong with the file as a whole (then there are no rows)
 */
public record ImportPreview(String fileName, String charset, char separator, List<CsvProblem> fileProblems,
                            List<ImportRow> rows) implements Serializable {

    /** At most this many accounts in one import: each new PIN costs a deliberately slow hash (0.15 s). */
    public static final int MAX_ACCOUNTS = 300;

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public int validCount() {
        return (int) rows.stream().filter(ImportRow::valid).count();
    }

    public int problemCount() {
        return rows.size() - validCount();
    }

    public int alreadyLearnerCount() {
        return (int) rows.stream().filter(ImportRow::alreadyLearner).count();
    }

    public int duplicateInFileCount() {
        return (int) rows.stream().filter(ImportRow::duplicateInFile).count();
    }

    /** "Import everything": the file is fine and so is every line. */
    public boolean canImportAll() {
        return fileProblems.isEmpty() && !rows.isEmpty() && problemCount() == 0 && !tooMany();
    }

    /** "Import only the valid lines": some lines are valid and some are not. */
    public boolean canImportValidOnly() {
        return fileProblems.isEmpty() && validCount() > 0 && problemCount() > 0 && !tooMany();
    }

    /** More valid lines than one import creates. */
    public boolean tooMany() {
        return validCount() > MAX_ACCOUNTS;
    }

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::valid).toList();
    }
}
