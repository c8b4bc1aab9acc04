package fr.pasapas.people.application;

import fr.pasapas.people.domain.Beneficiary;
import fr.pasapas.people.domain.CsvProblem;
import java.io.Serializable;
import java.util.List;

/**
 * One line of an imported file as the preview shows it: the person read, the workshop they will join (null for
 * none), and what stops the line from being imported (empty when it can be).
 */
public record ImportRow(int line, Beneficiary person, Long workshopId, List<CsvProblem> problems) implements Serializable {

    public static final String ALREADY_LEARNER = "csv.alreadyLearner";
    public static final String DUPLICATE_IN_FILE = "csv.duplicateInFile";

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The same person is already a learner of the organisation. */
    public boolean alreadyLearner() {
        return problems.stream().anyMatch(p -> p.key().equals(ALREADY_LEARNER));
    }

    /** The same person is on an earlier line of the file. */
    public boolean duplicateInFile() {
        return problems.stream().anyMatch(p -> p.key().equals(DUPLICATE_IN_FILE));
    }
}
