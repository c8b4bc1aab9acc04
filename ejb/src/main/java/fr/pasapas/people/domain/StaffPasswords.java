package fr.pasapas.people.domain;

import java.util.random.RandomGenerator;

/**
 * First passwords for staff accounts: three groups of four characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), easy to copy from a screen, about 68 bits of randomness.
 */
public final class StaffPasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private StaffPasswords() {
    }

    public static String generate(RandomGenerator random) {
        StringBuilder password = new StringBuilder(14);
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 4; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
