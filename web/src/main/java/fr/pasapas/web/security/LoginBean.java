package fr.pasapas.web.security;

import fr.pasapas.people.domain.LoginPolicy;
import org.omnifaces.util.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: a username with a PIN (learners) or a password (staff, with {@code ?staff=true}). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean localeBean;

    private String username;
    private String secret;
    private boolean staff;
    private boolean fromCard;

    /** Someone already logged in who opens the login page goes to their home page. */
    public void redirectIfLoggedIn() throws IOException {
        if (currentUser.isLoggedIn()) {
            ExternalContext ec = facesContext.getExternalContext();
            ec.redirect(ec.getRequestContextPath() + currentUser.homePath());
        }
    }

    /**
     * A cookie that says "this tablet was logged in": when the login page shows while it is still there, the
     * session ended without the person logging out (a tablet left for a long time), and the page says so.
     */
    private static final String WAS_LOGGED_IN = "pasapas_was_logged_in";

    private static String cookiePath(ExternalContext ec) {
        return ec.getRequestContextPath().isEmpty() ? "/" : ec.getRequestContextPath();
    }

    /** The login page shows after a session ended by itself (not after "Me déconnecter"). */
    public boolean isSessionEnded() {
        ExternalContext ec = facesContext.getExternalContext();
        return ec.getRequestCookieMap().containsKey(WAS_LOGGED_IN) && !currentUser.isLoggedIn()
                && !"true".equals(ec.getRequestParameterMap().get("bye"));
    }

    public void login() throws IOException {
        ExternalContext ec = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                secret == null ? "" : secret.strip()))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // no session fixation: a new id once logged in
                }
                localeBean.applyAccountChoice(currentUser.get().id(), currentUser.get().language());
                ec.addResponseCookie(WAS_LOGGED_IN, "1", java.util.Map.of("path", cookiePath(ec), "maxAge", 7 * 24 * 3600,
                        "httpOnly", true));
                ec.redirect(ec.getRequestContextPath() + currentUser.homePath());
            }
            default -> {
                secret = null;
                Messages.addGlobalError(staff ? "login.failed.staff" : "login.failed.learner");
            }
        }
    }

    public String logout() throws jakarta.servlet.ServletException {
        ExternalContext ec = facesContext.getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.addResponseCookie(WAS_LOGGED_IN, "", java.util.Map.of("path", cookiePath(ec), "maxAge", 0));
        return "/login.xhtml?faces-redirect=true&bye=true";
    }

    /**
     * {@code ?u=} from a login card's QR code: the username is filled in and the PIN field has the focus. A value
     * that is not a username shape is ignored.
     */
    public void setCard(String u) {
        String normalized = LoginPolicy.normalizeUsername(u);
        if (LoginPolicy.isValidUsername(normalized)) {
            this.username = normalized;
            this.fromCard = true;
        }
    }

    public String getCard() {
        return fromCard ? username : null;
    }

    /** The username came from a login card: only the PIN is left to type. */
    public boolean isFromCard() {
        return fromCard;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isStaff() {
        return staff;
    }

    public void setStaff(boolean staff) {
        this.staff = staff;
    }
}
