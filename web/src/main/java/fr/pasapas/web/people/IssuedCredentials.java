package fr.pasapas.web.people;

import fr.pasapas.people.application.LearnerCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The usernames and PINs just given to learners (one after a creation or a new PIN, many after an import), for
 * the one response that shows them: request-scoped, so PINs in clear are kept neither in the session nor in the
 * view state.
 */
@Named
@RequestScoped
public class IssuedCredentials {

    private List<LearnerCredentials> all = List.of();

    /** The one learner just given a PIN; null when none or several. */
    public LearnerCredentials getCredentials() {
        return all.size() == 1 ? all.get(0) : null;
    }

    /** Every learner just given a PIN, in the order they were created. */
    public List<LearnerCredentials> getAll() {
        return all;
    }

    void show(LearnerCredentials issued) {
        this.all = List.of(issued);
    }

    void showAll(List<LearnerCredentials> issued) {
        this.all = List.copyOf(issued);
    }
}
