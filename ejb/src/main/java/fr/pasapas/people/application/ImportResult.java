package fr.pasapas.people.application;

import java.io.Serializable;
import java.util.List;

/**
 * What an import created: each new account with its username and PIN in clear, to hand out once (never
 * stored), and how many lines of the file were left out.
 */
public record ImportResult(List<LearnerCredentials> created, int leftOut) implements Serializable {

    public ImportResult {
        created = List.copyOf(created);
    }

    @Override
    public String toString() {
        return "ImportResult[created=" + created.size() + ", leftOut=" + leftOut + "]";
    }
}
