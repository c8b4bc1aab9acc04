package fr.pasapas.certificates.domain;

import java.util.Locale;

/**
 * Why a certificate was revoked, as the public verification page states it. Stored by name: add new ones, never
 * rename one.
 */
public enum RevocationReason {
    /** The certificate names the wrong person, or a name spelt wrong. */
    IDENTITY_ERROR,
    /** Issued for a module the person did not really follow (a test, a wrong account). */
    ISSUED_BY_MISTAKE,
    FRAUD,
    OTHER;

    /** The name in the JSON answer: {@code identity_error}, {@code issued_by_mistake}, {@code fraud}, {@code other}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
