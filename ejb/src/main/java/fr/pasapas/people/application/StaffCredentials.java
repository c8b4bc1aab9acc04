package fr.pasapas.people.application;

import java.io.Serializable;

/**
 * What to give a new staff member once: their username and first password in clear. The password is stored
 * only hashed and shown only this time; {@link #toString()} leaves it out so that it never reaches a log.
 */
public record StaffCredentials(long accountId, String displayName, String username, String password) implements Serializable {

    @Override
    public String toString() {
        return "StaffCredentials[accountId=" + accountId + ", username=" + username + ", password=****]";
    }
}
