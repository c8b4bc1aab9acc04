package fr.pasapas.people.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the enrolment form records of a learner: their names, optional birth year, phone and e-mail, the interface
 * language they prefer, and the accessibility settings they start with (bigger text, high contrast, read aloud).
 *
 * @param birthYear null when not given
 * @param language  {@code fr} or {@code en}, null when not chosen
 */
public record LearnerProfile(String firstName, String lastName, Integer birthYear, String phone, String email,
                             String language, boolean biggerText, boolean highContrast, boolean readAloud)
        implements Serializable {

    /** The length of the account's display name column. */
    public static final int MAX_DISPLAY_NAME = 120;

    /**
     * The same profile as it is stored: names cleaned ({@link PersonName#clean}), details trimmed, blanks as null.
     * Call it after {@link #problems} found nothing.
     */
    public LearnerProfile cleaned() {
        return new LearnerProfile(PersonName.clean(firstName).orElse(firstName), PersonName.clean(lastName).orElse(lastName),
                birthYear, blankToNull(phone), blankToNull(email), blankToNull(language), biggerText, highContrast, readAloud);
    }

    /** "First Last", as lists, certificates and login cards show it. */
    public String displayName() {
        return PersonName.clean(firstName).orElse("") + " " + PersonName.clean(lastName).orElse("");
    }

    /** What is wrong, as message keys in the order of the form; empty when the profile can be saved. */
    public List<String> problems(int currentYear) {
        List<String> problems = new ArrayList<>();
        boolean first = PersonName.clean(firstName).isPresent();
        boolean last = PersonName.clean(lastName).isPresent();
        if (!first) {
            problems.add("learners.error.firstName");
        }
        if (!last) {
            problems.add("learners.error.lastName");
        }
        if (first && last && displayName().length() > MAX_DISPLAY_NAME) {
            problems.add("learners.error.tooLong");
        }
        if (birthYear != null && !ContactDetails.isBirthYear(birthYear, currentYear)) {
            problems.add("learners.error.birthYear");
        }
        if (blankToNull(phone) != null && !ContactDetails.isPhone(phone.strip())) {
            problems.add("learners.error.phone");
        }
        if (blankToNull(email) != null && !ContactDetails.isEmail(email.strip())) {
            problems.add("learners.error.email");
        }
        if (blankToNull(language) != null && !List.of("fr", "en").contains(language.strip())) {
            problems.add("learners.error.language");
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
