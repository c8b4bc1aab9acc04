package fr.pasapas.people.domain;

import java.util.regex.Pattern;

/** The shape of a learner's optional details, the same for the enrolment form and an imported file. */
public final class ContactDetails {

    public static final int MIN_BIRTH_YEAR = 1900;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 254;
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 .()-]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

    private ContactDetails() {
    }

    /** Digits, spaces, dots, dashes and brackets, an optional leading +: 6 to 20 characters. */
    public static boolean isPhone(String phone) {
        return phone != null && PHONE.matcher(phone).matches();
    }

    /** Something@somewhere.tld, without spaces, at most {@value #MAX_EMAIL} characters. */
    public static boolean isEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    public static boolean isBirthYear(int year, int currentYear) {
        return year >= MIN_BIRTH_YEAR && year <= currentYear;
    }
}
