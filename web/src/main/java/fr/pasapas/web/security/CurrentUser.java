package fr.pasapas.web.security;

import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The logged-in account of this request. */
@Named
@RequestScoped
public class CurrentUser {

    private static final String[] ROLES = {"LEARNER", "TRAINER", "PARTNER", "ADMIN"};

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountService accounts;

    private AuthenticatedAccount account;

    /** Whether someone logged in (the container gives anonymous visitors a principal too, without a role). */
    public boolean isLoggedIn() {
        for (String role : ROLES) {
            if (securityContext.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The account; fails when nobody is logged in (pages calling it are protected by web.xml). */
    public AuthenticatedAccount get() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null || !isLoggedIn()) {
                throw new IllegalStateException("No caller: the page should have required a login");
            }
            account = accounts.findByUsername(principal.getName())
                    .orElseThrow(() -> new IllegalStateException("Logged-in account not found: " + principal.getName()));
        }
        return account;
    }

    public String getDisplayName() {
        return isLoggedIn() ? get().displayName() : "";
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** A trainer, coordinator or admin: the staff menu, staff courses on "Me former", no help button on steps. */
    public boolean isStaff() {
        return hasRole("TRAINER") || hasRole("PARTNER") || hasRole("ADMIN");
    }

    /** Where each role starts. */
    public String homePath() {
        if (isStaff()) {
            return "/trainer/progress.xhtml";
        }
        return "/learner/modules.xhtml";
    }
}
