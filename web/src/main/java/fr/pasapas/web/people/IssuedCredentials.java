package fr.pasapas.web.people;

import fr.pasapas.people.application.LearnerCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The username and PIN just given to a learner, for the one response that shows them: request-scoped, so the
 * PIN in clear is kept neither in the session nor in the view state.
 */
@Named
@RequestScoped
public class IssuedCredentials {

    private LearnerCredentials credentials;

    public LearnerCredentials getCredentials() {
        return credentials;
    }

    void show(LearnerCredentials issued) {
        this.credentials = issued;
    }
}
