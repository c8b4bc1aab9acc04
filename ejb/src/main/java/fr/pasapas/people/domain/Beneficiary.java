package fr.pasapas.people.domain;

/**
 * A person a partner enrols, as read from a form or a line of a CSV file: names in any script, the rest optional.
 *
 * @param birthYear 0 when not given
 * @param language  {@code fr} or {@code en}; null when not given
 */
public record Beneficiary(String lastName, String firstName, int birthYear, String phone, String email,
                          String language, String workshop) {

    /** The same person for duplicate detection: names without case, accents or spaces, and the birth year. */
    public String identityKey() {
        return Names.key(lastName) + "|" + Names.key(firstName) + "|" + birthYear;
    }
}
