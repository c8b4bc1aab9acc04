package fr.pasapas.people.application;

import fr.pasapas.people.domain.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in, as the other contexts and the web layer see it.
 *
 * @param role the main role: {@link Role#LEARNER} logs in with a PIN, the others with a password
 * @param roles every role the account holds (a coordinator may also be a trainer)
 * @param language the interface language the person chose ("fr", "en"), or null when never chosen
 * @param printName the name in Latin letters given for printing (certificates, login cards), or null
 */
public record AuthenticatedAccount(long id, String username, String displayName, Role role, Set<Role> roles,
                                   long organisationId, String organisationName, String language, String printName)
        implements Serializable {

    public AuthenticatedAccount {
        roles = Set.copyOf(roles);
    }

    /** An account without a Latin spelling for printing. */
    public AuthenticatedAccount(long id, String username, String displayName, Role role, Set<Role> roles,
                                long organisationId, String organisationName, String language) {
        this(id, username, displayName, role, roles, organisationId, organisationName, language, null);
    }

    /** The name certificates and login cards print: the Latin spelling when one was given, else the display name. */
    public String printedName() {
        return printName != null ? printName : displayName;
    }

    public boolean has(Role wanted) {
        return roles.contains(wanted);
    }
}
