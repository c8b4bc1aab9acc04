package fr.pasapas.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** "/" sends each role to its home page. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    private CurrentUser currentUser;

    public void redirect() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + (currentUser.isLoggedIn() ? currentUser.homePath() : "/login.xhtml"));
    }
}
