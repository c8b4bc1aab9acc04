package fr.pasapas.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * How PINs and passwords are stored: hashed by Jakarta Security's {@link Pbkdf2PasswordHash} (inject it with
 * {@link SecretHash}) with the parameters below, in its format {@code algorithm:iterations:salt:hash} (salt and
 * hash in Base64). A stored hash made with other parameters, or in the legacy format, still verifies and is
 * rewritten at the next successful login ({@link #needsRehash}).
 *
 * <p>The parameters: PBKDF2-HMAC-SHA256 with 600,000 iterations is OWASP's figure for this algorithm (2023,
 * the same attacker cost as the legacy HMAC-SHA512 with 210,000); a 32-byte random salt; a 32-byte key, the
 * output size of SHA-256 (a longer key would double our cost, not an attacker's). Measured on this 2-core
 * machine (Java 17, CPU with SHA extensions): one verification takes 140-160 ms when the machine is quiet
 * (the legacy SHA-512 hash: 170-190 ms), 0.3-1 s when both cores are saturated by other work (load 20+). A
 * workshop of 8 learners logging in at once on a quiet server waits at most ~0.6 s. The same parameters serve learner PINs: the account lock
 * after a few failures ({@code LoginPolicy}) is what protects a 4-digit PIN online, and one cost for every
 * account keeps a login's duration from telling which kind of account a username is.
 */
public final class SecretHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;

    /** The format written by the former home-made hasher: {@code pbkdf2-sha512$iterations$salt$hash}. */
    private static final String LEGACY_PREFIX = "pbkdf2-sha512$";
    private static final String LEGACY_ALGORITHM = "PBKDF2WithHmacSHA512";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretHashing() {
    }

    /** The parameters to {@link Pbkdf2PasswordHash#initialize} it with. */
    public static Map<String, String> parameters() {
        return Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES));
    }

    /**
     * Whether {@code secret} matches the stored hash, in the current or the legacy format; false for a missing
     * secret and for a missing, malformed or unknown stored hash.
     */
    public static boolean verify(Pbkdf2PasswordHash hash, String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        try {
            return hash.verify(secret.toCharArray(), readable(stored));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * Whether a stored hash (that just verified) should be replaced by one with the current parameters: it is in
     * the legacy format, or its algorithm, iterations, salt size or key size differ from the current ones.
     */
    public static boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0]) || !Integer.toString(ITERATIONS).equals(parts[1])) {
            return true;
        }
        try {
            return Base64.getDecoder().decode(parts[2]).length != SALT_BYTES
                    || Base64.getDecoder().decode(parts[3]).length != KEY_BYTES;
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    /**
     * A stored hash with the current parameters whose salt and hash are random: verifying a secret against it
     * takes as long as against a real one, and never matches. Spent when a username does not exist or an
     * account is locked, so that the duration of a failed login tells nothing.
     */
    public static String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(key);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /**
     * The legacy format holds the same PBKDF2 values in another notation ({@code $} separators, unpadded Base64,
     * which the decoder accepts): read it as Pbkdf2PasswordHash's format, leave any other hash as it is.
     */
    private static String readable(String stored) {
        if (!stored.startsWith(LEGACY_PREFIX)) {
            return stored;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4) {
            return stored;
        }
        return LEGACY_ALGORITHM + ":" + parts[1] + ":" + parts[2] + ":" + parts[3];
    }
}
