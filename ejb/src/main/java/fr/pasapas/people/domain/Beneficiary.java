package fr.pasapas.people.domain;

import java.io.Serializable;

/**
 * A person a partner enrols, as read from a form or a line of a CSV file: names in any script, the rest optional.
 *
 * @param birthYear 0 when not given
 * @param language  {@code fr} or {@code en}; null when not given
 * @param printName the name in Latin letters for printing ("Nom pour l'impression"); null when not given
 */
public record Beneficiary(String lastName, String firstName, int birthYear, String phone, String email,
                          String language, String workshop, String printName) implements Serializable {

    /** A person without a Latin spelling for printing. */
    public Beneficiary(String lastName, String firstName, int birthYear, String phone, String email, String language,
                       String workshop) {
        this(lastName, firstName, birthYear, phone, email, language, workshop, null);
    }

    /** The same person for duplicate detection: the full name without case or accents, and the birth year if known. */
    public PersonKey key() {
        return PersonKey.of(firstName, lastName, birthYear == 0 ? null : birthYear);
    }
}
