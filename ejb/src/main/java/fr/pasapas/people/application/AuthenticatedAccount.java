package fr.pasapas.people.application;

import fr.pasapas.people.domain.Role;
import java.io.Serializable;

/**
 * Who is logged in, as the other contexts and the web layer see it.
 *
 * @param language the interface language the person chose ("fr", "en"), or null when never chosen
 */
public record AuthenticatedAccount(long id, String username, String displayName, Role role,
                                   long organisationId, String organisationName, String language) implements Serializable {
}
