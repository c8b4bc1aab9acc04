package fr.pasapas.people.domain;

import java.time.Duration;

/**
 * Brute-force protection: a 4-digit PIN has only 10,000 values, so an account is locked for a while
 * after a few wrong attempts in a row.
 */
public final class LoginPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private LoginPolicy() {
    }

    /** A PIN is 4 to 6 digits. */
    public static boolean isValidPin(String pin) {
        return pin != null && pin.matches("[0-9]{4,6}");
    }

    /** A staff password is at least 10 characters long. */
    public static boolean isValidPassword(String password) {
        return password != null && password.length() >= 10 && password.length() <= 200;
    }

    /** A username: 3-60 lowercase letters, digits, dots, dashes or underscores. */
    public static boolean isValidUsername(String username) {
        return username != null && username.matches("[a-z0-9][a-z0-9._-]{2,59}");
    }

    /** Usernames are not case-sensitive: learners type them on tablets that capitalise the first letter. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
