package fr.pasapas.web.people;

import fr.pasapas.people.application.StaffCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The username and first password just given to a staff member, for the one response that shows them:
 * request-scoped, so the password in clear is kept neither in the session nor in the view state.
 */
@Named
@RequestScoped
public class IssuedPassword {

    private StaffCredentials credentials;

    public StaffCredentials getCredentials() {
        return credentials;
    }

    void show(StaffCredentials issued) {
        this.credentials = issued;
    }
}
