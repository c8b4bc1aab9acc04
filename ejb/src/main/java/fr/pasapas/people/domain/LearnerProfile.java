package fr.pasapas.people.domain;

import fr.pasapas.config.print.PrintFonts;
import fr.pasapas.config.print.ScriptText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the enrolment form records of a learner: their names, optional birth year, phone and e-mail, the interface
 * language they prefer, and the accessibility settings they start with (bigger text, high contrast, read aloud).
 *
 * @param birthYear null when not given
 * @param language  {@code fr} or {@code en}, null when not chosen
 * @param printName the name in Latin letters for certificates and login cards ("nom pour l'impression"), null when
 *                  not given; required when no font can print the name ({@link PrintFonts#canPrint})
 */
public record LearnerProfile(String firstName, String lastName, Integer birthYear, String phone, String email,
                             String language, boolean biggerText, boolean highContrast, boolean readAloud,
                             String printName)
        implements Serializable {

    /** The length of the account's display name column. */
    public static final int MAX_DISPLAY_NAME = 120;

    /** Letters, spaces, hyphens, apostrophes and dots ("J. Li"): a name to print. */
    private static final Pattern PRINTABLE_NAME = Pattern.compile("[\\p{L}\\p{M} '’.-]+");

    /** A profile without a Latin spelling for printing. */
    public LearnerProfile(String firstName, String lastName, Integer birthYear, String phone, String email,
                          String language, boolean biggerText, boolean highContrast, boolean readAloud) {
        this(firstName, lastName, birthYear, phone, email, language, biggerText, highContrast, readAloud, null);
    }

    /**
     * The same profile as it is stored: names cleaned ({@link PersonName#clean}), details trimmed, blanks as null.
     * Call it after {@link #problems} found nothing.
     */
    public LearnerProfile cleaned() {
        return new LearnerProfile(PersonName.clean(firstName).orElse(firstName), PersonName.clean(lastName).orElse(lastName),
                birthYear, blankToNull(phone), blankToNull(email), blankToNull(language), biggerText, highContrast, readAloud,
                printName == null || printName.isBlank() ? null : ScriptText.clean(printName));
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
        if (first && last) {
            printProblem().ifPresent(problems::add);
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

    /**
     * For a profile with both names: {@code learners.error.unprintable} when no font can print the name and no
     * Latin spelling is given;
     * {@code learners.error.printName} when the spelling given is not a name that prints on any server.
     */
    public Optional<String> printProblem() {
        if (printName == null || printName.isBlank()) {
            return !PrintFonts.shared().canPrint(displayName())
                    ? Optional.of("learners.error.unprintable") : Optional.empty();
        }
        String spelling = ScriptText.clean(printName);
        boolean valid = spelling.length() <= MAX_DISPLAY_NAME && PRINTABLE_NAME.matcher(spelling).matches()
                && spelling.codePoints().anyMatch(Character::isLetter) && PrintFonts.shared().canPrintEverywhere(spelling);
        return valid ? Optional.empty() : Optional.of("learners.error.printName");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
